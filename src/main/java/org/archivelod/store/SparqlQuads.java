package org.archivelod.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * The requests {@link RemoteDatasetGraph} sends to a SPARQL 1.1 query service, each answered as quads, counts or graph
 * names: terms go in bound ({@code substitution}) or as a VALUES block built as syntax, never spliced into query text.
 * What to ask, and what to keep of the answers, is {@link RemoteDatasetGraph}'s.
 */
final class SparqlQuads {
    private static final Query GRAPH_NAMES = QueryFactory.create("SELECT DISTINCT ?g { GRAPH ?g { } }");
    // The default graph is what the service's default graph holds beyond its named graphs: a store that shows the
    // union of its named graphs as default graph (Fuseki with tdb:unionDefaultGraph) then has an empty one here,
    // not a second copy of everything.
    private static final String DEFAULT_ONLY = "?s ?p ?o FILTER NOT EXISTS { GRAPH ?named { ?s ?p ?o } }";
    /** Every quad, in the default graph ({@code ?g} unbound) or a named one. */
    static final Query ANY_GRAPH = QueryFactory.create("SELECT ?g ?s ?p ?o { { " + DEFAULT_ONLY + " } UNION { GRAPH ?g { ?s ?p ?o } } }");
    static final Query DEFAULT_GRAPH = QueryFactory.create("SELECT ?s ?p ?o { " + DEFAULT_ONLY + " }");
    static final Query NAMED_GRAPHS = QueryFactory.create("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }");

    private final String service;
    /** Whether the service's default graph is known to show the union of its named graphs ({@link #defaultGraphIsUnion}). */
    private volatile boolean unionDefault;

    SparqlQuads(String service) {
        this.service = service;
    }

    /**
     * The service's default graph shows the union of its named graphs (Fuseki over TDB2 with {@code unionDefaultGraph}):
     * it holds nothing beyond them, so the quads of any graph are asked of the named graphs alone ({@link #anyGraph}),
     * without the default graph's part, which over such a store is empty but costs the store a read of every match
     * and a look for it in the named graphs (at 10^4 documents, the 21,835 statements pointing at Stalin: 0.4 s of
     * 0.8 s).
     */
    void defaultGraphIsUnion() {
        unionDefault = true;
    }

    /** Every quad, in any graph: {@link #ANY_GRAPH}, or {@link #NAMED_GRAPHS} over a default graph that shows their union. */
    Query anyGraph() {
        return unionDefault ? NAMED_GRAPHS : ANY_GRAPH;
    }

    /**
     * The quads {@code query} ({@code ?g ?s ?p ?o}) answers with the pattern's concrete terms bound; {@code g} null
     * for any graph (its {@code ?g}, or the default graph where unbound).
     */
    List<Quad> select(Query query, Node g, Node s, Node p, Node o) {
        QueryExecBuilder exec = SelectRequests.to(service).query(query);
        if (g != null && !Quad.isDefaultGraph(g)) exec = exec.substitution("g", g);
        if (concrete(s)) exec = exec.substitution("s", s);
        if (concrete(p)) exec = exec.substitution("p", p);
        if (concrete(o)) exec = exec.substitution("o", o);
        List<Quad> out = new ArrayList<>();
        try (var qe = exec.build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                Node graph = g != null ? g : graphOf(b);
                out.add(Quad.create(graph, value(b, "s", s), value(b, "p", p), value(b, "o", o)));
            }
        }
        return out;
    }

    /**
     * The quads {@code query} answers, as {@link #select}, from the {@code offset}-th, {@code limit} at most: a window of
     * the answer in the store's own order (no ORDER BY; the store streams the same answer each time).
     */
    List<Quad> select(Query query, Node g, Node s, Node p, Node o, long offset, long limit) {
        Query window = query.cloneQuery();
        window.setOffset(offset);
        window.setLimit(limit);
        return select(window, g, s, p, o);
    }

    /** The rows of {@code query} ({@code ?g ?s ?p ?o}) with {@code bound} substituted; null when more than {@code most}. */
    List<Quad> quads(Query query, Map<String, Node> bound, int most) {
        return rows(query, bound, most, b -> Quad.create(graphOf(b), b.get("s"), b.get("p"), b.get("o")));
    }

    /** The rows of {@code query} with {@code bound} substituted, each made a quad by {@code quad}; null when more than {@code most}. */
    List<Quad> rows(Query query, Map<String, Node> bound, int most, java.util.function.Function<Binding, Quad> quad) {
        Query limited = query.cloneQuery();
        limited.setLimit(most + 1L);
        List<Quad> found = new ArrayList<>();
        rows(limited, bound, b -> found.add(quad.apply(b)));
        return found.size() > most ? null : found;
    }

    /** Each row of {@code query} with {@code bound} substituted, handed to {@code row}. */
    void rows(Query query, Map<String, Node> bound, java.util.function.Consumer<Binding> row) {
        QueryExecBuilder exec = SelectRequests.to(service).query(query);
        for (Map.Entry<String, Node> b : bound.entrySet()) exec = exec.substitution(b.getKey(), b.getValue());
        try (var qe = exec.build()) {
            qe.select().forEachRemaining(row);
        }
    }

    /** The {@code ?n} that {@code counting} answers for each value of {@code var} it is given ({@code nodes}, as VALUES). */
    Map<Node, Long> counts(Query counting, String var, List<Node> nodes) {
        Map<Node, Long> counts = new HashMap<>();
        try (var qe = SelectRequests.to(service).query(ValuesQuery.of(counting, var, nodes)).build()) {
            qe.select().forEachRemaining(b -> counts.put(b.get(var), ((Number) b.get("n").getLiteralValue()).longValue()));
        }
        return counts;
    }

    /**
     * The triples of each of the named graphs {@code names}, in one request: the names go in as a VALUES block ahead of
     * the graph pattern, so that the store looks up just those graphs.
     */
    Map<Node, List<Triple>> namedGraphs(List<Node> names) {
        Map<Node, List<Triple>> out = new HashMap<>();
        names.forEach(n -> out.put(n, new ArrayList<>()));
        if (names.isEmpty()) return out;
        Var g = Var.alloc("g");
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        Var o = Var.alloc("o");
        ElementData values = new ElementData();
        values.add(g);
        names.forEach(n -> values.add(BindingFactory.binding(g, n)));
        ElementPathBlock triple = new ElementPathBlock();
        triple.addTriple(Triple.create(s, p, o));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(values);
        pattern.addElement(new ElementNamedGraph(g, triple));
        Query query = new Query();
        query.setQuerySelectType();
        List.of(g, s, p, o).forEach(query::addResultVar);
        query.setQueryPattern(pattern);
        try (var qe = SelectRequests.to(service).query(query).build()) {
            qe.select().forEachRemaining(b -> {
                List<Triple> triples = out.get(b.get(g));
                if (triples != null) triples.add(Triple.create(b.get(s), b.get(p), b.get(o)));
            });
        }
        return out;
    }

    /** The names of the store's named graphs. */
    List<Node> graphNames() {
        List<Node> names = new ArrayList<>();
        try (var qe = SelectRequests.to(service).query(GRAPH_NAMES).build()) {
            qe.select().forEachRemaining(b -> names.add(b.get("g")));
        }
        return names;
    }

    /** Whether {@code n} is a term of the pattern rather than a wildcard. */
    static boolean concrete(Node n) {
        return n != null && n.isConcrete();
    }

    private static Node graphOf(Binding b) {
        return b.get("g") == null ? Quad.defaultGraphIRI : b.get("g");
    }

    private static Node value(Binding b, String var, Node given) {
        return concrete(given) ? given : b.get(var);
    }
}
