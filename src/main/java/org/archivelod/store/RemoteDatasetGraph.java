package org.archivelod.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * A read-only view of a remote SPARQL 1.1 query service as a {@link org.apache.jena.sparql.core.DatasetGraph}: each
 * {@code find} is one SELECT, the pattern's terms bound as {@link Node}s (never spliced into the query text). It lets
 * the linked-data site describe entities kept in another store; transactions are accepted and do nothing.
 * <p>
 * A page asks many questions about the same few subjects (a statement, then its labels), so a pattern with a
 * subject fetches everything about that subject in one request, and, once a page is seen reading a document's graph,
 * every subject of that graph with two more ({@link #fetchWhole}), and keeps it for a while (the
 * {@value #SUBJECTS_KEPT} most recent subjects, at most {@value #KEPT_SECONDS} s): the site serves one release
 * while it runs, and a store changed behind it is seen again within that time.
 *
 * <pre>{@code
 * DatasetGraph remote = new RemoteDatasetGraph("http://localhost:3030/ds/sparql");
 * }</pre>
 */
public final class RemoteDatasetGraph extends DatasetGraphBaseFind {
    // The default graph is what the service's default graph holds beyond its named graphs: a store that shows the
    // union of its named graphs as default graph (Fuseki with tdb:unionDefaultGraph) then has an empty one here,
    // not a second copy of everything.
    private static final String DEFAULT_ONLY = "?s ?p ?o FILTER NOT EXISTS { GRAPH ?named { ?s ?p ?o } }";
    private static final Query ANY_GRAPH = QueryFactory.create(
            "SELECT ?g ?s ?p ?o { { " + DEFAULT_ONLY + " } UNION { GRAPH ?g { ?s ?p ?o } } }");
    private static final Query DEFAULT_GRAPH = QueryFactory.create("SELECT ?s ?p ?o { " + DEFAULT_ONLY + " }");
    private static final Query NAMED_GRAPHS = QueryFactory.create("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }");
    /** Every quad of every subject of the graph {@code ?home}, wherever it is; bounded (a larger graph is not kept whole). */
    private static final Query HOME_SUBJECTS = QueryFactory.create("SELECT ?g ?s ?p ?o { { SELECT DISTINCT ?s { GRAPH ?home { ?s ?a ?b } } } "
            + "{ { " + DEFAULT_ONLY + " } UNION { GRAPH ?g { ?s ?p ?o } } } } LIMIT " + (RemoteDatasetGraph.LARGEST_HOME + 1));
    /** Every quad whose object is a subject of the graph {@code ?home}, wherever it is; bounded like {@link #HOME_SUBJECTS}. */
    private static final Query HOME_INCOMING = QueryFactory.create("SELECT ?g ?s ?p ?o { { SELECT DISTINCT ?o { GRAPH ?home { ?o ?a ?b } } } "
            + "{ { " + DEFAULT_ONLY + " } UNION { GRAPH ?g { ?s ?p ?o } } } } LIMIT " + (RemoteDatasetGraph.LARGEST_HOME + 1));
    private static final Query GRAPH_NAMES = QueryFactory.create("SELECT DISTINCT ?g { GRAPH ?g { } }");
    static final int SUBJECTS_KEPT = 20_000;
    static final int KEPT_SECONDS = 300;
    /** A subject with more statements than this is not kept (it is asked about pattern by pattern). */
    private static final int LARGEST_KEPT = 5_000;
    /** The most quads fetched at once for the subjects of one graph (a document's); a larger graph is not fetched whole. */
    static final int LARGEST_HOME = 20_000;
    /** The graphs whose subjects were fetched at once (or found too large to be). */
    private final Set<Node> homesFetched = ConcurrentHashMap.newKeySet();
    /** A graph is fetched whole at this many subjects of it asked about one by one: a page is reading it. */
    static final int MISSES_BEFORE_HOME = 10;
    private final Cache<Node, java.util.concurrent.atomic.AtomicInteger> missesByGraph = Caffeine.newBuilder()
            .maximumSize(SUBJECTS_KEPT).expireAfterWrite(Duration.ofSeconds(KEPT_SECONDS)).build();
    /** Which graphs may be fetched whole (a document's); none until {@link #fetchWhole} says. */
    private volatile Predicate<Node> wholeGraphs = g -> false;
    private final Cache<Node, List<Quad>> subjects = Caffeine.newBuilder().maximumSize(SUBJECTS_KEPT)
            .expireAfterWrite(Duration.ofSeconds(KEPT_SECONDS)).build();
    /** What points at a node (every quad with it as object), known for the subjects of the graphs fetched whole. */
    private final Cache<Node, List<Quad>> incoming = Caffeine.newBuilder().maximumSize(SUBJECTS_KEPT)
            .expireAfterWrite(Duration.ofSeconds(KEPT_SECONDS)).build();
    private final String queryService;
    private final Transactional transactional = TransactionalNull.create();
    private final PrefixMap prefixes = PrefixMapFactory.create();

    /** A view of the SPARQL query service at {@code queryService} (for Fuseki, the dataset URL or its /sparql). */
    public RemoteDatasetGraph(String queryService) {
        this.queryService = queryService;
    }

    public String queryService() {
        return queryService;
    }

    /** The release the store describes for data minted under {@code base} (one small query), see {@link StoreRelease}. */
    public Optional<StoreRelease> release(String base) {
        return StoreRelease.read(queryService, StoreRelease.graph(base));
    }

    /**
     * Whether the store shows the union of its named graphs as its default graph, judged by the release description
     * of data minted under {@code base} (one small query); empty when the store describes no release.
     */
    public Optional<Boolean> showsUnion(String base) {
        Node graph = StoreRelease.graph(base);
        return release(base).map(r -> StoreRelease.seenInDefaultGraph(queryService, graph));
    }

    /** Forgets every subject kept: the store holds a new release. */
    public void forget() {
        subjects.invalidateAll();
        incoming.invalidateAll();
        missesByGraph.invalidateAll();
        homesFetched.clear();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY) {
            if (concrete(s)) return aboutSubject(s, q -> true, p, o);
            if (concrete(o)) return pointingAt(o, q -> true, p, () -> select(ANY_GRAPH, null, s, p, o));
            return select(ANY_GRAPH, null, s, p, o).iterator();
        }
        return super.find(g, s, p, o);
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        if (concrete(s)) return aboutSubject(s, Quad::isDefaultGraph, p, o);
        if (concrete(o)) return pointingAt(o, Quad::isDefaultGraph, p, () -> select(DEFAULT_GRAPH, Quad.defaultGraphIRI, s, p, o));
        return select(DEFAULT_GRAPH, Quad.defaultGraphIRI, s, p, o).iterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        if (concrete(s)) return aboutSubject(s, q -> q.getGraph().equals(g), p, o);
        if (concrete(o)) return pointingAt(o, q -> q.getGraph().equals(g), p, () -> select(NAMED_GRAPHS, g, s, p, o));
        return select(NAMED_GRAPHS, g, s, p, o).iterator();
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        if (concrete(s)) return aboutSubject(s, q -> !q.isDefaultGraph(), p, o);
        if (concrete(o)) return pointingAt(o, q -> !q.isDefaultGraph(), p, () -> select(NAMED_GRAPHS, null, s, p, o));
        return select(NAMED_GRAPHS, null, s, p, o).iterator();
    }

    /** The quads of {@code s} in the graphs {@code inGraph} accepts, matching {@code p} and {@code o}. */
    private Iterator<Quad> aboutSubject(Node s, Predicate<Quad> inGraph, Node p, Node o) {
        List<Quad> all = subjects.getIfPresent(s);
        if (all == null) {
            all = select(ANY_GRAPH, null, s, Node.ANY, Node.ANY);
            if (all.size() <= LARGEST_KEPT) subjects.put(s, List.copyOf(all));
            all.stream().map(Quad::getGraph).filter(Node::isURI).distinct().filter(wholeGraphs).forEach(this::missedIn);
        }
        return all.stream().filter(inGraph)
                .filter(q -> !concrete(p) || q.getPredicate().equals(p))
                .filter(q -> !concrete(o) || q.getObject().equals(o))
                .iterator();
    }

    /**
     * Lets the graphs {@code which} accepts (a document's, small) be fetched whole once a page has asked about
     * {@value #MISSES_BEFORE_HOME} of their subjects one by one: a page about a document asks about hundreds of them,
     * while a page about a person asks about one subject in each of many documents, which is not worth their graphs.
     */
    public void fetchWhole(Predicate<Node> which) {
        this.wholeGraphs = which;
    }

    private void missedIn(Node graph) {
        if (missesByGraph.get(graph, g -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet() >= MISSES_BEFORE_HOME) {
            fetchHome(graph);
        }
    }

    /** The quads pointing at {@code o} in the graphs {@code inGraph} accepts, matching {@code p}: kept, or asked. */
    private Iterator<Quad> pointingAt(Node o, Predicate<Quad> inGraph, Node p, java.util.function.Supplier<List<Quad>> ask) {
        List<Quad> all = incoming.getIfPresent(o);
        if (all == null) return ask.get().iterator();
        return all.stream().filter(inGraph).filter(q -> !concrete(p) || q.getPredicate().equals(p)).iterator();
    }

    /**
     * Keeps every subject of the graph {@code home} with all its quads, from one request: a page about a document asks
     * about hundreds of the subjects of its graph (its mentions, their targets and selectors), one after the other.
     * A graph with more than {@value #LARGEST_HOME} quads of such subjects (the authority file) is not fetched whole.
     */
    private void fetchHome(Node home) {
        if (!homesFetched.add(home)) return;
        List<Quad> found = homeQuads(HOME_SUBJECTS, home);
        if (found.size() > LARGEST_HOME) return;
        Map<Node, List<Quad>> bySubject = new HashMap<>();
        found.forEach(q -> bySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q));
        bySubject.forEach((subject, quads) -> {
            if (quads.size() <= LARGEST_KEPT) subjects.put(subject, List.copyOf(quads));
        });
        List<Quad> pointing = homeQuads(HOME_INCOMING, home);
        if (pointing.size() > LARGEST_HOME) return;
        Map<Node, List<Quad>> byObject = new HashMap<>();
        bySubject.keySet().forEach(subject -> byObject.put(subject, new ArrayList<>()));
        pointing.forEach(q -> byObject.computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(q));
        byObject.forEach((object, quads) -> {
            if (quads.size() <= LARGEST_KEPT) incoming.put(object, List.copyOf(quads));
        });
    }

    private List<Quad> homeQuads(Query query, Node home) {
        List<Quad> found = new ArrayList<>();
        try (var qe = QueryExecHTTP.service(queryService).query(query).substitution("home", home).build()) {
            qe.select().forEachRemaining(b -> found.add(Quad.create(b.get("g") == null ? Quad.defaultGraphIRI : b.get("g"),
                    b.get("s"), b.get("p"), b.get("o"))));
        }
        return found;
    }

    private List<Quad> select(Query query, Node g, Node s, Node p, Node o) {
        QueryExecBuilder exec = QueryExecHTTP.service(queryService).query(query);
        if (g != null && !Quad.isDefaultGraph(g)) exec = exec.substitution("g", g);
        if (concrete(s)) exec = exec.substitution("s", s);
        if (concrete(p)) exec = exec.substitution("p", p);
        if (concrete(o)) exec = exec.substitution("o", o);
        List<Quad> out = new ArrayList<>();
        try (var qe = exec.build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                Node graph = g != null ? g : b.get("g") == null ? Quad.defaultGraphIRI : b.get("g");
                out.add(Quad.create(graph, value(b, "s", s), value(b, "p", p), value(b, "o", o)));
            }
        }
        return out;
    }

    private static boolean concrete(Node n) {
        return n != null && n.isConcrete();
    }

    private static Node value(Binding b, String var, Node given) {
        return concrete(given) ? given : b.get(var);
    }

    /**
     * The triples of each of the named graphs {@code names}, in one request: the names go in as a VALUES block
     * built as syntax (never spliced into the query text), ahead of the graph pattern so that the store looks up
     * just those graphs.
     */
    public Map<Node, List<Triple>> namedGraphs(List<Node> names) {
        Map<Node, List<Triple>> out = new HashMap<>();
        names.forEach(n -> out.put(n, new ArrayList<>()));
        if (names.isEmpty()) return out;
        Var g = Var.alloc("g");
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        Var o = Var.alloc("o");
        ElementData values = new ElementData();
        values.add(g);
        names.forEach(n -> values.add(BindingFactory.binding(g, n)));
        ElementPathBlock triple = new ElementPathBlock();
        triple.addTriple(Triple.create(s, p, o));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(values);
        pattern.addElement(new ElementNamedGraph(g, triple));
        Query query = new Query();
        query.setQuerySelectType();
        List.of(g, s, p, o).forEach(query::addResultVar);
        query.setQueryPattern(pattern);
        try (var qe = QueryExecHTTP.service(queryService).query(query).build()) {
            qe.select().forEachRemaining(b -> {
                List<Triple> triples = out.get(b.get(g));
                if (triples != null) triples.add(Triple.create(b.get(s), b.get(p), b.get(o)));
            });
        }
        return out;
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        List<Node> names = new ArrayList<>();
        try (var qe = QueryExecHTTP.service(queryService).query(GRAPH_NAMES).build()) {
            qe.select().forEachRemaining(b -> names.add(b.get("g")));
        }
        return names.iterator();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a remote store is read here; load it with 'load --endpoint'");
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public void begin(TxnType type) { transactional.begin(type); }

    @Override
    public void begin(ReadWrite readWrite) { transactional.begin(readWrite); }

    @Override
    public boolean promote(Promote mode) { return transactional.promote(mode); }

    @Override
    public void commit() { transactional.commit(); }

    @Override
    public void abort() { transactional.abort(); }

    @Override
    public void end() { transactional.end(); }

    @Override
    public ReadWrite transactionMode() { return transactional.transactionMode(); }

    @Override
    public TxnType transactionType() { return transactional.transactionType(); }

    @Override
    public boolean isInTransaction() { return transactional.isInTransaction(); }
}
