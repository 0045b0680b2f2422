package org.archivelod.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/**
 * A bounded map that forgets what was used least recently once its entries weigh more than a bound (and an entry
 * written longer ago than a given time when it is next read), never the entry just written nor the one used last
 * before it: what a remote store's reader fetched last is what its page reads next ({@link RemoteDatasetGraph}'s
 * statements, {@link BatchIndex}'s batches). A cache forgetting by frequency (Caffeine's) may refuse a new entry in
 * favour of older ones read more often: full of what earlier pages read, it forgot a page's batch as it was fetched,
 * and each of its members was then asked for alone.
 *
 * <pre>{@code
 * LatestKept<Node, List<Quad>> subjects = new LatestKept<>(20_000, 300);   // 20,000 entries, 300 s each at most
 * subjects.put(node, quads);
 * List<Quad> kept = subjects.get(node);   // null when never written or forgotten
 * }</pre>
 */
final class LatestKept<K, V> {
    private record Written<V>(V value, long at, long weight) {}

    private final long most;
    private final long keptNanos;
    private final ToLongFunction<V> weigher;
    private final BiConsumer<K, V> forgotten;
    /** The entries, least recently used first. */
    private final LinkedHashMap<K, Written<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    /** At most {@code most} entries (but the last two used), each for at most {@code keptSeconds} after it was written. */
    LatestKept(int most, int keptSeconds) {
        this(most, keptSeconds, value -> 1, (key, value) -> {});
    }

    /**
     * Entries of {@code most} in all as {@code weigher} weighs them (but the last two used, whatever their weight), each
     * for at most {@code keptSeconds} after it was written; {@code forgotten} is told of each entry forgotten (not of one
     * replaced by a put, nor of those {@link #clear} drops).
     */
    LatestKept(long most, int keptSeconds, ToLongFunction<V> weigher, BiConsumer<K, V> forgotten) {
        this.most = most;
        this.keptNanos = keptSeconds * 1_000_000_000L;
        this.weigher = weigher;
        this.forgotten = forgotten;
    }

    /** Keeps {@code value} for {@code key}, now the most recently used; forgets the least recently used past the bound. */
    synchronized void put(K key, V value) {
        Written<V> written = new Written<>(value, System.nanoTime(), weigher.applyAsLong(value));
        Written<V> replaced = entries.put(key, written);
        if (replaced != null) weight -= replaced.weight();
        weight += written.weight();
        var eldest = entries.entrySet().iterator();
        while (weight > most && entries.size() > 2) {
            Map.Entry<K, Written<V>> next = eldest.next();
            eldest.remove();
            weight -= next.getValue().weight();
            forgotten.accept(next.getKey(), next.getValue().value());
        }
    }

    /** The value kept for {@code key}, now the most recently used; null when none was written or it was forgotten. */
    synchronized V get(K key) {
        Written<V> written = entries.get(key);
        if (written == null) return null;
        if (System.nanoTime() - written.at() <= keptNanos) return written.value();
        entries.remove(key);
        weight -= written.weight();
        forgotten.accept(key, written.value());
        return null;
    }

    synchronized void clear() {
        entries.clear();
        weight = 0;
    }
}
