package org.archivelod.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_NotOneOf;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * The union of a remote store's named graphs but a few ({@code hidden}: the site's bookkeeping), as the query that
 * reads subjects' statements in it: {@code SELECT ?s ?p ?o { ?s ?p ?o FILTER EXISTS { GRAPH ?g { ?s ?p ?o }
 * FILTER(?g NOT IN (hidden…)) } }}, built as syntax. The store's default graph must show the union of its named
 * graphs (Fuseki over TDB2 with {@code unionDefaultGraph} reads it a statement at a time, however many graphs restate
 * it); the filter keeps a statement only where a graph that is not hidden holds it.
 */
record PublishedUnion(List<Node> hidden) {
    PublishedUnion {
        hidden = List.copyOf(hidden);
    }

    /**
     * The quads of the published graphs: {@code SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(?g NOT IN (hidden…)) }},
     * for a window of what is stated about, or pointing at, one thing ({@link PublishedReads#window}).
     */
    Query inNamedGraphs() {
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        Var o = Var.alloc("o");
        Var g = Var.alloc("g");
        ElementGroup pattern = inPublishedGraph(g, Triple.create(s, p, o));
        Query query = new Query();
        query.setQuerySelectType();
        List.of(g, s, p, o).forEach(query::addResultVar);
        query.setQueryPattern(pattern);
        return query;
    }

    /** {@code GRAPH ?g { triple } FILTER(?g NOT IN (hidden…))}: the triple in a published graph. */
    private ElementGroup inPublishedGraph(Var g, Triple triple) {
        ElementPathBlock inNamed = new ElementPathBlock();
        inNamed.addTriple(triple);
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementNamedGraph(g, inNamed));
        if (!hidden.isEmpty()) pattern.addElement(new ElementFilter(new E_NotOneOf(new ExprVar(g), hiddenNames())));
        return pattern;
    }

    private ExprList hiddenNames() {
        ExprList names = new ExprList();
        hidden.forEach(n -> names.add(NodeValue.makeNode(n)));
        return names;
    }

    /** The query, for a VALUES block of subjects {@code ?s} ({@link ValuesQuery}); its rows are quads without {@code ?g}. */
    Query query() {
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        Var o = Var.alloc("o");
        Var g = Var.alloc("g");
        ElementPathBlock inDefault = new ElementPathBlock();
        inDefault.addTriple(Triple.create(s, p, o));
        ElementGroup somewhere = inPublishedGraph(g, Triple.create(s, p, o));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(inDefault);
        pattern.addElement(new ElementFilter(new E_Exists(somewhere)));
        Query query = new Query();
        query.setQuerySelectType();
        List.of(s, p, o).forEach(query::addResultVar);
        query.setQueryPattern(pattern);
        return query;
    }
}
