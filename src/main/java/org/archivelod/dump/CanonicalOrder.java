package org.archivelod.dump;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The contents of a dataset in one fixed order (graph, subject, predicate, object, each compared by its
 * N-Triples form), so that the same data always gives the same bytes however it was loaded.
 */
public final class CanonicalOrder {
    /** Orders terms as their N-Triples text sorts; IRIs come before literals ({@code <} before {@code "}). */
    public static final Comparator<Node> NODES = Comparator.comparing(NodeFmtLib::strNT);
    public static final Comparator<Triple> TRIPLES = Comparator.comparing(Triple::getSubject, NODES)
            .thenComparing(Triple::getPredicate, NODES)
            .thenComparing(Triple::getObject, NODES);
    public static final Comparator<Quad> QUADS = Comparator.comparing(Quad::getGraph, NODES)
            .thenComparing(Quad::asTriple, TRIPLES);

    private CanonicalOrder() {}

    /** The graphs to write, one at a time: the default graph first (when it holds triples), then named graphs in order. */
    public static List<Node> graphNames(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(NODES);
        if (!dataset.getDefaultGraph().isEmpty()) names.add(0, Quad.defaultGraphIRI);
        return names;
    }

    /** The triples of one graph of the dataset, sorted: only this graph is held in memory. */
    public static List<Triple> triples(DatasetGraph dataset, Node graph) {
        List<Triple> triples = new ArrayList<>();
        (Quad.isDefaultGraph(graph) ? dataset.getDefaultGraph() : dataset.getGraph(graph)).find().forEachRemaining(triples::add);
        triples.sort(TRIPLES);
        return triples;
    }
}
