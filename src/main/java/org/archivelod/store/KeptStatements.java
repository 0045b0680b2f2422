package org.archivelod.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * What a front has fetched of a remote store ({@link RemoteDatasetGraph}), each kind kept by recency
 * ({@link LatestKept}), so that what a page fetched stays readable for that page however often earlier pages read
 * what is kept already. Bounded in entries, each for {@code keptSeconds} at most: {@code subjects} subjects with all
 * their quads (each of at most {@value RemoteDatasetGraph#LARGEST_KEPT}) and as many of the statements pointing at a
 * node (each of at most {@value WholeGraphFetch#INCOMING_KEPT}), of one property of a subject or pointing at a node
 * (each the answer of one request, at most {@value RemoteDatasetGraph#BATCH_QUADS}), and of a subject's distinct
 * statements in the published union; {@code graphs} whole document graphs.
 */
final class KeptStatements {
    /** A subject's quads, in any graph. */
    final LatestKept<Node, List<Quad>> subjects;
    /** What points at a node (every quad with it as object), known for the subjects of a document fetched whole. */
    final LatestKept<Node, List<Quad>> incoming;
    /** {@code (subject, property)} and {@code (property, object)} → their quads, complete. */
    final LatestKept<List<Node>, List<Quad>> via;
    /** Whole document graphs. */
    final LatestKept<Node, List<Quad>> graphs;
    /** A subject's distinct statements in the published union (one too large to keep whole), in the default graph. */
    final LatestKept<Node, List<Quad>> published;

    KeptStatements(int subjects, int graphs, int keptSeconds) {
        this.subjects = new LatestKept<>(subjects, keptSeconds);
        this.incoming = new LatestKept<>(subjects, keptSeconds);
        this.via = new LatestKept<>(subjects, keptSeconds);
        this.graphs = new LatestKept<>(graphs, keptSeconds);
        this.published = new LatestKept<>(subjects, keptSeconds);
    }

    /** Forgets everything: the store holds a new release. */
    void clear() {
        subjects.clear();
        incoming.clear();
        via.clear();
        graphs.clear();
        published.clear();
    }
}
