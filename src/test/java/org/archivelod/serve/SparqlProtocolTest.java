package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SPARQL at /sparql (read-only, union default graph, every result format), CORS, and revalidation (304). */
class SparqlProtocolTest {
    // the default graph is the union of all graphs, the site graph's aggregates and the release description too; the
    // fixture's quads are the rest
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } FILTER(?g IN (<"
            + org.archivelod.uri.UriScheme.at(ServeFixtures.BASE).siteGraph() + ">, <"
            + org.archivelod.uri.UriScheme.at(ServeFixtures.BASE).releaseGraph() + ">)) } }";
    private static final String INSERT = "INSERT DATA { <http://example.org/s> <http://example.org/p> \"x\" }";
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.start(false);
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, \"value\"", "application/sparql-results+xml, <sparql",
        "text/csv, n", "text/tab-separated-values, ?n"})
    void select_answersInEveryResultFormat_overTheUnionOfTheGraphs(String accept, String marker) throws Exception {
        HttpResponse<String> r = site.get("/sparql?query=" + encode(COUNT), "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        assertTrue(r.body().contains(marker), r.body());
        assertTrue(r.body().contains("100"), "the fixture's 100 quads, seen through the default graph: " + r.body());
    }

    @Test
    void select_byPost_asFormAndAsQueryBody() throws Exception {
        HttpResponse<String> form = site.send(HttpRequest.newBuilder(site.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(COUNT))).build());
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("100"));
        HttpResponse<String> body = site.send(HttpRequest.newBuilder(site.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT)).build());
        assertTrue(body.body().contains("100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void constructAndDescribe_answerInRdfFormats(String accept) throws Exception {
        for (String query : new String[] {"CONSTRUCT WHERE { ?s a ?t }", "DESCRIBE <" + ServeFixtures.ZHOU + ">"}) {
            HttpResponse<String> r = site.get("/sparql?query=" + encode(query), "Accept", accept);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
            assertTrue(r.body().contains("zhou-enlai"));
        }
    }

    @Test
    void namedGraphs_stayQueryable() throws Exception {
        String query = "SELECT ?g WHERE { GRAPH ?g { <" + ServeFixtures.ZHOU + "> ?p ?o } } LIMIT 1";
        HttpResponse<String> r = site.get("/sparql?query=" + encode(query), "Accept", "text/csv");
        assertTrue(r.body().contains(ServeFixtures.BASE + "graph/authority"), r.body());
    }

    @Test
    void updatesAndGraphStoreWrites_areRefused_whenReadOnly() throws Exception {
        HttpResponse<String> update = site.sendAlone(HttpRequest.newBuilder(site.uri("/sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT)).build());
        assertTrue(update.statusCode() >= 400, "update gave " + update.statusCode());
        HttpResponse<String> form = site.sendAlone(HttpRequest.newBuilder(site.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(INSERT))).build());
        assertTrue(form.statusCode() >= 400, "form update gave " + form.statusCode());
        HttpResponse<String> put = site.sendAlone(HttpRequest.newBuilder(site.uri("/sparql?graph=http://example.org/g"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:s> <a:p> <a:o> .")).build());
        assertTrue(put.statusCode() >= 400, "GSP PUT gave " + put.statusCode());
        HttpResponse<String> count = site.get("/sparql?query=" + encode(COUNT), "Accept", "text/csv");
        assertTrue(count.body().contains("100"), "unchanged: " + count.body());
    }

    @Test
    void cors_onDataAndSparql_withPreflight() throws Exception {
        for (String path : new String[] {"/data/person/zhou-enlai.ttl", "/sparql?query=" + encode(COUNT), "/void",
            "/dumps/SHA256SUMS"}) {
            HttpResponse<String> r = site.get(path, "Origin", "https://example.org");
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        }
        HttpResponse<String> preflight = site.send(HttpRequest.newBuilder(site.uri("/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST").build());
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
    }

    @Test
    void revalidation_answers304_onEtagAndOnDate() throws Exception {
        for (String path : new String[] {"/data/person/zhou-enlai.ttl", "/page/person/zhou-enlai", "/",
            "/dumps/archive-lod.trig", "/void"}) {
            HttpResponse<String> first = site.get(path);
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String date = first.headers().firstValue("Last-Modified").orElseThrow();
            assertEquals(304, site.get(path, "If-None-Match", etag).statusCode(), path);
            assertEquals(304, site.get(path, "If-Modified-Since", date).statusCode(), path);
            assertEquals(200, site.get(path, "If-None-Match", "\"other\"").statusCode(), path);
            String longAgo = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            assertEquals(200, site.get(path, "If-Modified-Since", longAgo).statusCode(), path);
        }
    }

    @Test
    void etags_differPerFormat() throws Exception {
        String ttl = site.get("/data/person/zhou-enlai.ttl").headers().firstValue("ETag").orElseThrow();
        String nt = site.get("/data/person/zhou-enlai.nt").headers().firstValue("ETag").orElseThrow();
        assertTrue(!ttl.equals(nt));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
