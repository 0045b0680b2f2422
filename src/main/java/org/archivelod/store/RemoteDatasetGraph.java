package org.archivelod.store;

import static org.archivelod.store.SparqlQuads.DEFAULT_GRAPH;
import static org.archivelod.store.SparqlQuads.NAMED_GRAPHS;
import static org.archivelod.store.SparqlQuads.concrete;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;

/**
 * A read-only view of a remote SPARQL 1.1 query service as a {@link org.apache.jena.sparql.core.DatasetGraph}: each
 * {@code find} is one SELECT, the pattern's terms bound as {@link Node}s (never spliced into the query text). It lets
 * the linked-data site describe entities kept in another store; transactions are accepted and do nothing.
 * <p>
 * A page asks many questions about the same few subjects (a statement, then its labels), so a pattern with a
 * subject fetches everything about that subject in one request, and keeps it for a while (the
 * {@value #SUBJECTS_KEPT} subjects used last, at most {@value #KEPT_SECONDS} s; {@link KeptStatements} gives every
 * bound): the site serves one release while it runs, and a store changed behind it is seen again within that time.
 * What a page fetched last is kept however often earlier pages read what was kept before it (by recency, not by
 * frequency: a batch just fetched was refused by a cache full of entries read more often, and asked again member by
 * member).
 * <p>
 * A page walks from a few things to what they point at, level by level (a list's items, then their documents, then
 * those documents' labels), so what it reads is fetched a level at a time, not a subject at a time
 * ({@link ReadBatches}): the items a page query answered ({@link #prefetch}, called by {@link RemoteQueryEngine}),
 * or a document asked about alone with its whole graph ({@link #fetchWhole}, {@link WholeGraphFetch}), are one batch; the first of a batch's
 * objects asked about fetches all of them, the first statement pointing at one of its members fetches those of every
 * member, the first pattern inside one of the document graphs it touched fetches those graphs. So a page costs a
 * request per level it reads, whatever the number of things on it.
 *
 * <pre>{@code
 * DatasetGraph remote = new RemoteDatasetGraph("http://localhost:3030/ds/sparql");
 * }</pre>
 */
public final class RemoteDatasetGraph extends ReadOnlyDatasetGraph {
    static final int SUBJECTS_KEPT = 20_000;
    static final int KEPT_SECONDS = 300;
    /** A subject with more statements than this is not kept (it is asked about a property at a time). */
    static final int LARGEST_KEPT = 5_000;
    /**
     * The most nodes the record of what was fetched together holds ({@link ReadBatches}: each batch's members and what
     * it names or points at), the batches used last kept whole: at 10^4 documents one answer (what points at the
     * most-referred person) names 21,835 things, which a page reads a window at a time while its windows' objects
     * are recorded too. About 10 MB when full.
     */
    static final int BATCH_NODES_KEPT = 200_000;
    /** The first window of the statements pointing at a thing, asked when the first is read (the next twice as long). */
    static final int FIRST_WINDOW = 256;
    /** Subjects fetched together in one request (a request per this many). */
    static final int BATCH_SUBJECTS = 250;
    /** The most quads of one batched request; a batch answering more is not kept (its terms are asked one by one). */
    static final int BATCH_QUADS = 50_000;
    /** The most document graphs kept ({@link WholeGraphFetch}). */
    static final int GRAPHS_KEPT = 2_000;

    /** What was fetched, kept by recency. */
    private final KeptStatements recent;
    /** What was fetched together, to fetch what it points at together. */
    private final ReadBatches batches = new ReadBatches(BATCH_NODES_KEPT, KEPT_SECONDS, this::keptQuads);
    private final String queryService;
    private final SparqlQuads service;
    /** Many subjects' (or objects') quads at once: counted, then asked in bounded requests. */
    private final CountedFetch counted;
    /** The document graphs fetched whole. */
    private final WholeGraphFetch graphs;
    /** The reads of the published union ({@link #readPublished}). */
    private final PublishedReads published;
    /** The distinct statements of the subjects many graphs restate, from the site graph; none until {@link #readPublished}. */
    private volatile Optional<RestatedStatements> restated = Optional.empty();

    /** A view of the SPARQL query service at {@code queryService} (for Fuseki, the dataset URL or its /sparql). */
    public RemoteDatasetGraph(String queryService) {
        this(queryService, SUBJECTS_KEPT, GRAPHS_KEPT);
    }

    /** A view keeping {@code subjectsKept} subjects (and as many of each other kind) and {@code graphsKept} graphs. */
    RemoteDatasetGraph(String queryService, int subjectsKept, int graphsKept) {
        super("a remote store is read here; load it with 'load --endpoint'");
        this.recent = new KeptStatements(subjectsKept, graphsKept, KEPT_SECONDS);
        this.queryService = queryService;
        this.service = new SparqlQuads(queryService);
        this.counted = new CountedFetch(service, query -> quads(query, Map.of()), BATCH_SUBJECTS, BATCH_QUADS);
        this.graphs = new WholeGraphFetch(service, recent, batches, counted, this::prefetch, this::restates);
        this.published = new PublishedReads(service, batches, recent.subjects::get, this::prefetch, recent.published,
                () -> restated, BATCH_SUBJECTS, BATCH_QUADS);
    }

    /** The remote store {@code view} reads (a front's query view wraps one), if it reads one. */
    public static Optional<RemoteDatasetGraph> behind(org.apache.jena.sparql.core.DatasetGraph view) {
        if (view instanceof RemoteDatasetGraph remote) return Optional.of(remote);
        if (view instanceof org.apache.jena.sparql.core.DatasetGraphWrapper wrapper && wrapper.getWrapped() instanceof RemoteDatasetGraph remote) {
            return Optional.of(remote);
        }
        return Optional.empty();
    }

    public String queryService() {
        return queryService;
    }

    /** The release the store describes for data minted under {@code base} (one small query), see {@link StoreRelease}. */
    public Optional<StoreRelease> release(String base) {
        return StoreRelease.read(queryService, StoreRelease.graph(base));
    }

    /**
     * The release the store describes for data minted under {@code base}, with whether its default graph shows that
     * description too, as a store does whose default graph is the union of its named graphs (one small query).
     */
    public Optional<StoreRelease.Shown> releaseShown(String base) {
        return StoreRelease.readShown(queryService, StoreRelease.graph(base));
    }

    /** Forgets every subject kept: the store holds a new release. */
    public void forget() {
        recent.clear();
        graphs.forget();
        batches.forget();
        restated.ifPresent(RestatedStatements::forget);
    }

    /**
     * Lets the document graphs {@code which} accepts (small) be fetched whole, and a document asked about alone (its
     * page, its {@code /data}) come with its whole graph: {@code home} gives the graph of a document IRI.
     */
    public void fetchWhole(Predicate<Node> which, Function<Node, Optional<Node>> home) {
        graphs.fetchWhole(which, home);
    }

    /**
     * A page starts being read on this thread (a request to a front): what earlier pages fetched together is kept but
     * not read together any more ({@link ReadBatches#pageStarts}). Call {@link #pageEnds} when it is answered.
     */
    public void pageStarts() {
        batches.pageStarts();
    }

    /** The page read on this thread is answered ({@link #pageStarts}). */
    public void pageEnds() {
        batches.pageEnds();
    }

    /**
     * The store's default graph shows the union of its named graphs (a front checks it at start): a pattern in any graph
     * is asked of the named graphs alone, without the default graph's own part, which such a store holds none of
     * ({@link SparqlQuads#defaultGraphIsUnion}).
     */
    public void defaultGraphIsUnion() {
        service.defaultGraphIsUnion();
    }

    /**
     * Lets what the site reads of the union of the published graphs (all named graphs but {@code hidden}, the site's
     * bookkeeping) be asked of the store's default graph, which must show the union of its named graphs: a
     * subject's distinct statements, not one copy per document graph restating it ({@link #findPublished}).
     */
    public void readPublished(List<Node> hidden) {
        published.readPublished(hidden);
    }

    /**
     * Lets the subjects many graphs restate be read from what the load wrote of them into the site graph {@code site}
     * ({@link RestatedStatements}): their distinct statements, without counting or reading their copies.
     */
    public void readRestated(Node site) {
        this.restated = Optional.of(new RestatedStatements(service, site, BATCH_QUADS));
    }

    /** Whether the release lists {@code s} as restated in many graphs ({@link #readRestated}; read once per release). */
    private boolean restates(Node s) {
        return restated.map(r -> r.restates(s)).orElse(false);
    }

    /**
     * Whether the published union ({@link #readPublished}) has a statement about {@code s} matching {@code p} and
     * {@code o}, when that is known without reading its copies: any statement about a subject the release lists as
     * restated in many graphs ({@link #readRestated}; the list is read once per release), or one of the distinct
     * statements kept of a subject too large to keep whole; empty when not known so.
     */
    Optional<Boolean> publishedHas(Node s, Node p, Node o) {
        if (!concrete(p) && !concrete(o) && restates(s)) return Optional.of(true);
        List<Quad> statements = published.fetched(s);
        return statements == null ? Optional.empty() : Optional.of(matching(statements.stream(), p, o).hasNext());
    }

    /**
     * The statements about {@code s} (concrete) matching {@code p} and {@code o} (an IRI; empty for any other) in the union of the named graphs but
     * those {@link #readPublished} hides, each once; empty when that union is not read here. A subject kept whole (or
     * whose batch is fetched whole now, as for any reader) is answered from its quads; one too large to keep, with the
     * others of its batch not known yet, in one request per {@value #BATCH_SUBJECTS}: a
     * subject restated in thousands of document graphs (an archive, the software) comes as its few distinct
     * statements, where its quads were one row per graph. Empty too for a subject met alone (read as quads).
     */
    public Optional<Iterator<Triple>> findPublished(Node s, Node p, Node o) {
        return published.find(s, p, o);
    }

    /** Its reads of the published union, of one subject alone and of windows of the published graphs ({@link PublishedWindows}). */
    PublishedReads published() {
        return published;
    }

    /**
     * The things {@code nodes} (the IRIs a page query answered) are about to be read: the first of them asked about
     * fetches them all, a few hundred per request, instead of one request each.
     */
    public void willRead(Collection<Node> nodes) {
        batches.willRead(nodes.stream().filter(Node::isURI).distinct().toList());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY) {
            if (concrete(s)) return aboutSubject(s, q -> true, p, o);
            if (concrete(o)) return pointingAt(o, q -> true, p, (offset, limit) -> service.select(service.anyGraph(), null, s, p, o, offset, limit));
            return service.select(service.anyGraph(), null, s, p, o).iterator();
        }
        return super.find(g, s, p, o);
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        if (concrete(s)) return aboutSubject(s, Quad::isDefaultGraph, p, o);
        if (concrete(o)) return pointingAt(o, Quad::isDefaultGraph, p, (offset, limit) -> service.select(DEFAULT_GRAPH, Quad.defaultGraphIRI, s, p, o, offset, limit));
        return service.select(DEFAULT_GRAPH, Quad.defaultGraphIRI, s, p, o).iterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        List<Quad> keptGraph = concrete(s) && recent.subjects.get(s) == null && recent.published.get(s) != null
                ? recent.graphs.get(g) : null;
        if (keptGraph != null) {
            // a subject not kept whole (one many graphs restate) in a document graph kept whole: read there
            return matching(keptGraph.stream().filter(q -> q.getSubject().equals(s)), p, o);
        }
        if (concrete(s)) return aboutSubject(s, q -> q.getGraph().equals(g), p, o);
        List<Quad> whole = graphs.whole(g);
        if (whole != null) return matching(whole.stream(), p, o);
        if (concrete(o)) return pointingAt(o, q -> q.getGraph().equals(g), p, (offset, limit) -> service.select(NAMED_GRAPHS, g, s, p, o, offset, limit));
        return service.select(NAMED_GRAPHS, g, s, p, o).iterator();
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        if (concrete(s)) return aboutSubject(s, q -> !q.isDefaultGraph(), p, o);
        if (concrete(o)) return pointingAt(o, q -> !q.isDefaultGraph(), p, (offset, limit) -> service.select(NAMED_GRAPHS, null, s, p, o, offset, limit));
        return service.select(NAMED_GRAPHS, null, s, p, o).iterator();
    }

    static Iterator<Quad> matching(java.util.stream.Stream<Quad> quads, Node p, Node o) {
        return quads.filter(q -> !concrete(p) || q.getPredicate().equals(p))
                .filter(q -> !concrete(o) || q.getObject().equals(o)).iterator();
    }

    /** The quads of {@code s} in the graphs {@code inGraph} accepts, matching {@code p} and {@code o}. */
    private Iterator<Quad> aboutSubject(Node s, Predicate<Quad> inGraph, Node p, Node o) {
        List<Quad> all = recent.subjects.get(s);
        if (all == null) {
            // one of what a batch names or points at: all of them; a document alone (its page): its whole graph
            Optional<List<Node>> together = batches.toFetchWith(s);
            together.ifPresent(this::prefetch);
            if (together.isEmpty() && !batches.known(s)) graphs.fetchHomeOf(s);
            all = recent.subjects.get(s);
        }
        if (all == null && concrete(p)) {
            // too large a subject to keep: one property of it, asked for every such subject of its batch at once
            List<Node> key = List.of(s, p);
            if (recent.via.get(key) == null) batches.largeToAskVia(s, p).ifPresent(large -> fetchVia("s", large, p, 0));
            List<Quad> known = recent.via.get(key);
            if (known != null) return matching(known.stream().filter(inGraph), p, o);
        }
        if (all == null) {
            all = service.select(service.anyGraph(), null, s, Node.ANY, Node.ANY);
            if (all.size() <= LARGEST_KEPT) {
                recent.subjects.put(s, List.copyOf(all));
                batches.fetched(List.of(s), List.of());
            }
        }
        return matching(all.stream().filter(inGraph), p, o);
    }

    /**
     * The quads pointing at {@code o} in the graphs {@code inGraph} accepts, matching {@code p}: kept, or asked a window
     * at a time as they are read ({@link AnswerWindows}): a page of what points at a thing reads its first 201, and the
     * most-referred person of 10^4 documents has 21,835 (4.5 MB, 2.7 s on a front's first {@code /data} of Stalin).
     */
    private Iterator<Quad> pointingAt(Node o, Predicate<Quad> inGraph, Node p, AnswerWindows.Window<Quad> ask) {
        List<Quad> all = recent.incoming.get(o);
        if (all == null && concrete(p)) {
            List<Node> key = List.of(p, o);
            if (recent.via.get(key) == null) batches.membersToAskVia(o, p).ifPresent(members -> fetchVia("o", members, p, 2));
            all = recent.via.get(key);
        }
        if (all == null) {
            // what points at a thing is read next (their labels): the first of a window asked about fetches them all
            return new AnswerWindows<>(ask, FIRST_WINDOW, BATCH_QUADS,
                    window -> batches.willRead(window.stream().map(Quad::getSubject).filter(Node::isURI).distinct().toList()));
        }
        return all.stream().filter(inGraph).filter(q -> !concrete(p) || q.getPredicate().equals(p)).iterator();
    }

    /**
     * Fetches the quads of every subject in {@code nodes} not already kept, as one batch: a request for how many each
     * has, then their quads, {@value #BATCH_QUADS} at most a request; a subject with more than {@value #LARGEST_KEPT}
     * is left out (and asked a property at a time), and one the site graph has as restated in many graphs is neither
     * counted nor read: its distinct statements are kept ({@link RestatedStatements}), and read in a document graph
     * kept whole where a page reads it there. An archival holding cited by 306 of 10^5 documents was 1,229 quads, 1 MB
     * of JSON in every page of a document it holds, where its distinct statements are 4 (the pages are the same, byte
     * for byte). Returns the restated subjects of {@code nodes}.
     */
    private Set<Node> prefetch(List<Node> nodes) {
        List<Node> missing = nodes.stream().filter(n -> n.isURI() && recent.subjects.get(n) == null).distinct().toList();
        List<Node> kept = new ArrayList<>();
        Map<Node, RestatedStatements.Restated> restatedFound = restated.map(r -> r.of(missing)).orElse(Map.of());
        restatedFound.forEach((n, r) -> recent.published.put(n, r.statements()));
        List<Node> large = new ArrayList<>(restatedFound.keySet());
        counted.subjects(missing.stream().filter(n -> !restatedFound.containsKey(n)).toList(), LARGEST_KEPT, (n, quads) -> {
            if (quads == null) {
                large.add(n);
            } else {
                recent.subjects.put(n, quads);
                kept.add(n);
            }
        });
        batches.fetched(kept, large);
        return restatedFound.keySet();
    }

    private List<Quad> keptQuads(Node subject) {
        List<Quad> quads = recent.subjects.get(subject);
        if (quads == null) quads = published.fetched(subject);
        return quads == null ? List.of() : quads;
    }

    /**
     * Keeps the quads of each of {@code nodes} (as subject: {@code var} "s", or as object: "o") through {@code property},
     * in one request; {@code position} is where the node is in the key ({@code (s, p)} or {@code (p, o)}).
     */
    private void fetchVia(String var, List<Node> nodes, Node property, int position) {
        List<Quad> found = quads(ValuesQuery.of(service.anyGraph(), var, nodes), Map.of("p", property));
        if (found == null) return;
        CountedFetch.byNode(nodes, found, position == 0 ? Quad::getSubject : Quad::getObject)
                .forEach((n, quads) -> recent.via.put(position == 0 ? List.of(n, property) : List.of(property, n), quads));
    }

    /** The rows of {@code query} ({@code ?g ?s ?p ?o}) with {@code bound} substituted; null past {@value #BATCH_QUADS}. */
    private List<Quad> quads(Query query, Map<String, Node> bound) {
        List<Quad> found = service.quads(query, bound, BATCH_QUADS);
        if (found != null) graphs.seen(found);
        return found;
    }

    /** The triples of each of the named graphs {@code names}, in one request (the dumps of a remote store). */
    public Map<Node, List<Triple>> namedGraphs(List<Node> names) {
        return service.namedGraphs(names);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return service.graphNames().iterator();
    }
}
