package org.archivelod.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * What a remote store's reader fetched, or is about to read, together, so that what those things point at is fetched
 * together too: the bookkeeping behind {@link RemoteDatasetGraph}'s reading a level at a time. A batch is the
 * subjects fetched in one go (or named by one answer, {@link #willRead}); the first of their objects or properties
 * asked about stands for all of them ({@link #toFetchWith}; of a long answer, for the next few hundred); the first statement pointing at one member through a
 * property for every member's ({@link #membersToAskVia}); the first property asked of a member too large to keep for
 * every such member's ({@link #largeToAskVia}); and the document graphs seen on the way wait to be fetched together
 * when a pattern inside one of them is asked ({@link #graphsToFetch}).
 */
final class ReadBatches {
    /** The most document graphs waiting to be fetched (the most recently seen are kept). */
    private static final int GRAPHS_WAITING = 500;
    private final Function<Node, List<Quad>> quadsOf;
    /** The batch each node was fetched in, and the latest naming or pointing at it, for the batches used last. */
    private final BatchIndex<Batch> index;
    private final Set<Node> graphsWaiting = new LinkedHashSet<>();
    /** The page being read on this thread ({@link #pageStarts}); 0 outside any. */
    private final ThreadLocal<Long> page = ThreadLocal.withInitial(() -> 0L);
    private final java.util.concurrent.atomic.AtomicLong pages = new java.util.concurrent.atomic.AtomicLong();

    private static final class Batch {
        final List<Node> members;
        final List<Node> large;
        final List<Node> named;
        final AtomicBoolean objectsFetched = new AtomicBoolean();
        final Set<Node> askedVia = ConcurrentHashMap.newKeySet();
        final Set<Node> largeAskedVia = ConcurrentHashMap.newKeySet();
        /** The page that fetched or named it. */
        final long page;

        Batch(List<Node> members, List<Node> large, List<Node> named, long page) {
            this.members = members;
            this.large = large;
            this.named = named;
            this.page = page;
        }
    }

    /** How many of what an answer named are fetched at once: a request's worth. */
    private static int window() {
        return RemoteDatasetGraph.BATCH_SUBJECTS;
    }

    /**
     * {@code quadsOf} gives the kept quads of a subject (empty when it is not kept); the batches used last are kept, of
     * {@code nodes} nodes in all (the newest whatever its size), each {@code keptSeconds} at most.
     */
    ReadBatches(int nodes, int keptSeconds, Function<Node, List<Quad>> quadsOf) {
        this.quadsOf = quadsOf;
        this.index = new BatchIndex<>(nodes, keptSeconds);
    }

    /**
     * A page starts being read on this thread (a request to a front): what earlier pages fetched or named together is
     * kept, but no longer read together, so a page costs what it costs on a new front. A thing the last page pointed at
     * (Stalin's page at 10^4 points at an archive through his names' sources) is the next page's subject, and followed
     * as one of that batch's objects it brought the other 300 along, and what they point at the level after: the
     * archive's page cost 17 requests after Stalin's, 9 on a new front.
     */
    void pageStarts() {
        page.set(pages.incrementAndGet());
    }

    /** The page read on this thread ends ({@link #pageStarts}). */
    void pageEnds() {
        page.remove();
    }

    /** The batch {@code node} was fetched in, when this page fetched it. */
    private Batch memberOf(Node node) {
        Batch batch = index.memberOf(node);
        return batch != null && batch.page == page.get() ? batch : null;
    }

    /** The latest batch naming or pointing at {@code node}, when this page fetched or named it. */
    private Batch pointedAtBy(Node node) {
        Batch batch = index.pointedAtBy(node);
        return batch != null && batch.page == page.get() ? batch : null;
    }

    /** The subjects {@code kept} were fetched together (their quads are kept); {@code large} were too large to keep. */
    void fetched(List<Node> kept, List<Node> large) {
        if (kept.isEmpty() && large.isEmpty()) return;
        Batch batch = new Batch(List.copyOf(kept), List.copyOf(large), List.of(), page.get());
        Set<Node> own = Set.copyOf(kept);
        Set<Node> pointed = new LinkedHashSet<>();
        for (Node member : kept) {
            for (Quad q : quadsOf.apply(member)) {
                for (Node n : List.of(q.getPredicate(), q.getObject())) {
                    if (n.isURI() && !own.contains(n)) pointed.add(n);
                }
            }
        }
        index.add(batch, Stream.concat(kept.stream(), large.stream()).toList(), List.copyOf(pointed));
    }

    /** {@code named} are about to be read (an answer named them): the first asked about fetches them all. */
    void willRead(List<Node> named) {
        if (named.isEmpty()) return;
        Batch batch = new Batch(List.of(), List.of(), List.copyOf(named), page.get());
        index.add(batch, List.of(), batch.named);
    }

    /**
     * When {@code node} was named, or is pointed at, by a batch not followed yet: what that batch names and points at
     * (objects and properties), to fetch now, once.
     */
    Optional<List<Node>> toFetchWith(Node node) {
        Batch batch = pointedAtBy(node);
        if (batch == null) return Optional.empty();
        if (batch.named.isEmpty() && !batch.objectsFetched.compareAndSet(false, true)) return Optional.empty();
        return Optional.of(together(node, batch));
    }

    /**
     * What {@code node} would be fetched with ({@link #toFetchWith}), whether or not that was done: a reader of some
     * other view of the same things (their statements without graphs) fetches those it lacks.
     */
    Optional<List<Node>> windowOf(Node node) {
        Batch batch = pointedAtBy(node);
        return batch == null ? Optional.empty() : Optional.of(together(node, batch));
    }

    private List<Node> together(Node node, Batch batch) {
        if (!batch.named.isEmpty()) {
            // what an answer named, in its order: the next few hundred from this one (a page reads a window of it), or
            // the whole answer when it fits in one request (a page may read its names in another order: a table sorted
            // by label reads one from the middle first)
            int at = batch.named.size() <= window() ? 0 : Math.max(0, batch.named.indexOf(node));
            List<Node> window = new ArrayList<>(batch.named.subList(at, Math.min(batch.named.size(), at + window())));
            if (!window.contains(node)) window.add(0, node);
            return window;
        }
        Set<Node> next = new LinkedHashSet<>();
        next.add(node);
        for (Node member : batch.members) {
            quadsOf.apply(member).stream().flatMap(q -> Stream.of(q.getPredicate(), q.getObject())).filter(Node::isURI).forEach(next::add);
        }
        return new ArrayList<>(next);
    }

    /** Whether {@code node} was fetched, or named, with others (so not asked about alone). */
    boolean known(Node node) {
        return memberOf(node) != null || pointedAtBy(node) != null;
    }

    /**
     * When {@code node} is a member of a batch whose statements pointing at its members through {@code property} were
     * not asked for yet: the members, to ask for now (once).
     */
    Optional<List<Node>> membersToAskVia(Node node, Node property) {
        Batch batch = memberOf(node);
        if (batch == null || batch.members.isEmpty() || !batch.askedVia.add(property)) return Optional.empty();
        return Optional.of(batch.members);
    }

    /** When {@code node} is a member too large to keep: its batch's such members, to ask {@code property} of now (once). */
    Optional<List<Node>> largeToAskVia(Node node, Node property) {
        Batch batch = memberOf(node);
        if (batch == null || !batch.large.contains(node) || !batch.largeAskedVia.add(property)) return Optional.empty();
        return Optional.of(batch.large);
    }

    /** When {@code node} is a member too large to keep: its batch's such members. */
    Optional<List<Node>> largeWith(Node node) {
        Batch batch = memberOf(node);
        return batch == null || !batch.large.contains(node) ? Optional.empty() : Optional.of(batch.large);
    }

    /** A document graph seen in what was fetched: fetched with the next one a page reads a pattern in. */
    synchronized void seenGraph(Node graph) {
        graphsWaiting.remove(graph);
        graphsWaiting.add(graph);
        if (graphsWaiting.size() > GRAPHS_WAITING) graphsWaiting.remove(graphsWaiting.iterator().next());
    }

    /** Whether {@code graph} was seen in what was fetched and is not fetched yet. */
    synchronized boolean waiting(Node graph) {
        return graphsWaiting.contains(graph);
    }

    /** The {@code most} graphs seen most recently and not fetched yet. */
    synchronized List<Node> graphsToFetch(int most) {
        List<Node> all = new ArrayList<>(graphsWaiting);
        return List.copyOf(all.subList(Math.max(0, all.size() - most), all.size()));
    }

    synchronized void graphsFetched(List<Node> graphs) {
        graphs.forEach(graphsWaiting::remove);
    }

    synchronized void forget() {
        index.clear();
        graphsWaiting.clear();
    }
}
