package org.archivelod.pipeline;

import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.archivelod.store.DatasetLoader.QuadSource;

/**
 * A local store (TDB2 on disk or in memory) loaded in one transaction: nothing is half-loaded on a fault, the store keeps
 * the release it held. {@link #write} replaces each graph the source sends ({@code load}); {@link #mirror} makes the
 * store hold exactly the source's graphs ({@code serve}). Every load ends in {@link #loaded}.
 *
 * <pre>{@code
 * Load done = new StoreSink(store, "store").mirror(sink -> conversion.run(inputs, sink), dataset -> {});
 * }</pre>
 */
public final class StoreSink implements Sink {
    /** What a fault in a load leaves: the store as it was. */
    public static final String UNCHANGED = "the store is unchanged";
    private final ArchiveStore store;
    private final String place;

    /** What one load did: the quads loaded, and how many graphs were found unchanged and left as stored. */
    public record Load(long quads, long unchangedGraphs) {}

    /** The store, named {@code place} in messages (its folder, or {@code the in-memory store}). */
    public StoreSink(ArchiveStore store, String place) {
        this.store = store;
        this.place = place;
    }

    @Override
    public <E extends Exception> long write(QuadSource<E> source) throws E {
        DatasetLoader loader = loader();
        return loaded(loader, loader.load(source)).quads();
    }

    /**
     * Loads the source so that the store holds exactly its graphs (a graph the source does not send is dropped);
     * {@code finishing} runs inside the transaction before the commit (see {@link DatasetLoader#mirror(QuadSource, Consumer)}).
     */
    public <E extends Exception> Load mirror(QuadSource<E> source, Consumer<DatasetGraph> finishing) throws E {
        DatasetLoader loader = loader();
        return loaded(loader, loader.mirror(source, finishing));
    }

    /**
     * A loader; what was made from the stored release (dumps, search index) records that release's id, which the load
     * changes, so nothing need be dropped before it ({@link Publication}).
     */
    private DatasetLoader loader() {
        return new DatasetLoader(store);
    }

    /** The dataset as stored, for what reads it before a load (the redirects from the release it replaces). */
    DatasetGraph stored() {
        return store.datasetGraph();
    }

    /** The one place where every load into a local store ends, committed: what must follow a load goes here. */
    private Load loaded(DatasetLoader loader, long quads) {
        return new Load(quads, loader.unchangedGraphs());
    }

    @Override
    public String place() {
        return place;
    }

    @Override
    public String stillHolds() {
        return UNCHANGED;
    }
}
