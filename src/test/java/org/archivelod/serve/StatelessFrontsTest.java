package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.archivelod.serve.http.DatasetRelease;
import org.archivelod.serve.http.ReleaseWatch;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.RemoteDatasetGraph;
import org.archivelod.store.RemoteStoreLoader;
import org.archivelod.uri.UriScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stateless fronts over one store, for real: a Fuseki server over a TDB2 dataset whose default graph is the union of
 * its named graphs; the site fixtures loaded into it as {@code load --endpoint} does; two fronts started over it. They
 * start without scanning the store (a few small queries, whatever its size), and answer byte for byte alike, with
 * the release the store describes as their ETag.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class StatelessFrontsTest {
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final List<String> QUERIES = java.util.Collections.synchronizedList(new ArrayList<>());
    @TempDir
    static Path tmp;
    private static DatasetGraph tdb;
    private static FusekiServer fuseki;
    private static String endpoint;
    private static ArchiveStore storeA;
    private static ArchiveStore storeB;
    private static ArchiveServer frontA;
    private static ArchiveServer frontB;
    private static int startRequests;
    private static List<String> startQueries;
    private static int documents;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        tdb = TDB2Factory.connectDataset(tmp.resolve("tdb").toString()).asDatasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Filter counting = (request, response, chain) -> {
            REQUESTS.incrementAndGet();
            QUERIES.add(String.valueOf(request.getParameter("query")));
            chain.doFilter(request, response);
        };
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", tdb, true).addFilter("/*", counting).build().start();
        endpoint = "http://localhost:" + fuseki.getHttpPort() + "/ds";
        ArchiveStore fixtures = SiteFixtures.store();
        documents = new RemoteStoreLoader(endpoint).load(sink -> StreamRDFOps.sendDatasetToStream(fixtures.datasetGraph(), sink));
        REQUESTS.set(0);
        QUERIES.clear();
        storeA = ArchiveStore.remote(endpoint);
        frontA = ArchiveServer.front(settings(), storeA, warning -> {});
        startRequests = REQUESTS.get();
        startQueries = List.copyOf(QUERIES);
        storeB = ArchiveStore.remote(endpoint);
        frontB = ArchiveServer.front(settings(), storeB, warning -> {});
    }

    private static ServeSettings settings() throws Exception {
        // both fronts serve the public address of the load balancer in front of them, the base the data was minted under
        return new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, false, Files.createTempDirectory(tmp, "unused-dumps"));
    }

    @AfterAll
    static void stop() {
        if (frontA != null) frontA.close();
        if (frontB != null) frontB.close();
        if (fuseki != null) fuseki.stop();
    }

    private HttpResponse<byte[]> get(ArchiveServer front, String path, String accept) throws Exception {
        return get(http, front, path, accept);
    }

    /** The answer of {@code server} to {@code GET path} with {@code Accept: accept}, as bytes. */
    static HttpResponse<byte[]> get(HttpClient http, ArchiveServer server, String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aFrontStartsWithAFewSmallQueries_notAScanOfTheStore() {
        // the release with whether the default graph shows it (one query, read once: the watch starts from it), the
        // redirects
        assertTrue(startRequests <= 2, "a front's start asked the store " + startRequests + " times: " + startQueries);
        assertEquals(startRequests, startQueries.size());
        assertEquals(1, startQueries.stream().filter(q -> q.startsWith("SELECT") && q.contains("?issued")).count(),
                "the release read more than once at start: " + startQueries);
        UriScheme uris = UriScheme.at(ServeFixtures.BASE);
        for (String query : startQueries) {
            // each names the one small graph it reads (the release, the redirects): none walks the documents
            assertTrue(query.contains("<" + uris.releaseGraph() + ">") || query.contains("<" + uris.redirectsGraph() + ">"), query);
        }
        assertTrue(documents > 1, "the store holds the documents: " + documents);
    }

    @Test
    void twoFrontsOverOneStore_answerByteForByteAlike() throws Exception {
        String letter = UriScheme.at(ServeFixtures.BASE).sitePath(ServeFixtures.LETTER).orElseThrow().replaceFirst("^/id/", "");
        List<String[]> asked = List.of(
                new String[] {"/", "text/html"},
                new String[] {UriScheme.pagePath(letter), "text/html"},
                new String[] {UriScheme.pagePath("person/zhou-enlai"), "text/html"},
                new String[] {UriScheme.dataPath("person/zhou-enlai") + ".ttl", "text/turtle"},
                new String[] {UriScheme.dataPath("person/zhou-enlai") + ".jsonld", "application/ld+json"},
                new String[] {"/timeline", "text/html"},
                new String[] {"/network", "text/html"},
                new String[] {"/search?q=Chou", "text/html"},
                new String[] {"/search?q=Chou&format=json", "application/json"},
                // the protocols: reconciliation reads the name index of the store's site graph, CMIF is written once
                new String[] {"/reconcile?queries=" + java.net.URLEncoder.encode(
                        "{\"q0\":{\"query\":\"Chou En-lai\",\"type\":\"person\"},\"q1\":{\"query\":\"Filippov\",\"limit\":3}}",
                        java.nio.charset.StandardCharsets.UTF_8), "application/json"},
                new String[] {"/cmif.xml", "application/xml"});
        List<String> checked = new ArrayList<>();
        for (String[] ask : asked) {
            // each front answers the first view, then the repeat from its cache: both the same as the other front's
            for (int round = 0; round < 2; round++) {
                HttpResponse<byte[]> a = get(frontA, ask[0], ask[1]);
                HttpResponse<byte[]> b = get(frontB, ask[0], ask[1]);
                assertEquals(200, a.statusCode(), ask[0] + ": " + new String(a.body(), java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(a.statusCode(), b.statusCode(), ask[0]);
                assertEquals(a.headers().firstValue("Content-Type"), b.headers().firstValue("Content-Type"), ask[0]);
                assertEquals(a.headers().firstValue("ETag"), b.headers().firstValue("ETag"), ask[0]);
                assertEquals(a.headers().firstValue("Last-Modified"), b.headers().firstValue("Last-Modified"), ask[0]);
                assertArrayEquals(a.body(), b.body(), ask[0]);
            }
            checked.add(ask[0]);
        }
        String release = storeA.remote().orElseThrow().release(ServeFixtures.BASE).orElseThrow().id();
        Optional<String> etag = get(frontA, UriScheme.pagePath("person/zhou-enlai"), "text/html").headers().firstValue("ETag");
        assertTrue(etag.orElseThrow().startsWith("\"" + release.substring(0, 16)), "the ETag is the release the store describes: " + etag);
        String search = new String(get(frontA, "/search?q=Chou", "text/html").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(search.contains("Mao Zedong"), "the reply naming Chou En-lai is found: " + search);
        String reconciled = new String(get(frontB, asked.get(asked.size() - 2)[0], "application/json").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(reconciled.contains("\"id\":\"person/zhou-enlai\""), "Chou En-lai is Zhou Enlai: " + reconciled);
        assertEquals(asked.size(), checked.size());
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)   // last: it loads a new release behind the fronts
    void aNewReleaseLoadedBehindTheFronts_isSeenWithinTheWatchTime_andNoRequestWaitsForTheRead() throws Exception {
        RemoteDatasetGraph remote = storeA.remote().orElseThrow();
        MutableClock clock = new MutableClock();
        List<Runnable> reads = new ArrayList<>();
        ReleaseWatch watch = new ReleaseWatch(remote, ServeFixtures.BASE, clock, reads::add);
        DatasetRelease before = watch.get();
        assertNotEquals(ReleaseWatch.UNDESCRIBED, before);
        ArchiveStore fixtures = SiteFixtures.store();
        new RemoteStoreLoader(endpoint).load(sink -> StreamRDFOps.sendDatasetToStream(fixtures.datasetGraph(), sink));
        assertEquals(before, watch.get(), "read again only after the watch time");
        assertTrue(reads.isEmpty(), "read again only after the watch time");
        clock.now = clock.now.plus(ReleaseWatch.EVERY).plusSeconds(1);
        assertEquals(before, watch.get(), "the release known is served while the store is read again");
        assertEquals(before, watch.get());
        assertEquals(1, reads.size(), "one read at a time");
        reads.remove(0).run();
        DatasetRelease after = watch.get();
        assertNotEquals(before.digest(), after.digest(), "the same content loaded again is a new release");
        assertTrue(reads.isEmpty(), "the time counts again from that read");
        // the watch a front makes reads on a thread of its own
        ReleaseWatch threaded = new ReleaseWatch(remote, ServeFixtures.BASE, clock);
        new RemoteStoreLoader(endpoint).load(sink -> StreamRDFOps.sendDatasetToStream(fixtures.datasetGraph(), sink));
        clock.now = clock.now.plus(ReleaseWatch.EVERY).plusSeconds(1);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (threaded.get().equals(after) && System.nanoTime() < until) Thread.sleep(20);
        assertNotEquals(after, threaded.get(), "the release loaded since is served once read");
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");

        @Override
        public java.time.ZoneId getZone() { return ZoneOffset.UTC; }

        @Override
        public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override
        public Instant instant() { return now; }
    }
}
