package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.archivelod.pipeline.Publication;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.RemoteStoreLoader;
import org.archivelod.uri.UriScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a front reads from its store to answer a page: a bounded number of requests, whatever the collection's size
 * (not one per subject the page names), and the same bytes as the server embedded over the same store. One TDB2
 * store holding the site fixtures (loaded as {@code load --endpoint} does) is served twice: by a standalone-like
 * Fuseki (union default graph) with fronts over it, and embedded ({@code serve --store}).
 */
class FrontReadsTest {
    /**
     * The most store requests a document's page may cost on its first view (17 here, 17 for a letter of the 10^4
     * synthetic store): its graph, its subjects and what points at them (a count and a fetch each), then what they
     * point at and their labels a level at a time, who refers to it, the documents before and after it; before, a
     * request per subject the page read (73 here, 474 at 10^4 documents).
     */
    static final int MOST_REQUESTS_PER_DOCUMENT = 18;
    /**
     * The most for an entity's page (22 here, 34 for a person at 10^4): its named queries, one request each (who
     * refers to it, a page of its passages, the sizes of its five lists, its life, its correspondents...), and what
     * those name, read a level at a time (the passages' targets, their sources and selectors, their documents, labels);
     * before, a request per subject read (52 here, 1,182 at 10^4).
     */
    static final int MOST_REQUESTS_PER_ENTITY = 24;
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final List<String> QUERIES = Collections.synchronizedList(new ArrayList<>());
    @TempDir
    static Path tmp;
    private static ArchiveStore local;
    private static FusekiServer fuseki;
    private static String endpoint;
    private static ArchiveServer embedded;
    private static final List<ArchiveServer> FRONTS = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        local = ArchiveStore.open(tmp.resolve("tdb"));
        DatasetGraph tdb = local.datasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Filter counting = (request, response, chain) -> {
            REQUESTS.incrementAndGet();
            QUERIES.add(String.valueOf(request.getParameter("query")).replaceAll("\\s+", " "));
            chain.doFilter(request, response);
        };
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", tdb, true).addFilter("/*", counting).build().start();
        endpoint = "http://localhost:" + fuseki.getHttpPort() + "/ds";
        ArchiveStore fixtures = SiteFixtures.store();
        new RemoteStoreLoader(endpoint).load(sink -> StreamRDFOps.sendDatasetToStream(fixtures.datasetGraph(), sink));
        Path dumps = Files.createTempDirectory(tmp, "dumps");
        Publication.Artifacts made = Publication.publish(local, dumps, ArchiveServer.filing(local), step -> {});
        embedded = ArchiveServer.start(settings(dumps), local, made);
    }

    private static ServeSettings settings(Path dumps) {
        return new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, false, dumps);
    }

    /** A new front over the store: nothing read yet, nothing cached. */
    private static ArchiveServer front() throws Exception {
        ArchiveServer front = ArchiveServer.front(settings(Files.createTempDirectory(tmp, "unused")), ArchiveStore.remote(endpoint), w -> {});
        FRONTS.add(front);
        return front;
    }

    @AfterAll
    static void stop() {
        FRONTS.forEach(ArchiveServer::close);
        if (embedded != null) embedded.close();
        if (fuseki != null) fuseki.stop();
        if (local != null) local.close();
    }

    private HttpResponse<byte[]> get(ArchiveServer server, String path, String accept) throws Exception {
        return StatelessFrontsTest.get(http, server, path, accept);
    }

    /** The store requests behind the first view of {@code path} on a new front. */
    private int requestsBehind(String path, String accept) throws Exception {
        ArchiveServer front = front();
        REQUESTS.set(0);
        QUERIES.clear();
        HttpResponse<byte[]> answer = get(front, path, accept);
        assertEquals(200, answer.statusCode(), path);
        return REQUESTS.get();
    }

    private static String letterPath() {
        return UriScheme.at(ServeFixtures.BASE).sitePath(ServeFixtures.LETTER).orElseThrow().replaceFirst("^/id/", "");
    }

    @Test
    void aDocumentsPage_costsABoundedNumberOfStoreRequests() throws Exception {
        int requests = requestsBehind(UriScheme.pagePath(letterPath()), "text/html");
        assertTrue(requests <= MOST_REQUESTS_PER_DOCUMENT, "a document's page asked the store " + requests + " times: " + String.join("\n", QUERIES));
    }

    @Test
    void anEntitysPage_costsABoundedNumberOfStoreRequests() throws Exception {
        int requests = requestsBehind(UriScheme.pagePath("person/zhou-enlai"), "text/html");
        assertTrue(requests <= MOST_REQUESTS_PER_ENTITY, "an entity's page asked the store " + requests + " times: " + String.join("\n", QUERIES));
    }

    @Test
    void aFrontsPages_areTheEmbeddedServersBytes() throws Exception {
        ArchiveServer front = front();
        List<String[]> asked = List.of(
                // (not the home page: a front lists no dumps, it writes none)
                new String[] {UriScheme.pagePath(letterPath()), "text/html"},
                new String[] {UriScheme.dataPath(letterPath()) + ".ttl", "text/turtle"},
                new String[] {UriScheme.pagePath("person/zhou-enlai"), "text/html"},
                new String[] {UriScheme.pagePath("person/stalin"), "text/html"},
                new String[] {UriScheme.dataPath("person/zhou-enlai") + ".ttl", "text/turtle"},
                new String[] {UriScheme.dataPath("person/stalin") + ".jsonld", "application/ld+json"},
                new String[] {"/timeline", "text/html"},
                new String[] {"/network", "text/html"});
        for (String[] ask : asked) {
            HttpResponse<byte[]> mine = get(front, ask[0], ask[1]);
            HttpResponse<byte[]> theirs = get(embedded, ask[0], ask[1]);
            assertEquals(200, mine.statusCode(), ask[0]);
            assertEquals(theirs.statusCode(), mine.statusCode(), ask[0]);
            assertEquals(theirs.headers().firstValue("Content-Type"), mine.headers().firstValue("Content-Type"), ask[0]);
            assertArrayEquals(theirs.body(), mine.body(), ask[0] + ":\n" + new String(mine.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
