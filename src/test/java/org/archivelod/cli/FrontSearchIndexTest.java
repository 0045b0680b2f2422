package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.archivelod.pipeline.Publication;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.serve.ArchiveServer;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.LocalRelease;
import org.archivelod.store.StoreRelease;
import org.archivelod.synth.RecordSynthesizer;
import org.archivelod.synth.SynthWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The search index as a release artifact that fronts read (issue 15), for real: a Fuseki server over TDB2 (the union
 * default graph) loaded with {@code load --endpoint}; a staging store loaded with {@code load --store} from the same
 * files, which makes the same release and its index ({@code staging-search/}); that folder, published, is shared by two
 * fronts ({@code serve --endpoint --search-index}), which answer {@code /search} as the embedded server over the staging
 * store does, byte for byte, and leave the folder as it was. A new release loaded into the store makes a front with the
 * older index answer with the SPARQL search, until the folder holds the new release's index.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrontSearchIndexTest {
    private static final List<Path> RELEASE_1 = List.of(Path.of("data/documents"), SiteFixtures.DOCUMENTS);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.concurrent.atomic.AtomicInteger REQUESTS = new java.util.concurrent.atomic.AtomicInteger();
    @TempDir
    static Path tmp;
    private static FusekiServer fuseki;
    private static String endpoint;
    private static Path staging;
    private static Path published;
    private static ArchiveStore stagingStore;
    private static Publication.Artifacts made;
    private static ArchiveServer embedded;
    private static ArchiveServer frontA;
    private static ArchiveServer frontB;
    private static final List<String> WARNINGS = Collections.synchronizedList(new ArrayList<>());
    private static Map<String, String> publishedBefore;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph tdb = TDB2Factory.connectDataset(tmp.resolve("fuseki-tdb").toString()).asDatasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        jakarta.servlet.Filter counting = (request, response, chain) -> {
            REQUESTS.incrementAndGet();
            chain.doFilter(request, response);
        };
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", tdb, true).addFilter("/*", counting).build().start();
        endpoint = "http://localhost:" + fuseki.getHttpPort() + "/ds";
        staging = tmp.resolve("staging");
        // the release, made twice from the same files: into the store the fronts serve, and on a staging machine
        assertEquals(0, load(RELEASE_1, "--endpoint", endpoint));
        assertEquals(0, load(RELEASE_1, "--store", staging.toString()));
        // the staging store's index, published as a folder of its own (what an operator copies beside the fronts)
        published = tmp.resolve("published-search");
        copy(Publication.indexOf(staging), published);
        publishedBefore = contents(published);

        stagingStore = ArchiveStore.open(staging);
        made = Publication.publish(stagingStore, Publication.dumpsOf(staging), ArchiveServer.filing(stagingStore), step -> {});
        embedded = ArchiveServer.start(settings(), stagingStore, made);
        frontA = ArchiveServer.front(settings(), ArchiveStore.remote(endpoint), Optional.of(published), WARNINGS::add);
        frontB = ArchiveServer.front(settings(), ArchiveStore.remote(endpoint), Optional.of(published), WARNINGS::add);
    }

    @AfterAll
    static void stop() {
        if (frontA != null) frontA.close();
        if (frontB != null) frontB.close();
        closeEmbedded();
        if (fuseki != null) fuseki.stop();
    }

    private static void closeEmbedded() {
        if (embedded != null) embedded.close();   // closes the index too
        if (stagingStore != null) stagingStore.close();
        embedded = null;
        stagingStore = null;
    }

    private static ServeSettings settings() throws IOException {
        return new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, false, Files.createTempDirectory(tmp, "dumps"));
    }

    private static int load(List<Path> inputs, String... target) {
        List<String> args = new ArrayList<>(inputs.stream().map(Path::toString).toList());
        args.addAll(List.of("--base", ServeFixtures.BASE));
        args.addAll(List.of(target));
        CommandLine cl = new CommandLine(new LoadCommand());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args.toArray(String[]::new));
        if (code != 0) System.err.println(err);
        return code;
    }

    private HttpResponse<byte[]> get(ArchiveServer server, String path, String accept) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + server.port() + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(1)
    void loadStoreOnStaging_makesTheReleaseThatLoadEndpointMade() {
        String stored = LocalRelease.read(stagingStore.datasetGraph()).orElseThrow().id();
        String remote = StoreRelease.read(endpoint, StoreRelease.graph(ServeFixtures.BASE)).orElseThrow().id();
        assertEquals(remote, stored, "the same files, loaded into an empty store either way, make the same release");
        assertEquals(stored, made.release().id());
        assertTrue(!made.indexRebuilt(), "the staging index is the one load --store made");
    }

    @Test
    @Order(2)
    void twoFrontsSharingOneIndexFolder_answerAsTheEmbeddedServer_byteForByte() throws Exception {
        for (String[] ask : List.of(new String[] {"/search?q=Chou", "text/html"}, new String[] {"/search?q=Chou+En-lai&format=json", "application/json"},
                new String[] {"/search?q=Stalin&person=person/zhou-enlai", "text/html"}, new String[] {"/search?q=telegram&sort=date", "text/html"})) {
            HttpResponse<byte[]> local = get(embedded, ask[0], ask[1]);
            assertEquals(200, local.statusCode(), ask[0]);
            for (int view = 0; view < 2; view++) {   // first view, then from the fronts' caches
                for (ArchiveServer front : List.of(frontA, frontB)) {
                    HttpResponse<byte[]> answer = get(front, ask[0], ask[1]);
                    assertEquals(200, answer.statusCode(), ask[0]);
                    assertEquals(local.headers().firstValue("ETag"), answer.headers().firstValue("ETag"), ask[0]);
                    assertEquals(local.headers().firstValue("Content-Type"), answer.headers().firstValue("Content-Type"), ask[0]);
                    assertArrayEquals(local.body(), answer.body(), ask[0] + ": " + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        // what only the index gives: other names, facets, passages
        JsonNode found = JSON.readTree(get(frontA, "/search?q=Chou+En-lai&format=json", "application/json").body());
        assertTrue(found.get("alsoSearchedAs").size() > 0, found.toString());
        assertTrue(found.get("facets").size() > 0, found.toString());
        assertTrue(found.get("hits").get(0).get("snippets").size() > 0, found.toString());
        assertEquals(List.of(), WARNINGS, "the index is the store's release: nothing to say");
    }

    @Test
    @Order(3)
    void aSearchPageThroughAFront_asksTheStoreOnce() throws Exception {
        // hits print their titles from the index; the labels of the facet values shown are one query (PageLabels)
        get(frontA, "/search?q=Mao", "text/html");   // the page code loaded once
        REQUESTS.set(0);
        HttpResponse<byte[]> page = get(frontA, "/search?q=Stalin&type=concept/document-type/telegram", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Kim Il Sung"), "a facet value's label");
        assertTrue(REQUESTS.get() <= 1, "a search page asked the store " + REQUESTS.get() + " times");
    }

    @Test
    @Order(3)
    void frontsLeaveTheIndexFolderAsItWas() throws Exception {
        assertEquals(publishedBefore, contents(published));
        assertTrue(!Files.exists(published.resolve("write.lock")), "no lock taken");
    }

    @Test
    @Order(4)
    void aFolderThatIsNoFolder_isRefused_andAFolderWithoutAnIndex_fallsBackWithAWord() throws Exception {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ArchiveServer.front(settings(), ArchiveStore.remote(endpoint), Optional.of(tmp.resolve("no-such-folder")), w -> {}));
        assertTrue(refused.getMessage().contains("no such folder"), refused.getMessage());
        CommandLine serve = new CommandLine(new ServeCommand());
        StringWriter err = new StringWriter();
        serve.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.USAGE, serve.execute("--endpoint", endpoint, "--search-index", tmp.resolve("no-such-folder").toString()));
        assertTrue(err.toString().contains("--search-index " + tmp.resolve("no-such-folder") + ": no such folder"), err.toString());
        Path empty = Files.createDirectories(tmp.resolve("empty-search"));
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        ArchiveServer front = ArchiveServer.front(settings(), ArchiveStore.remote(endpoint), Optional.of(empty), said::add);
        try {
            assertSparqlAnswered(get(front, "/search?q=Chou+En-lai&format=json", "application/json"));
            assertSparqlAnswered(get(front, "/search?q=Stalin&format=json", "application/json"));
            assertEquals(1, said.size(), "said once: " + said);
            assertTrue(said.get(0).contains("holds no search index") && said.get(0).contains("SPARQL"), said.toString());
            assertEquals(List.of(), Files.list(empty).toList(), "nothing written into the folder");
        } finally {
            front.close();
        }
    }

    @Test
    @Order(5)
    void anIndexOfAnotherRelease_isNotRead_untilTheFolderHoldsTheStoresRelease() throws Exception {
        String first = made.release().id();
        closeEmbedded();
        Path record = tmp.resolve("release-2");
        new SynthWriter(new RecordSynthesizer(AuthorityFile.read(Path.of("data/authority")), 7)).write(1, record);
        assertEquals(0, load(List.of(record), "--endpoint", endpoint));
        String second = StoreRelease.read(endpoint, StoreRelease.graph(ServeFixtures.BASE)).orElseThrow().id();
        assertNotEquals(first, second);

        List<String> said = Collections.synchronizedList(new ArrayList<>());
        ArchiveServer front = ArchiveServer.front(settings(), ArchiveStore.remote(endpoint), Optional.of(published), said::add);
        try {
            assertSparqlAnswered(get(front, "/search?q=Chou+En-lai&format=json", "application/json"));
            assertEquals(1, said.size(), said.toString());
            assertTrue(said.get(0).contains("release " + first.substring(0, 16)) && said.get(0).contains(second.substring(0, 16)),
                    "which release the index has, which the store has: " + said);

            // the staging machine loads the same record: the same release, and its index, published over the old one
            assertEquals(0, load(List.of(record), "--store", staging.toString()));
            try (ArchiveStore s = ArchiveStore.open(staging)) {
                assertEquals(second, LocalRelease.read(s.datasetGraph()).orElseThrow().id(), "the staging store follows the store");
            }
            replace(published, Publication.indexOf(staging));
            HttpResponse<byte[]> answer = get(front, "/search?q=Chou+En-lai&format=json", "application/json");
            assertEquals(200, answer.statusCode());
            JsonNode found = JSON.readTree(answer.body());
            assertTrue(found.get("alsoSearchedAs").size() > 0 && found.get("facets").size() > 0, "the index answers again: " + found);
            assertTrue(answer.headers().firstValue("ETag").orElseThrow().startsWith("\"" + second.substring(0, 16) + "-search-json\""),
                    answer.headers().toString());
            assertEquals(2, said.size(), said.toString());
            assertTrue(said.get(1).contains("searching with the index"), said.toString());
        } finally {
            front.close();
        }
    }

    /** The SPARQL search answered: no other names, no facets, no passages, and its own entity tag. */
    private static void assertSparqlAnswered(HttpResponse<byte[]> answer) throws IOException {
        assertEquals(200, answer.statusCode());
        JsonNode found = JSON.readTree(answer.body());
        assertEquals(0, found.get("alsoSearchedAs").size(), found.toString());
        assertEquals(0, found.get("facets").size(), found.toString());
        assertTrue(found.get("total").asLong() > 0, found.toString());
        assertTrue(answer.headers().firstValue("ETag").orElseThrow().endsWith("-search-json-sparql\""), answer.headers().toString());
    }

    /** Every file of {@code folder} with the SHA-256 of its bytes. */
    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                sums.put(f.getFileName().toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return sums;
    }

    /** Copies the index files of {@code from} (not the writer's lock) into {@code to}. */
    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /** Publishes a release's index as an operator would: the new folder beside the old, then renamed over it. */
    private static void replace(Path folder, Path index) throws IOException {
        Path next = folder.resolveSibling(folder.getFileName() + ".next");
        copy(index, next);
        Path old = folder.resolveSibling(folder.getFileName() + ".old");
        Files.move(folder, old);
        Files.move(next, folder);
    }
}
