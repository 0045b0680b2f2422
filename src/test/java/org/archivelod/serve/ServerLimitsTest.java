package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.archivelod.cli.Main;
import org.archivelod.serve.guard.SparqlLimitsFilter;
import org.archivelod.serve.http.RequestLimits;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.serve.http.UpdateCredentials;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.junit.jupiter.api.Test;

/**
 * The server's limits over real HTTP: a query timeout that stops an expensive query, a cap on result rows, limits on
 * query and body size, updates only with credentials, and error answers that show no stack trace and no file path.
 */
class ServerLimitsTest {
    static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
    static final String INSERT = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"x\" } }";

    static RunningSite site(RequestLimits limits, boolean allowUpdate) throws Exception {
        ArchiveStore store = ArchiveStore.inMemory();
        new DatasetLoader(store).load(ServeFixtures.archive());
        Path dumps = Files.createTempDirectory("archive-lod-dumps");
        return RunningSite.serve(store, new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, allowUpdate, dumps, limits,
                allowUpdate ? Optional.of(RunningSite.UPDATER) : Optional.empty()), dumps);
    }

    static HttpResponse<String> query(RunningSite site, String query, String accept) throws Exception {
        return site.send(HttpRequest.newBuilder(site.uri("/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(query)).build());
    }

    /** No stack frame, exception class, or path of the machine in an answer. */
    static void assertNoInternals(HttpResponse<String> r) {
        String body = r.body();
        for (String leak : List.of("\tat ", "at org.", "at java.", "Exception", ".java:", "/tmp/", "/work/", "/home/", "/root/", "file:/")) {
            assertFalse(body.contains(leak), "the answer (" + r.statusCode() + ") shows '" + leak + "': " + body);
        }
    }

    @Test
    void expensiveQuery_isStoppedByTheTimeout_withAClearError() throws Exception {
        try (RunningSite site = site(RequestLimits.defaults().withQueryTimeout(Duration.ofSeconds(1)), false)) {
            long start = System.nanoTime();
            HttpResponse<String> r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> query(site, EXPENSIVE, "text/csv"));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("ServerLimitsTest: the expensive query was stopped after %.1f s with %d: %s%n", seconds, r.statusCode(), r.body().strip());
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().toLowerCase().contains("timed out") || r.body().toLowerCase().contains("timeout"), r.body());
            assertTrue(seconds < 10, "stopped near the 1 s timeout, not at the end of the query: " + seconds);
            assertNoInternals(r);
            assertEquals(200, query(site, "ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode(), "still serving");
        }
    }

    @Test
    void resultRows_areCapped_andAnExplicitSmallerLimitIsKept() throws Exception {
        try (RunningSite site = site(RequestLimits.defaults().withMaxResultRows(5), false)) {
            HttpResponse<String> all = query(site, "SELECT ?s ?p { ?s ?p ?o }", "text/csv");
            assertEquals(200, all.statusCode());
            assertEquals(1 + 5, all.body().strip().split("\r?\n").length, all.body());
            assertEquals("5", all.headers().firstValue(SparqlLimitsFilter.RESULT_LIMIT_HEADER).orElseThrow());
            HttpResponse<String> byGet = site.get("/sparql?query=" + SparqlProtocolTest.encode("SELECT ?s ?p { ?s ?p ?o } LIMIT 100"), "Accept", "text/csv");
            assertEquals(1 + 5, byGet.body().strip().split("\r?\n").length, byGet.body());
            HttpResponse<String> three = query(site, "SELECT ?s ?p { ?s ?p ?o } LIMIT 3", "text/csv");
            assertEquals(1 + 3, three.body().strip().split("\r?\n").length);
            assertTrue(three.headers().firstValue(SparqlLimitsFilter.RESULT_LIMIT_HEADER).isEmpty());
            HttpResponse<String> construct = query(site, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(5, construct.body().strip().split("\n").length, construct.body());
        }
    }

    @Test
    void overLongQueriesAndBodies_get413() throws Exception {
        try (RunningSite site = site(RequestLimits.defaults().withMaxQueryChars(1000), false)) {
            String longQuery = "SELECT * { ?s ?p ?o } # " + "x".repeat(2000);
            HttpResponse<String> posted = site.sendAlone(HttpRequest.newBuilder(site.uri("/sparql"))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(longQuery)).build());
            assertEquals(413, posted.statusCode());
            HttpResponse<String> form = site.sendAlone(HttpRequest.newBuilder(site.uri("/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + SparqlProtocolTest.encode(longQuery))).build());
            assertEquals(413, form.statusCode());
            byte[] huge = new byte[(int) RequestLimits.DEFAULT_MAX_REQUEST_BYTES + 10];
            java.util.Arrays.fill(huge, (byte) ' ');
            HttpRequest hugePost = HttpRequest.newBuilder(site.uri("/sparql"))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build();
            HttpResponse<String> body = refusedBeforeTheBody(site, hugePost);
            assertEquals(413, body.statusCode());
            assertNoInternals(body);
        }
    }

    /**
     * The answer to a body the server refuses unread: it answers 413 and closes, and a client still sending may see the
     * close as a reset before it reads the answer (a race of the client's, seen on a loaded machine), so up to three tries.
     */
    private static HttpResponse<String> refusedBeforeTheBody(RunningSite site, HttpRequest request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return site.sendAlone(request);
            } catch (java.io.IOException reset) {
                if (attempt == 3) throw reset;
            }
        }
    }

    @Test
    void updates_needTheCredentials_readsDoNot() throws Exception {
        try (RunningSite site = site(RequestLimits.defaults(), true)) {
            HttpRequest.Builder update = HttpRequest.newBuilder(site.uri("/sparql")).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(INSERT));
            HttpResponse<String> anonymous = site.sendAlone(update.build());
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic "));
            assertEquals(401, site.sendAlone(update.copy().header("Authorization", basic("curator:wrong password")).build()).statusCode());
            assertEquals(401, site.sendAlone(update.copy().header("Authorization", "Basic !!notbase64").build()).statusCode());
            assertEquals(401, site.sendAlone(HttpRequest.newBuilder(site.uri("/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + SparqlProtocolTest.encode(INSERT))).build()).statusCode());
            assertEquals(401, site.sendAlone(HttpRequest.newBuilder(site.uri("/sparql?graph=http://example.org/g"))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:s> <a:p> <a:o> .")).build()).statusCode());
            assertEquals(401, site.sendAlone(HttpRequest.newBuilder(site.uri("/sparql?graph=http://example.org/g")).DELETE().build()).statusCode());
            assertEquals(200, query(site, "ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode(), "reads need nothing");
            HttpResponse<String> count = query(site, "SELECT (COUNT(*) AS ?n) { GRAPH <http://example.org/g> { ?s ?p ?o } }", "text/csv");
            assertTrue(count.body().contains("\n0"), "nothing was written: " + count.body());
            int status = site.sendAlone(update.copy().header("Authorization", basic("curator:a long test password")).build()).statusCode();
            assertTrue(status == 200 || status == 204, "the curator writes: " + status);
        }
    }

    @Test
    void allowUpdate_withoutCredentials_isRefused_andPasswordsAreNeverArguments() {
        assertThrows(IllegalArgumentException.class, () -> new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, true,
                Path.of("dumps")));
        var cl = Main.commandLine();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        assertEquals(2, cl.execute("serve", "--memory", "--data", "src/test/resources/fixtures/none", "--allow-update"));
        assertEquals(2, cl.execute("serve", "--memory", "--allow-update", "--password", "secret"));
        assertTrue(cl.getCommandSpec().subcommands().get("serve").getCommandSpec().options().stream()
                .flatMap(o -> java.util.Arrays.stream(o.names())).noneMatch(n -> n.contains("password") && !n.contains("file")),
                "no option takes a password itself");
        assertThrows(IllegalArgumentException.class, () -> UpdateCredentials.parse("curator:short"));
        assertFalse(RunningSite.UPDATER.toString().contains("password"), "credentials do not print their password");
    }

    @Test
    void badRequests_getPlainErrors_withoutStackTracesOrPaths() throws Exception {
        try (RunningSite site = site(RequestLimits.defaults(), false)) {
            List<HttpResponse<String>> answers = new java.util.ArrayList<>();
            answers.add(query(site, "SELEKT * WHERE { ?s ?p ?o }", "text/csv"));
            answers.add(query(site, "SELECT * { ?s ?p ?o } " + "(".repeat(5000), "text/csv"));
            answers.add(query(site, "SELECT * WHERE { FILTER(" + "(".repeat(5000) + "1" + ")".repeat(5000) + ") }", "text/csv"));
            answers.add(query(site, "SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }", "text/csv"));
            answers.add(query(site, "LOAD <file:///etc/passwd>", "text/csv"));
            answers.add(query(site, "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", "text/csv"));
            answers.add(site.get("/sparql?update=" + SparqlProtocolTest.encode(INSERT)));
            answers.add(site.send(HttpRequest.newBuilder(site.uri("/sparql")).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build()));
            answers.add(site.get("/data/person/zhou-enlai", "Accept", "text/nothing"));
            answers.add(site.get("/queries/../../etc/passwd"));
            answers.add(site.get("/dumps/..%2f..%2fetc%2fpasswd"));
            answers.add(site.send(HttpRequest.newBuilder(site.uri("/page/person/zhou-enlai")).method("PATCH",
                    HttpRequest.BodyPublishers.ofString("x")).build()));
            for (HttpResponse<String> r : answers) {
                assertNoInternals(r);
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500 || r.statusCode() == 503,
                        r.request().uri() + " gave " + r.statusCode() + ": " + r.body());
                assertFalse(r.body().contains("root:x:0:0"), "no file served");
            }
            assertEquals(200, site.get("/").statusCode(), "still serving");
        }
    }

    private static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }
}
