package org.archivelod.pipeline;

import java.io.IOException;
import org.archivelod.store.DatasetLoader.QuadSource;

/**
 * Where the pipeline's quads go, each run as one unit: a file written whole or not at all ({@link FileSink}), a local
 * store in one transaction ({@link StoreSink}), a remote store one graph at a time ({@link RemoteSink}). The quads
 * stream through: a sink holds at most one document's graph.
 */
public interface Sink {
    /** Runs {@code source} into this sink as one unit; returns how many quads (to a remote store: graphs) were written. */
    <E extends Exception> long write(QuadSource<E> source) throws E, IOException;

    /** Where the sink writes, for messages: a store folder, a file, an endpoint. */
    String place();

    /** What a fault during {@link #write} leaves as it was, e.g. {@code the store is unchanged}. */
    String stillHolds();
}
