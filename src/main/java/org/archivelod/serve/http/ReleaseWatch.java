package org.archivelod.serve.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.archivelod.store.RemoteDatasetGraph;
import org.archivelod.store.StoreRelease;

/**
 * The release a front serves, as the store describes it ({@link StoreRelease}): read with one small query at start
 * and again at most every {@link #EVERY} when asked, so that a release loaded behind the front is served (new ETags,
 * fresh caches) within that time, and every front over the store answers with the same validators.
 */
public final class ReleaseWatch implements Supplier<DatasetRelease> {
    /** How long a release read from the store is taken as current. */
    public static final Duration EVERY = Duration.ofSeconds(10);
    /** The release of a store that describes none (loaded by other means than {@code load --endpoint}). */
    public static final DatasetRelease UNDESCRIBED = new DatasetRelease("undescribed-release", Instant.EPOCH);
    private final RemoteDatasetGraph store;
    private final String base;
    private final Clock clock;
    private volatile DatasetRelease current;
    private volatile Instant readAt;
    private final boolean shownInDefaultGraph;

    /** Reads the release {@code store} describes for data minted under {@code base}: one small query. */
    public ReleaseWatch(RemoteDatasetGraph store, String base, Clock clock) {
        this.store = store;
        this.base = base;
        this.clock = clock;
        Optional<StoreRelease.Shown> first = store.releaseShown(base);
        this.current = first.map(shown -> of(shown.release())).orElse(UNDESCRIBED);
        this.shownInDefaultGraph = first.map(StoreRelease.Shown::inDefaultGraph).orElse(false);
        this.readAt = clock.instant();
    }

    /**
     * Whether the store's default graph showed the release's description too at the first read (as a store whose
     * default graph is the union of its named graphs does); false for a store that describes none.
     */
    public boolean shownInDefaultGraph() {
        return shownInDefaultGraph;
    }

    /** Whether the store describes its release; without, validators stay those of {@link #UNDESCRIBED}. */
    public boolean described() {
        return current != UNDESCRIBED;
    }

    @Override
    public DatasetRelease get() {
        if (clock.instant().isAfter(readAt.plus(EVERY))) refresh();
        return current;
    }

    private synchronized void refresh() {
        if (!clock.instant().isAfter(readAt.plus(EVERY))) return;   // another request read it meanwhile
        DatasetRelease now = read();
        if (!now.equals(current)) {
            store.forget();
            current = now;
        }
        readAt = clock.instant();
    }

    private DatasetRelease read() {
        return store.release(base).map(ReleaseWatch::of).orElse(UNDESCRIBED);
    }

    private static DatasetRelease of(StoreRelease release) {
        return new DatasetRelease(release.id(), release.issued());
    }
}
