package org.archivelod.serve.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.archivelod.store.RemoteDatasetGraph;
import org.archivelod.store.StoreRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The release a front serves, as the store describes it ({@link StoreRelease}): read with one small query at start
 * and again, on a thread of its own, when asked more than {@link #EVERY} after the last read, so that a release
 * loaded behind the front is served (new ETags, fresh caches) within that time and the store's answer, and every
 * front over the store answers with the same validators. No request waits for that read: one read at a time, the
 * release known until then is served (the request that came past the time used to wait for the store's answer, and
 * every request arriving meanwhile with it, even one answered from the front's cache). A read that fails keeps the
 * release known and is tried again {@link #EVERY} later.
 */
public final class ReleaseWatch implements Supplier<DatasetRelease> {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseWatch.class);
    /** How long a release read from the store is taken as current before it is read again. */
    public static final Duration EVERY = Duration.ofSeconds(10);
    /** The release of a store that describes none (loaded by other means than {@code load --endpoint}). */
    public static final DatasetRelease UNDESCRIBED = new DatasetRelease("undescribed-release", Instant.EPOCH);
    private final RemoteDatasetGraph store;
    private final String base;
    private final Clock clock;
    private final Executor reads;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile DatasetRelease current;
    private volatile Instant readAt;
    private final boolean shownInDefaultGraph;

    /** Reads the release {@code store} describes for data minted under {@code base}: one small query. */
    public ReleaseWatch(RemoteDatasetGraph store, String base, Clock clock) {
        this(store, base, clock, read -> {
            Thread thread = new Thread(read, "archive-lod-release-watch");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** As {@link #ReleaseWatch(RemoteDatasetGraph, String, Clock)}, the reads after the first run by {@code reads}. */
    public ReleaseWatch(RemoteDatasetGraph store, String base, Clock clock, Executor reads) {
        this.store = store;
        this.base = base;
        this.clock = clock;
        this.reads = reads;
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

    /** The release known now; past {@link #EVERY} since the last read, the store is asked again beside this request. */
    @Override
    public DatasetRelease get() {
        if (clock.instant().isAfter(readAt.plus(EVERY)) && reading.compareAndSet(false, true)) {
            try {
                reads.execute(this::refresh);
            } catch (RuntimeException notStarted) {
                reading.set(false);
                throw notStarted;
            }
        }
        return current;
    }

    private void refresh() {
        try {
            DatasetRelease now = read();
            if (!now.equals(current)) {
                store.forget();
                current = now;
            }
        } catch (RuntimeException e) {
            LOG.warn("the store's release could not be read again (the release known is served): {}", e.toString());
        } finally {
            readAt = clock.instant();
            reading.set(false);
        }
    }

    private DatasetRelease read() {
        return store.release(base).map(ReleaseWatch::of).orElse(UNDESCRIBED);
    }

    private static DatasetRelease of(StoreRelease release) {
        return new DatasetRelease(release.id(), release.issued());
    }
}
