package org.archivelod.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * A front's reads of the union of the published graphs ({@link PublishedUnion}): a subject's distinct statements, not
 * one copy per document graph restating it. A subject {@link RemoteDatasetGraph} keeps whole is answered from its
 * quads; one whose batch waits to be fetched whole is fetched as for any reader; one too large to keep is asked of
 * the store's default graph (the union) with the others of its batch not known yet, {@code batchSubjects} a request;
 * one a description reads alone, by itself ({@link #alone}). And a window of what the published graphs state about a thing
 * or point at it is one request ({@link #window}, for {@link PublishedWindows}).
 */
final class PublishedReads {
    private final SparqlQuads service;
    private final ReadBatches batches;
    /** The quads of a subject kept whole, or null. */
    private final Function<Node, List<Quad>> keptWhole;
    /** Fetches a batch's subjects whole, as for any reader. */
    private final Consumer<List<Node>> fetchWhole;
    private final LatestKept<Node, List<Quad>> published;
    /** The subjects the site graph has as restated, with their statements ({@link RestatedStatements}), if read. */
    private final Supplier<Optional<RestatedStatements>> restated;
    private final int batchSubjects;
    private final int batchQuads;
    /** The graphs left out of the published union; none read that way until {@link #readPublished} says. */
    private volatile Optional<PublishedUnion> union = Optional.empty();

    PublishedReads(SparqlQuads service, ReadBatches batches, Function<Node, List<Quad>> keptWhole, Consumer<List<Node>> fetchWhole,
            LatestKept<Node, List<Quad>> published, Supplier<Optional<RestatedStatements>> restated, int batchSubjects,
            int batchQuads) {
        this.service = service;
        this.batches = batches;
        this.keptWhole = keptWhole;
        this.fetchWhole = fetchWhole;
        this.published = published;
        this.restated = restated;
        this.batchSubjects = batchSubjects;
        this.batchQuads = batchQuads;
    }

    /** Reads the union of all named graphs but {@code hidden} from now on. */
    void readPublished(List<Node> hidden) {
        this.union = Optional.of(new PublishedUnion(hidden));
    }

    /** The published statements fetched for {@code s} (a subject too large to keep whole), or null. */
    List<Quad> fetched(Node s) {
        return published.get(s);
    }

    /** See {@link RemoteDatasetGraph#findPublished}. */
    Optional<Iterator<Triple>> find(Node s, Node p, Node o) {
        Optional<PublishedUnion> read = union;
        if (read.isEmpty() || s == null || !s.isURI()) return Optional.empty();
        List<Quad> about = known(s, read.get());
        if (about == null) {
            // a batch waiting to be fetched whole is fetched as it would be for any reader (its quads serve both)
            batches.toFetchWith(s).ifPresent(fetchWhole);
            about = known(s, read.get());
        }
        if (about == null) {
            // too large to keep: the distinct statements of it and of the rest of its batch not known yet; a subject
            // met alone is read as any reader reads it (its quads, which a page's later reads of it use too), but for
            // one whose copies are too many to keep, which were read again at each pattern of its page
            Optional<List<Node>> batch = batches.windowOf(s).or(() -> batches.largeWith(s));
            if (batch.isEmpty()) {
                about = restatedAlone(s).orElse(null);
                if (about == null) return Optional.empty();
            } else {
                fetchWith(s, batch.get(), read.get());
                about = known(s, read.get());
            }
        }
        return Optional.of(Iter.map(RemoteDatasetGraph.matching(about.stream(), p, o), Quad::asTriple));
    }

    /**
     * The distinct statements of {@code s}, met alone, when the site graph has it as restated in so many graphs that its
     * copies are more than a subject kept whole ({@value RemoteDatasetGraph#LARGEST_KEPT} quads): kept, from one small
     * request, where its copies (the software at 3×10^4 documents: 90,000 quads, 3–19 s of Fuseki's time each read)
     * were read again at each pattern of its page, 15 times.
     */
    private Optional<List<Quad>> restatedAlone(Node s) {
        Optional<RestatedStatements.Restated> found = restated.get().map(r -> r.of(List.of(s)).get(s))
                .filter(r -> r.quads() > RemoteDatasetGraph.LARGEST_KEPT);
        found.ifPresent(r -> published.put(s, r.statements()));
        return found.map(RestatedStatements.Restated::statements);
    }

    /** Keeps the published union's statements about {@code s} and those of {@code batch} not known yet. */
    private void fetchWith(Node s, List<Node> batch, PublishedUnion read) {
        List<Node> window = new ArrayList<>();
        window.add(s);
        window.addAll(batch);
        List<Node> missing = window.stream().filter(n -> n.isURI() && known(n, read) == null).distinct().toList();
        for (int from = 0; from < missing.size(); from += batchSubjects) {
            fetch(missing.subList(from, Math.min(missing.size(), from + batchSubjects)), read);
        }
    }

    /**
     * The published statements about {@code s} (an IRI), each once: as {@link #find}, but one met alone is asked of the
     * union alone, never read a copy at a time (the software, restated in every document graph, was 30,003 rows at
     * 10^4 documents, asked again on every view, since a subject of over 5,000 quads is not kept); empty when the
     * published union is not read here.
     */
    Optional<List<Triple>> alone(Node s) {
        Optional<PublishedUnion> read = union;
        if (read.isEmpty() || !s.isURI()) return Optional.empty();
        List<Quad> about = known(s, read.get());
        if (about == null) {
            fetch(List.of(s), read.get());
            about = known(s, read.get());
        }
        return Optional.of(about.stream().map(Quad::asTriple).toList());
    }

    /**
     * The quads of the published graphs with {@code s} as subject or {@code o} as object (either concrete), from the
     * {@code offset}-th, {@code limit} at most, in the store's order: one request, the hidden graphs left out by the
     * store; empty when the published union is not read here.
     */
    Optional<List<Quad>> window(Node s, Node o, long offset, long limit) {
        Optional<PublishedUnion> read = union;
        if (read.isEmpty()) return Optional.empty();
        return Optional.of(service.select(read.get().inNamedGraphs(), null, s, Node.ANY, o, offset, limit));
    }

    /** What is known of {@code s} in the published union: from its quads kept whole, or fetched so; null when neither. */
    private List<Quad> known(Node s, PublishedUnion read) {
        List<Quad> all = keptWhole.apply(s);
        if (all != null) {
            return all.stream().filter(q -> !q.isDefaultGraph() && !read.hidden().contains(q.getGraph()))
                    .map(q -> Quad.create(Quad.defaultGraphIRI, q.asTriple())).distinct().toList();
        }
        return published.get(s);
    }

    /**
     * Keeps the published union's statements about each of {@code nodes}: those the site graph has as restated from
     * there, the others asked in one request (each alone past a bound).
     */
    private void fetch(List<Node> nodes, PublishedUnion read) {
        Map<Node, List<Quad>> known = restated.get().map(r -> r.statementsOf(nodes)).orElse(Map.of());
        known.forEach(published::put);
        List<Node> others = nodes.stream().filter(n -> !known.containsKey(n)).toList();
        if (!others.isEmpty()) ask(others, read);
        // what these point at is read next (their labels, time-spans): a level at a time, as for subjects kept whole
        batches.fetched(List.copyOf(nodes), List.of());
    }

    private void ask(List<Node> nodes, PublishedUnion read) {
        List<Quad> found = service.quads(ValuesQuery.of(read.query(), "s", nodes), Map.of(), batchQuads);
        if (found == null) {
            if (nodes.size() > 1) {
                nodes.forEach(n -> ask(List.of(n), read));
                return;
            }
            found = service.quads(ValuesQuery.of(read.query(), "s", nodes), Map.of(), Integer.MAX_VALUE - 1);
        }
        CountedFetch.byNode(nodes, found, Quad::getSubject).forEach(published::put);
    }
}
