package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.dump.DumpWriter;
import org.archivelod.serve.ServeFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remote view against a real Fuseki over HTTP: the same answers as the store itself, in fewer requests. */
class RemoteDatasetGraphTest {
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static DatasetGraph local;
    private static FusekiServer fuseki;
    private static String service;

    @BeforeAll
    static void start() {
        local = RDFDataMgr.loadDatasetGraph(ServeFixtures.ARCHIVE.toString());
        Filter counting = (request, response, chain) -> {
            REQUESTS.incrementAndGet();
            chain.doFilter(request, response);
        };
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", local).addFilter("/*", counting).build().start();
        service = "http://localhost:" + fuseki.getHttpPort() + "/ds";
    }

    @AfterAll
    static void stop() {
        fuseki.stop();
    }

    private static Set<Quad> set(java.util.Iterator<Quad> quads) {
        return new HashSet<>(Iter.toList(quads));
    }

    @Test
    void everyPatternWithASubject_answersAsTheStoreDoes() {
        RemoteDatasetGraph remote = new RemoteDatasetGraph(service);
        Node letter = NodeFactory.createURI(ServeFixtures.LETTER);
        Node graph = local.listGraphNodes().next();
        for (Node s : List.of(letter, NodeFactory.createURI(ServeFixtures.ZHOU))) {
            for (Node g : List.of(Node.ANY, graph, Quad.defaultGraphIRI)) {
                assertEquals(set(local.find(g, s, Node.ANY, Node.ANY)), set(remote.find(g, s, Node.ANY, Node.ANY)), s + " in " + g);
                assertEquals(set(local.find(g, s, RDFS.label.asNode(), Node.ANY)),
                        set(remote.find(g, s, RDFS.label.asNode(), Node.ANY)), s + " labels in " + g);
            }
        }
        assertEquals(set(local.find(Node.ANY, Node.ANY, Node.ANY, letter)), set(remote.find(Node.ANY, Node.ANY, Node.ANY, letter)));
        assertTrue(remote.find(Node.ANY, letter, Node.ANY, Node.ANY).hasNext());
    }

    @Test
    void aStoreWhoseDefaultGraphIsTheUnion_showsAnEmptyDefaultGraph_notASecondCopy() {
        DatasetGraph union = TDB2Factory.createDataset().asDatasetGraph();
        union.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(union, () -> local.find().forEachRemaining(union::add));
        FusekiServer other = FusekiServer.create().port(0).loopback(true).add("/u", union).build().start();
        try {
            RemoteDatasetGraph remote = new RemoteDatasetGraph("http://localhost:" + other.getHttpPort() + "/u");
            assertTrue(remote.getDefaultGraph().isEmpty());
            Node letter = NodeFactory.createURI(ServeFixtures.LETTER);
            assertEquals(set(local.find(Node.ANY, letter, Node.ANY, Node.ANY)), set(remote.find(Node.ANY, letter, Node.ANY, Node.ANY)));
        } finally {
            other.stop();
        }
    }

    @Test
    void dumpsOfTheRemoteStore_areTheBytesOfTheLocalOnes_fromABatchOfGraphsPerRequest(@TempDir Path tmp) throws Exception {
        new DumpWriter().write(local, tmp.resolve("local"));
        int before = REQUESTS.get();
        new DumpWriter().write(new RemoteDatasetGraph(service), tmp.resolve("remote"));
        long graphs = Iter.count(local.listGraphNodes());
        assertTrue(graphs >= 3, "the fixture has several graphs: " + graphs);
        assertTrue(REQUESTS.get() - before <= 3, "graph names, the default graph, one batch: " + (REQUESTS.get() - before));
        assertEquals(Files.readString(tmp.resolve("local").resolve(DumpWriter.SUMS)),
                Files.readString(tmp.resolve("remote").resolve(DumpWriter.SUMS)));
    }

    @Test
    void questionsAboutOneSubject_takeOneRequest() {
        RemoteDatasetGraph remote = new RemoteDatasetGraph(service);
        Node zhou = NodeFactory.createURI(ServeFixtures.ZHOU);
        int before = REQUESTS.get();
        remote.find(Node.ANY, zhou, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {});
        remote.find(Node.ANY, zhou, Node.ANY, Node.ANY).forEachRemaining(q -> {});
        remote.find(Node.ANY, zhou, RDFS.comment.asNode(), Node.ANY).forEachRemaining(q -> {});
        assertEquals(1, REQUESTS.get() - before);
        remote.find(Node.ANY, Node.ANY, Node.ANY, zhou).forEachRemaining(q -> {});
        assertEquals(2, REQUESTS.get() - before, "a pattern without a subject is asked as it is");
    }

    @Test
    void aSubjectRestatedInManyGraphs_isReadInThePublishedUnionOnce_withoutTheSiteGraph() {
        // more quads than a subject kept whole has: 2 statements in each graph
        int graphsRestating = RemoteDatasetGraph.LARGEST_KEPT / 2 + 100;
        DatasetGraph union = TDB2Factory.createDataset().asDatasetGraph();
        union.getContext().set(TDB2.symUnionDefaultGraph, true);
        Node archive = NodeFactory.createURI("http://example.org/id/group/an-archive");
        Node label = RDFS.label.asNode();
        Node site = NodeFactory.createURI("http://example.org/graph/site");
        Txn.executeWrite(union, () -> {
            for (int i = 0; i < graphsRestating; i++) {
                Node g = NodeFactory.createURI("http://example.org/graph/document/d" + i);
                union.add(g, archive, label, NodeFactory.createLiteralLang("An archive", "en"));
                union.add(g, archive, RDFS.comment.asNode(), NodeFactory.createLiteralString("kept in " + (i % 2)));
            }
            union.add(site, archive, label, NodeFactory.createLiteralString("the site's own"));
            union.add(site, archive, RDFS.seeAlso.asNode(), NodeFactory.createLiteralString("bookkeeping"));
        });
        AtomicInteger requests = new AtomicInteger();
        Filter counting = (request, response, chain) -> {
            requests.incrementAndGet();
            chain.doFilter(request, response);
        };
        FusekiServer other = FusekiServer.create().port(0).loopback(true).add("/u", union).addFilter("/*", counting).build().start();
        try {
            RemoteDatasetGraph remote = new RemoteDatasetGraph("http://localhost:" + other.getHttpPort() + "/u");
            remote.readPublished(List.of(site));
            // named by a page query's answer (a list's items): read in the union with the rest of the answer
            remote.willRead(List.of(archive, NodeFactory.createURI("http://example.org/id/group/another")));
            DatasetGraph published = new WithoutSiteGraph(remote);
            List<Quad> read = Iter.toList(published.find(Quad.unionGraph, archive, Node.ANY, Node.ANY));
            List<Quad> expected = Txn.calculateRead(union, () -> Iter.toList(new WithoutSiteGraph(union).find(Quad.unionGraph, archive, Node.ANY, Node.ANY)));
            assertEquals(new HashSet<>(expected), new HashSet<>(read));
            assertEquals(3, read.size(), "each statement once, none of the site graph's: " + read);
            assertEquals(2, requests.get(), "how many quads it has, then its distinct statements");
            assertEquals(List.of("An archive"), Iter.toList(Iter.map(published.find(Quad.unionGraph, archive, label, Node.ANY),
                    q -> q.getObject().getLiteralLexicalForm())));
            assertEquals(2, requests.get(), "what was read of it is kept");
            assertEquals(2L * graphsRestating + 2, Iter.count(remote.find(Node.ANY, archive, Node.ANY, Node.ANY)),
                    "its quads are still one a graph, the site graph's too");
        } finally {
            other.stop();
        }
    }

    /** A TDB2 store showing the union of its named graphs as default graph, {@code o} pointed at twice from each of {@code graphs} graphs. */
    private static DatasetGraph pointedAt(Node o, int graphs) {
        DatasetGraph union = TDB2Factory.createDataset().asDatasetGraph();
        union.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(union, () -> {
            for (int i = 0; i < graphs; i++) {
                Node g = NodeFactory.createURI("http://example.org/graph/document/d" + i);
                Node s = NodeFactory.createURI("http://example.org/id/document/d" + i);
                union.add(g, s, NodeFactory.createURI("http://example.org/mentions"), o);
                union.add(g, NodeFactory.createURI(s.getURI() + "/part"), NodeFactory.createURI("http://example.org/about"), o);
            }
        });
        return union;
    }

    /** A Fuseki over {@code store} at /u, noting each request's query text in {@code asked}. */
    private static FusekiServer noting(DatasetGraph store, List<String> asked) {
        Filter noting = (request, response, chain) -> {
            asked.add(request.getParameter("query"));
            chain.doFilter(request, response);
        };
        return FusekiServer.create().port(0).loopback(true).add("/u", store).addFilter("/*", noting).build().start();
    }

    @Test
    void whatPointsAtAThing_isAskedAWindowAtATime_inTheStoresOwnOrder() {
        Node person = NodeFactory.createURI("http://example.org/id/person/stalin");
        DatasetGraph union = pointedAt(person, 600);
        List<String> asked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        FusekiServer other = noting(union, asked);
        try {
            RemoteDatasetGraph remote = new RemoteDatasetGraph("http://localhost:" + other.getHttpPort() + "/u");
            List<Quad> embedded = Txn.calculateRead(union, () -> Iter.toList(union.find(Node.ANY, Node.ANY, Node.ANY, person)));
            // a page of what points at it (as /data reads it): its first 201
            java.util.Iterator<Quad> read = remote.find(Node.ANY, Node.ANY, Node.ANY, person);
            List<Quad> page = new java.util.ArrayList<>();
            while (page.size() < 201 && read.hasNext()) page.add(read.next());
            assertEquals(embedded.subList(0, 201), page, "the embedded store's first 201, in its order");
            assertEquals(1, asked.size(), "one request: " + asked);
            long rows = org.apache.jena.query.QueryFactory.create(asked.get(0)).getLimit();
            assertTrue(rows > 0 && rows <= RemoteDatasetGraph.FIRST_WINDOW, "a window of the 1,200, not all: " + asked.get(0));
            // read to its end: the rest in windows twice as long, the whole answer in the store's order
            List<Quad> all = Iter.toList(remote.find(Node.ANY, Node.ANY, Node.ANY, person));
            assertEquals(embedded, all);
            assertEquals(1 + 3, asked.size(), "256, 512, then the last 432: " + asked);
        } finally {
            other.stop();
        }
    }

    @Test
    void overADefaultGraphShowingTheUnion_anyGraphIsAskedOfTheNamedGraphsAlone() {
        Node person = NodeFactory.createURI("http://example.org/id/person/stalin");
        DatasetGraph union = pointedAt(person, 20);
        List<String> asked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        FusekiServer other = noting(union, asked);
        try {
            RemoteDatasetGraph remote = new RemoteDatasetGraph("http://localhost:" + other.getHttpPort() + "/u");
            remote.defaultGraphIsUnion();
            Node document = NodeFactory.createURI("http://example.org/id/document/d3");
            Txn.executeRead(union, () -> {
                assertEquals(set(union.find(Node.ANY, document, Node.ANY, Node.ANY)), set(remote.find(Node.ANY, document, Node.ANY, Node.ANY)));
                assertEquals(Iter.toList(union.find(Node.ANY, Node.ANY, Node.ANY, person)), Iter.toList(remote.find(Node.ANY, Node.ANY, Node.ANY, person)));
            });
            assertEquals(2, asked.size(), asked.toString());
            asked.forEach(q -> assertTrue(!q.contains("NOT EXISTS"), "no look for the default graph's own statements: " + q));
        } finally {
            other.stop();
        }
    }
}
