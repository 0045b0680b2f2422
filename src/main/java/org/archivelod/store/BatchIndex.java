package org.archivelod.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Which batch (of {@link ReadBatches}) each node was fetched in, and which batch names or points at it, for the
 * batches used most recently: a whole batch is kept or forgotten, the least recently used first once the nodes of all
 * exceed a bound; the batch added and the one used last before it are never forgotten as it is added, whatever their
 * size. A page reads what it fetched last (a page of the timeline, its time-spans), and may read one long answer
 * while fetching windows of it (the 21,835 things pointing at the most-referred person at 10^4 documents; each window
 * is fetched as that answer is used): a cache of nodes forgetting by frequency (Caffeine's) forgot the timeline's
 * time-spans as they were fetched, and one forgetting the least recent node forgot the start of that answer as it
 * was recorded; both then asked for each alone.
 *
 * <pre>{@code
 * BatchIndex<Batch> index = new BatchIndex<>(200_000, 300);
 * index.add(batch, members, pointedAt);
 * Batch fetchedIn = index.memberOf(node);   // null when none kept
 * }</pre>
 */
final class BatchIndex<B> {
    private record Kept(List<Node> members, List<Node> pointed) {}

    /** The batches kept, weighed by their nodes, least recently used first. */
    private final LatestKept<B, Kept> batches;
    private final Map<Node, B> memberOf = new HashMap<>();
    private final Map<Node, B> pointedAtBy = new HashMap<>();

    /** Batches of {@code most} nodes in all (but the last two used), each for {@code keptSeconds} at most. */
    BatchIndex(int most, int keptSeconds) {
        this.batches = new LatestKept<>(most, keptSeconds, kept -> kept.members().size() + kept.pointed().size(), this::unindex);
    }

    /** {@code batch} was fetched, its {@code members} in it; it names or points at {@code pointed} (it stands for them, the latest batch that does). */
    synchronized void add(B batch, List<Node> members, List<Node> pointed) {
        Kept kept = new Kept(List.copyOf(members), List.copyOf(pointed));
        kept.members().forEach(n -> memberOf.put(n, batch));
        kept.pointed().forEach(n -> pointedAtBy.put(n, batch));
        batches.put(batch, kept);
    }

    /** The batch {@code node} was fetched in, or null. */
    synchronized B memberOf(Node node) {
        return used(memberOf.get(node));
    }

    /** The latest batch naming or pointing at {@code node}, or null. */
    synchronized B pointedAtBy(Node node) {
        return used(pointedAtBy.get(node));
    }

    private B used(B batch) {
        // now the most recently used; forgotten (and unindexed) when kept too long
        return batch == null || batches.get(batch) == null ? null : batch;
    }

    private void unindex(B batch, Kept kept) {
        kept.members().forEach(n -> memberOf.remove(n, batch));
        kept.pointed().forEach(n -> pointedAtBy.remove(n, batch));
    }

    synchronized void clear() {
        batches.clear();
        memberOf.clear();
        pointedAtBy.clear();
    }
}
