package org.archivelod.store;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The release description ({@link StoreRelease}) of a local store (TDB2 or in memory), in the same graph
 * {@code {base}graph/release} that {@code load --endpoint} writes into a remote store, so that both kinds of server read
 * the release from the store: written by every load ({@link DatasetLoader}), read by the server and by what is made
 * from a release (dumps, search index), which record the id they were made from.
 *
 * <pre>{@code
 * Optional<StoreRelease> release = LocalRelease.read(store.datasetGraph());
 * }</pre>
 */
public final class LocalRelease {
    private LocalRelease() {}

    /** The release the dataset describes; empty when it has no data or was loaded before releases were described. */
    public static Optional<StoreRelease> read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> graph(dataset).flatMap(g -> described(dataset, g)));
    }

    /**
     * Describes the release the load that is ending made (inside its write transaction): the id chains the previous
     * release's id with every quad sent, in order ({@link StoreRelease.Digest}); a load that changed nothing keeps the
     * release it found, so that what was made from it stays current.
     */
    static void describeIn(DatasetGraph dataset, StoreRelease.Digest digest, boolean changed) {
        graph(dataset).ifPresent(g -> {
            Optional<StoreRelease> previous = described(dataset, g);
            if (!changed && previous.isPresent()) return;
            StoreRelease release = digest.release(previous, Instant.now());
            dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            release.describe(g).find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /**
     * Describes the release of a store loaded before loads described one (it has data but no release graph), its id the
     * digest of every quad as the store lists them (one pass, once); a store that has one is left as it is.
     */
    public static void ensure(ArchiveStore store) {
        DatasetGraph dataset = store.datasetGraph();
        if (read(dataset).isPresent()) return;
        Txn.executeWrite(dataset, () -> {
            StoreRelease.Digest digest = new StoreRelease.Digest();
            for (Iterator<Quad> quads = dataset.find(); quads.hasNext(); ) digest.add(quads.next());
            describeIn(dataset, digest, true);
        });
    }

    private static Optional<Node> graph(DatasetGraph dataset) {
        return ArchiveStore.mintedBase(dataset).map(StoreRelease::graph);
    }

    private static Optional<StoreRelease> described(DatasetGraph dataset, Node graph) {
        Iterator<Quad> ids = dataset.find(graph, graph, DCTerms.identifier.asNode(), Node.ANY);
        if (!ids.hasNext()) return Optional.empty();
        String id = ids.next().getObject().getLiteralLexicalForm();
        Iterator<Quad> issued = dataset.find(graph, graph, DCTerms.issued.asNode(), Node.ANY);
        return Optional.of(new StoreRelease(id, issued.hasNext()
                ? Instant.parse(issued.next().getObject().getLiteralLexicalForm()) : Instant.EPOCH));
    }
}
