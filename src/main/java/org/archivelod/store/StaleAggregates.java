package org.archivelod.store;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The site aggregates of a local store that takes writes besides loads ({@code serve --allow-update}: SPARQL Update,
 * Graph Store writes): a write marks them stale, and the next reader refreshes them first ({@link SiteAggregates#refresh}),
 * once for any number of writes before it; readers that come meanwhile wait for that refresh. A write made during a
 * refresh marks them stale again.
 */
public final class StaleAggregates {
    private final DatasetGraph dataset;
    private final AtomicBoolean stale = new AtomicBoolean();

    public StaleAggregates(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** After a request that may have changed the store. */
    public void markStale() {
        stale.set(true);
    }

    /** Before reading the aggregates, outside any transaction: refreshes them if a write came since the last refresh. */
    public void refreshIfStale() {
        if (stale.get()) refresh();
    }

    private synchronized void refresh() {
        if (stale.getAndSet(false)) {
            try {
                SiteAggregates.refresh(dataset);
            } catch (RuntimeException e) {
                stale.set(true);
                throw e;
            }
        }
    }
}
