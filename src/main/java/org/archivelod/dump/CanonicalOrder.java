package org.archivelod.dump;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

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

    /** Every quad of the dataset (default graph first, as {@link Quad#defaultGraphIRI}), sorted. */
    public static List<Quad> quads(DatasetGraph dataset) {
        List<Quad> quads = Txn.calculateRead(dataset, () -> {
            List<Quad> all = new ArrayList<>();
            dataset.getDefaultGraph().find().forEachRemaining(t -> all.add(Quad.create(Quad.defaultGraphIRI, t)));
            dataset.listGraphNodes().forEachRemaining(g ->
                    dataset.getGraph(g).find().forEachRemaining(t -> all.add(Quad.create(g, t))));
            return all;
        });
        quads.sort(QUADS);
        return quads;
    }

    /** The distinct triples of all graphs together (their union), sorted. */
    public static List<Triple> unionTriples(List<Quad> sortedQuads) {
        TreeSet<Triple> triples = new TreeSet<>(TRIPLES);
        sortedQuads.forEach(q -> triples.add(q.asTriple()));
        return new ArrayList<>(triples);
    }
}
