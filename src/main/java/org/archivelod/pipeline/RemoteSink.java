package org.archivelod.pipeline;

import org.archivelod.store.DatasetLoader.QuadSource;
import org.archivelod.store.RemoteStoreLoader;

/**
 * A remote SPARQL 1.1 store, sent one named graph at a time over the Graph Store Protocol: each graph replaces its
 * namesake as a unit, the run as a whole does not (a fault leaves the graphs sent before it).
 */
public final class RemoteSink implements Sink {
    /** What a fault leaves: a remote load is atomic graph by graph only. */
    public static final String PARTIAL = "the graphs sent before the fault are stored, the others are not";
    private final String endpoint;

    /** The store at {@code endpoint}, the dataset URL of a Graph Store Protocol service. */
    public RemoteSink(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Sends the source's graphs; returns how many graphs were sent. */
    @Override
    public <E extends Exception> long write(QuadSource<E> source) throws E {
        return new RemoteStoreLoader(endpoint).load(source);
    }

    @Override
    public String place() {
        return endpoint;
    }

    @Override
    public String stillHolds() {
        return PARTIAL;
    }
}
