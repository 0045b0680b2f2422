package org.archivelod.mapping;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Collects the triples of one named graph in the order they are stated, without repeats, then sends them as quads:
 * the same statements always leave in the same order.
 */
public final class GraphEmitter {
    private final Node graph;
    private final Set<Triple> triples = new LinkedHashSet<>();
    /** For each subject and predicate stated: its one object, or {@link #SEVERAL} once it has two or more. */
    private final java.util.Map<java.util.List<Node>, Node> objects = new java.util.HashMap<>();
    private static final Node SEVERAL = NodeFactory.createBlankNode("several");

    public GraphEmitter(Node graph) {
        this.graph = graph;
    }

    public Node graph() { return graph; }

    public GraphEmitter add(Node s, Property p, Node o) {
        if (triples.add(Triple.create(s, p.asNode(), o)))
            objects.merge(java.util.List.of(s, p.asNode()), o, (was, now) -> was.equals(now) ? was : SEVERAL);
        return this;
    }

    public GraphEmitter add(Node s, Property p, Resource o) { return add(s, p, o.asNode()); }

    public GraphEmitter type(Node s, Resource... classes) {
        for (Resource c : classes) add(s, RDF.type, c.asNode());
        return this;
    }

    public GraphEmitter text(Node s, Property p, String value) { return add(s, p, NodeFactory.createLiteralString(value)); }

    public GraphEmitter english(Node s, Property p, String value) { return add(s, p, NodeFactory.createLiteralLang(value, "en")); }

    public GraphEmitter lang(Node s, Property p, String value, String lang) { return add(s, p, NodeFactory.createLiteralLang(value, lang)); }

    public GraphEmitter typed(Node s, Property p, String lexical, RDFDatatype type) {
        return add(s, p, NodeFactory.createLiteralDT(lexical, type));
    }

    public int size() { return triples.size(); }

    /** Whether the graph already states {@code s p} with an object other than {@code o}. */
    public boolean hasOther(Node s, Property p, Node o) {
        Node stated = objects.get(java.util.List.of(s, p.asNode()));
        return stated != null && (stated == SEVERAL || !stated.equals(o));
    }

    /**
     * Sends the collected triples as quads of this graph, grouped by subject (subjects in IRI order, each subject's
     * triples in the order stated), and returns how many.
     */
    public int flush(StreamRDF out) {
        java.util.List<Triple> ordered = new java.util.ArrayList<>(triples);
        ordered.sort(java.util.Comparator.comparing(t -> t.getSubject().isURI() ? t.getSubject().getURI() : t.getSubject().toString()));
        for (Triple t : ordered) out.quad(Quad.create(graph, t));
        int n = triples.size();
        triples.clear();
        objects.clear();
        return n;
    }
}
