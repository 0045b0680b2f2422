package org.archivelod.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded map that forgets what was least recently written or read (and anything older than a given time), never
 * what was just written: the bookkeeping of what a remote store's reader fetched together ({@link ReadBatches}),
 * where what was fetched last is what a page reads next. A frequency-based cache (Caffeine's, which the site uses
 * where repeats matter) may refuse a new entry in favour of an old one read often: full of earlier pages' batches, it
 * forgot the timeline's time-spans as they were fetched, and each was then asked for alone.
 *
 * <pre>{@code
 * LatestKept<Node, Batch> memberOf = new LatestKept<>(20_000, 300);
 * memberOf.put(node, batch);
 * Batch batch = memberOf.get(node);   // null when forgotten
 * }</pre>
 */
final class LatestKept<K, V> {
    private record Written<V>(V value, long at) {}

    private final long keptNanos;
    private final LinkedHashMap<K, Written<V>> entries;

    /** At most {@code most} entries, each for at most {@code keptSeconds} after it was written. */
    LatestKept(int most, int keptSeconds) {
        this.keptNanos = keptSeconds * 1_000_000_000L;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Written<V>> eldest) {
                return size() > most;
            }
        };
    }

    synchronized void put(K key, V value) {
        entries.put(key, new Written<>(value, System.nanoTime()));
    }

    /** The value written for {@code key}, or null when none was or it was forgotten. */
    synchronized V get(K key) {
        Written<V> written = entries.get(key);
        if (written == null) return null;
        if (System.nanoTime() - written.at() > keptNanos) {
            entries.remove(key);
            return null;
        }
        return written.value();
    }

    synchronized void clear() {
        entries.clear();
    }
}
