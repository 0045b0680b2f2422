package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a linked-data client meets, over real HTTP on the project's data served at its own address: the description in
 * the default graph of every quad format, media types matched without regard to case, plain JSON answered with
 * JSON-LD, a 406 a person can read, absolute and percent-encoded Locations that round-trip for IRIs with Chinese
 * characters, CORS on the 303s, TRACE refused, a service description at {@code /sparql}, and {@code /void} as a page.
 */
class FollowableLinkedDataTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.startOnProjectDataAtItsAddress();
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/n-quads", "application/trig"})
    void quadFormats_putTheDescriptionInTheDefaultGraph(String mediaType) throws Exception {
        String location = site.get("/id/person/zhou-enlai", "Accept", mediaType).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> quads = site.get(path(location));
        assertEquals(200, quads.statusCode());
        assertTrue(quads.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType));
        DatasetGraph parsed = RDFParser.fromString(quads.body(), mediaType.endsWith("trig") ? Lang.TRIG : Lang.NQUADS).toDatasetGraph();
        Graph turtle = RDFParser.fromString(site.get("/data/person/zhou-enlai.ttl").body(), Lang.TURTLE).toGraph();
        assertTrue(IsoMatcher.isomorphic(turtle, parsed.getDefaultGraph()), "the default graph is the whole description");
        assertTrue(parsed.listGraphNodes().hasNext(), "the graphs the statements come from stand beside it");
        Node zhou = NodeFactory.createURI(site.base() + "id/person/zhou-enlai");
        assertTrue(parsed.getDefaultGraph().contains(zhou, RDFS.label.asNode(), Node.ANY));
    }

    @Test
    void mediaTypes_matchWithoutCase_andPlainJsonIsJsonLd() throws Exception {
        assertEquals(site.uri("/data/person/zhou-enlai.ttl").toString(), location("/id/person/zhou-enlai", "TEXT/Turtle"));
        assertEquals(site.uri("/data/person/zhou-enlai.jsonld").toString(), location("/id/person/zhou-enlai", "application/json"));
        HttpResponse<String> json = site.get("/data/person/zhou-enlai", "Accept", "application/json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        Graph parsed = RDFParser.fromString(json.body(), Lang.JSONLD).toGraph();
        assertTrue(parsed.size() > 10);
    }

    @Test
    void notAcceptable_listsTheAlternatives_forPeopleAndBrowsers() throws Exception {
        HttpResponse<String> text = site.get("/id/person/zhou-enlai", "Accept", "image/png");
        assertEquals(406, text.statusCode());
        assertTrue(text.body().contains("\n  text/turtle\n"), text.body());
        assertTrue(text.body().contains("\n  application/n-quads"), text.body());
        assertFalse(text.body().contains("[["), "no Java list: " + text.body());
        HttpResponse<String> page = site.get("/data/person/zhou-enlai", "Accept", "text/html");
        assertEquals(406, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("<a href=\"/data/person/zhou-enlai.ttl\" type=\"text/turtle\">text/turtle</a>"), page.body());
    }

    @Test
    void nonAsciiIris_areMintedPercentEncoded_andRoundTrip() throws Exception {
        String iri = site.base() + "id/person/zhou-enlai/name/%E5%91%A8%E6%81%A9%E6%9D%A5";
        assertTrue(site.get("/data/person/zhou-enlai.nt").body().contains("<" + iri + ">"), "the appellation 周恩来 is minted encoded");
        String location = location(path(iri), "text/turtle");
        assertEquals(site.uri("/data/person/zhou-enlai/name/%E5%91%A8%E6%81%A9%E6%9D%A5.ttl").toString(), location);
        HttpResponse<String> data = site.get(path(location));
        assertEquals(200, data.statusCode());
        Graph g = RDFParser.fromString(data.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(NodeFactory.createURI(iri), RDFS.label.asNode(), NodeFactory.createLiteralString("周恩来")), data.body());
        assertEquals(site.uri("/page/person/zhou-enlai/name/%E5%91%A8%E6%81%A9%E6%9D%A5").toString(),
                location(path(iri), BROWSER), "the page too");
        assertEquals(200, site.get(path(location(path(iri), BROWSER))).statusCode());
    }

    @Test
    void everyRoute_allowsCrossOriginReading_the303sIncluded() throws Exception {
        HttpResponse<String> see = site.get("/id/person/zhou-enlai", "Accept", "text/turtle", "Origin", "https://example.org");
        assertEquals(303, see.statusCode());
        assertEquals("*", see.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        String exposed = see.headers().firstValue("Access-Control-Expose-Headers").orElseThrow();
        for (String header : new String[] {"Link", "ETag", "Location"}) {
            assertTrue(exposed.contains(header), exposed);
        }
        for (String path : new String[] {"/page/person/zhou-enlai", "/void", "/", "/sparql"}) {
            assertEquals("*", site.get(path, "Origin", "https://example.org").headers()
                    .firstValue("Access-Control-Allow-Origin").orElse("none"), path);
        }
        HttpResponse<String> preflight = site.send(HttpRequest.newBuilder(site.uri("/id/person/zhou-enlai"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "accept").build());
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("GET"));
    }

    @Test
    void trace_isRefused() throws Exception {
        for (String path : new String[] {"/", "/id/person/zhou-enlai", "/sparql"}) {
            HttpResponse<String> r = site.send(HttpRequest.newBuilder(site.uri(path))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("X-Secret", "s3cret").build());
            assertEquals(405, r.statusCode(), path);
            assertFalse(r.body().contains("s3cret"), "nothing echoed");
        }
    }

    @Test
    void sparqlWithoutAQuery_describesTheService_orOpensTheQueryPage() throws Exception {
        HttpResponse<String> machine = site.get("/sparql");
        assertEquals(200, machine.statusCode());
        Graph sd = RDFParser.fromString(machine.body(), Lang.TURTLE).toGraph();
        Node service = NodeFactory.createURI(site.base() + "sparql");
        String sdNs = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(sd.contains(service, org.apache.jena.vocabulary.RDF.type.asNode(), NodeFactory.createURI(sdNs + "Service")));
        assertTrue(sd.contains(service, NodeFactory.createURI(sdNs + "endpoint"), service));
        assertTrue(sd.contains(service, NodeFactory.createURI(sdNs + "supportedLanguage"), NodeFactory.createURI(sdNs + "SPARQL11Query")));
        assertFalse(sd.contains(service, NodeFactory.createURI(sdNs + "supportedLanguage"), NodeFactory.createURI(sdNs + "SPARQL11Update")),
                "read-only");
        HttpResponse<String> browser = site.get("/sparql", "Accept", BROWSER);
        assertEquals(303, browser.statusCode());
        assertEquals(site.uri("/query").toString(), browser.headers().firstValue("Location").orElseThrow());
        assertEquals(200, site.get("/sparql?query=" + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json").statusCode(), "a query still goes to the endpoint");
    }

    @Test
    void void_isAPageInABrowser_andTurtleOtherwise() throws Exception {
        HttpResponse<String> page = site.get("/void", "Accept", BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("<h1>About this dataset</h1>"));
        assertTrue(page.body().contains(site.base() + "sparql"), "the endpoint is named on the page");
        HttpResponse<String> machine = site.get("/void");
        assertTrue(machine.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        RDFParser.source(new ByteArrayInputStream(machine.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).toGraph();
    }

    private static String location(String path, String accept) throws Exception {
        HttpResponse<String> r = site.get(path, "Accept", accept);
        assertEquals(303, r.statusCode(), path + " " + accept);
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** The path of an absolute IRI on the site, as sent on the wire (still percent-encoded). */
    private static String path(String iri) {
        java.net.URI uri = java.net.URI.create(iri);
        assertEquals(site.server.port(), uri.getPort(), "on the site: " + iri);
        return uri.getRawPath();
    }
}
