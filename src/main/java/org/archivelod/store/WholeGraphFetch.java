package org.archivelod.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * The document graphs a remote store's reader fetches whole ({@link RemoteDatasetGraph}): a graph a page reads a
 * pattern inside, with the other document graphs seen since ({@link ReadBatches#graphsToFetch}), and a document's own
 * graph when the document is asked about alone (its page, its {@code /data}), with every subject of it and what points
 * at them. None until {@link #fetchWhole} says which graphs are documents' and which graph is a document's own.
 *
 * <pre>{@code
 * WholeGraphFetch graphs = new WholeGraphFetch(service, recent, batches, counted, subjects -> prefetch(subjects),
 *         subject -> restated.contains(subject));
 * graphs.fetchWhole(g -> isDocumentGraph(g), document -> graphOf(document));
 * graphs.fetchHomeOf(document);            // its graph, its subjects and what points at them
 * List<Quad> whole = graphs.whole(graph);  // null for a graph not fetched whole
 * }</pre>
 */
final class WholeGraphFetch {
    /**
     * The most statements pointing at one of a document's subjects that are fetched with its page ({@link #fetchHomeOf}):
     * a document's own nodes (its text, annotations, time-spans) are pointed at a few times each, from inside it; a
     * person or an archive it names is pointed at from every document naming it (thousands of rows at 10^4), which the
     * page does not read (its "referred to in" is one query), and is asked when read, as any node.
     */
    static final int INCOMING_KEPT = 100;
    /** The most document graphs fetched in one request, and kept. */
    static final int GRAPHS_FETCHED = 50;

    private final SparqlQuads service;
    private final KeptStatements recent;
    private final ReadBatches batches;
    private final CountedFetch counted;
    /**
     * Fetches a batch of subjects whole; gives those it left to the restated statements, whose copies are neither
     * counted nor read (nor, then, what points at them).
     */
    private final Function<List<Node>, Set<Node>> prefetch;
    /**
     * Whether the release lists a subject as restated in many document graphs: a person, group, place or holding of the
     * collection, pointed at from every document naming it, whose incoming links a document's page does not read.
     */
    private final Predicate<Node> restated;
    /** Which graphs may be fetched whole (a document's); none until {@link #fetchWhole} says. */
    private volatile Predicate<Node> wholeGraphs = g -> false;
    /** The document graph of a document, fetched whole when the document itself is asked about (its page). */
    private volatile Function<Node, Optional<Node>> homeOf = n -> Optional.empty();
    private final Set<Node> homesFetched = ConcurrentHashMap.newKeySet();

    WholeGraphFetch(SparqlQuads service, KeptStatements recent, ReadBatches batches, CountedFetch counted,
            Function<List<Node>, Set<Node>> prefetch, Predicate<Node> restated) {
        this.service = service;
        this.recent = recent;
        this.batches = batches;
        this.counted = counted;
        this.prefetch = prefetch;
        this.restated = restated;
    }

    /** See {@link RemoteDatasetGraph#fetchWhole}. */
    void fetchWhole(Predicate<Node> which, Function<Node, Optional<Node>> home) {
        this.wholeGraphs = which;
        this.homeOf = home;
    }

    /** The document graphs of {@code found} (quads fetched) wait to be fetched with the next one a page reads inside. */
    void seen(Collection<Quad> found) {
        found.stream().map(Quad::getGraph).distinct().filter(wholeGraphs).forEach(batches::seenGraph);
    }

    /**
     * The document graph {@code g} whole, fetched with the other document graphs seen since (a page reading a pattern
     * inside one of a list's documents reads it in the others too), {@value #GRAPHS_FETCHED} at most per request; null
     * for a graph that is not a document's.
     */
    List<Quad> whole(Node g) {
        return wholeGraphs.test(g) ? wholeGraph(g, true) : null;
    }

    /** When {@code s} is a document: its graph, fetched whole as {@link #fetchHome} says (once until {@link #forget}). */
    void fetchHomeOf(Node s) {
        homeOf.apply(s).filter(wholeGraphs).ifPresent(this::fetchHome);
    }

    /** The store holds a new release: a document's graph is fetched again. */
    void forget() {
        homesFetched.clear();
    }

    /** The graph {@code g}, with the others waiting when {@code withWaiting}. */
    private List<Quad> wholeGraph(Node g, boolean withWaiting) {
        List<Quad> kept = recent.graphs.get(g);
        if (kept != null) return kept;
        List<Node> names = new ArrayList<>();
        names.add(g);
        if (withWaiting) {
            batches.graphsToFetch(GRAPHS_FETCHED - 1).stream().filter(n -> !n.equals(g) && recent.graphs.get(n) == null).forEach(names::add);
        }
        Map<Node, List<Triple>> fetched = service.namedGraphs(names);
        fetched.forEach((name, triples) -> recent.graphs.put(name, triples.stream().map(t -> Quad.create(name, t)).toList()));
        batches.graphsFetched(names);
        // what a page finds in these graphs (a document's activities, their time spans) it reads next: a window at a time
        batches.willRead(names.stream().flatMap(n -> fetched.getOrDefault(n, List.of()).stream()).map(Triple::getSubject)
                .filter(n -> n.isURI() && recent.subjects.get(n) == null).distinct().toList());
        return recent.graphs.get(g);
    }

    /**
     * Keeps the graph {@code home} (a document's) whole, every subject of it with all its quads and what points at them
     * (each but the few too large to keep), in five requests:
     * a page about a document asks about hundreds of the subjects of its graph, one after the other.
     */
    private void fetchHome(Node home) {
        if (!homesFetched.add(home)) return;
        // a document met on its own (its page): its graph alone, the document graphs earlier pages saw wait until a
        // pattern inside one is read; one of those seen together (who points at a thing, each from its document): all
        List<Quad> whole = wholeGraph(home, batches.waiting(home));
        if (whole == null) return;
        List<Node> own = whole.stream().map(Quad::getSubject).distinct().toList();
        Set<Node> restatedOwn = prefetch.apply(own);
        // a subject restated in other graphs is pointed at from about as many (read a window at a time when read): not
        // counted here, where counting what points at a funder named by a tenth of the documents took 0.8 s at 10^4
        fetchIncoming(own.stream().filter(n -> !restatedOwn.contains(n) && !restated.test(n)).toList());
    }

    /** Keeps what points at each of {@code nodes} (all of it, when at most {@value #INCOMING_KEPT} quads). */
    private void fetchIncoming(List<Node> nodes) {
        counted.objects(nodes.stream().filter(n -> recent.incoming.get(n) == null).toList(), INCOMING_KEPT,
                (n, quads) -> {
                    if (quads != null) recent.incoming.put(n, quads);
                });
    }
}
