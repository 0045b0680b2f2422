package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a front fetched for a page stays readable for that page, however full its caches are of what earlier pages
 * read often: a cache forgetting by frequency (Caffeine's) refused a batch just fetched (subjects, document graphs) in
 * favour of older entries read more, and the page then asked the store again for each of its members. Counted against
 * a real Fuseki, with caches small enough to fill (a front's own hold 20,000 subjects and 2,000 document graphs).
 */
class PageFetchesKeptTest {
    /** Subjects (and statements pointing at things) a front keeps here. */
    private static final int KEPT = 200;
    private static final Node ABOUT = NodeFactory.createURI("http://example.org/about");
    private final AtomicInteger requests = new AtomicInteger();
    private FusekiServer fuseki;
    private String service;

    /** Things 0..499, each in its own document graph with a label, about a time-span of its own with a label. */
    @BeforeEach
    void start() {
        DatasetGraph store = TDB2Factory.createDataset().asDatasetGraph();
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(store, () -> {
            for (int i = 0; i < 500; i++) {
                Node g = NodeFactory.createURI("http://example.org/graph/document/d" + i);
                store.add(g, thing(i), RDFS.label.asNode(), NodeFactory.createLiteralString("thing " + i));
                store.add(g, thing(i), ABOUT, span(i));
                store.add(g, span(i), RDFS.label.asNode(), NodeFactory.createLiteralString("span " + i));
            }
        });
        Filter counting = (request, response, chain) -> {
            requests.incrementAndGet();
            chain.doFilter(request, response);
        };
        fuseki = FusekiServer.create().port(0).loopback(true).add("/u", store).addFilter("/*", counting).build().start();
        service = "http://localhost:" + fuseki.getHttpPort() + "/u";
    }

    @AfterEach
    void stop() {
        fuseki.stop();
    }

    private static Node thing(int i) {
        return NodeFactory.createURI("http://example.org/id/thing/" + i);
    }

    private static Node span(int i) {
        return NodeFactory.createURI("http://example.org/id/span/" + i);
    }

    private static List<Node> things(int from, int to) {
        List<Node> things = new ArrayList<>();
        for (int i = from; i < to; i++) things.add(thing(i));
        return things;
    }

    /**
     * A page as a front reads it: a query named {@code listed}, then each one's label, its time-spans and their labels,
     * {@code times} over. After each read the common pool, where Caffeine does a cache's upkeep (what it records of
     * reads, what it forgets), is let go idle, as it is between a front's reads of a page over HTTP: a loop reading
     * faster than that upkeep runs would read what the cache is about to forget. Nothing is timed.
     */
    private static void page(RemoteDatasetGraph remote, List<Node> listed, int times) {
        remote.pageStarts();
        remote.willRead(listed);
        for (int t = 0; t < times; t++) {
            for (Node n : listed) {
                read(remote, n, RDFS.label.asNode());
                for (Quad about : read(remote, n, ABOUT)) read(remote, about.getObject(), RDFS.label.asNode());
            }
        }
        remote.pageEnds();
    }

    private static List<Quad> read(RemoteDatasetGraph remote, Node s, Node p) {
        List<Quad> read = Iter.toList(remote.find(Node.ANY, s, p, Node.ANY));
        ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS);
        return read;
    }

    @Test
    void aBatchJustFetched_isReadFromWhatWasFetched_whenEarlierPagesFilledTheCacheWithWhatTheyReadOften() {
        RemoteDatasetGraph remote = new RemoteDatasetGraph(service, KEPT, KEPT);
        // an earlier page: 90 things and their 90 time-spans nearly fill the cache, each read five times
        page(remote, things(0, 90), 5);
        int before = requests.get();
        page(remote, things(KEPT, KEPT + 40), 1);
        // 40 more things: their statements (a count, then the quads), then their time-spans' (the same two)
        assertEquals(4, requests.get() - before, "requests for the new page's two levels");
    }

    /**
     * A page of documents as a front reads it: a query named {@code listed}, each one's label, then a pattern inside each
     * one's document graph (fetched whole, the graphs seen on the way together), {@code times} over.
     */
    private static void documentsPage(RemoteDatasetGraph remote, List<Node> listed, int times) {
        remote.pageStarts();
        remote.willRead(listed);
        for (int t = 0; t < times; t++) {
            listed.forEach(n -> read(remote, n, RDFS.label.asNode()));
            for (Node n : listed) {
                Node graph = NodeFactory.createURI(n.getURI().replace("/id/thing/", "/graph/document/d"));
                Iter.count(remote.find(graph, Node.ANY, ABOUT, Node.ANY));
                ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS);
            }
        }
        remote.pageEnds();
    }

    private static RemoteDatasetGraph keepingGraphs(String service, int graphs) {
        RemoteDatasetGraph remote = new RemoteDatasetGraph(service, KEPT, graphs);
        remote.fetchWhole(g -> g.getURI().startsWith("http://example.org/graph/document/"), n -> java.util.Optional.empty());
        return remote;
    }

    @Test
    void documentGraphsJustFetched_areReadFromWhatWasFetched_whenEarlierPagesFilledTheCacheWithGraphsTheyReadOften() {
        int graphs = 20;
        RemoteDatasetGraph fresh = keepingGraphs(service, graphs);
        int before = requests.get();
        documentsPage(fresh, things(100, 110), 1);
        int onANewFront = requests.get() - before;
        // their statements (a count, then the quads), then the ten document graphs they are in, in one request
        assertEquals(3, onANewFront, "requests for the page on a new front");
        RemoteDatasetGraph used = keepingGraphs(service, graphs);
        // an earlier page: 20 documents whose graphs fill the cache, each read five times
        documentsPage(used, things(0, graphs), 5);
        before = requests.get();
        documentsPage(used, things(100, 110), 1);
        assertEquals(onANewFront, requests.get() - before, "requests for the page after the earlier one");
    }
}
