package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.archivelod.serve.site.DataFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The routes of DESIGN §2 over real HTTP: 303 by Accept, data in every format, 404, 406, 400 for bad paths. */
class LinkedDataRoutesTest {
    private static final String LETTER_PATH = "document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    /** Independent of the server's code: what an entity's data must hold, asked of /sparql. */
    private static final String DESCRIPTION = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT { ?e ?p ?o . ?o rdfs:label ?l . ?o skos:prefLabel ?pl . ?s ?q ?e . ?s rdfs:label ?sl . ?s skos:prefLabel ?spl }
            WHERE { { ?e ?p ?o FILTER NOT EXISTS { GRAPH ?site { ?e ?p ?o } }
                      OPTIONAL { ?o rdfs:label ?l } OPTIONAL { ?o skos:prefLabel ?pl } }
              UNION { ?s ?q ?e FILTER NOT EXISTS { GRAPH ?site { ?s ?q ?e } }
                      OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?s skos:prefLabel ?spl } } }
            """;

    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.start(false);
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    @Test
    void idRedirectsToPage_forBrowserAccept() throws Exception {
        HttpResponse<String> r = site.get("/id/person/zhou-enlai", "Accept", BROWSER_ACCEPT);
        assertEquals(303, r.statusCode());
        assertEquals(site.uri("/page/person/zhou-enlai").toString(), r.headers().firstValue("Location").orElseThrow());
        assertEquals("Accept", r.headers().firstValue("Vary").orElseThrow());
    }

    @Test
    void idRedirectsToPage_withoutAccept() throws Exception {
        HttpResponse<String> r = site.get("/id/person/zhou-enlai");
        assertEquals(303, r.statusCode());
        assertEquals(site.uri("/page/person/zhou-enlai").toString(), r.headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(DataFormat.class)
    void idRedirectsToData_forEachRdfMediaType(DataFormat format) throws Exception {
        HttpResponse<String> r = site.get("/id/" + LETTER_PATH, "Accept", format.mediaType());
        assertEquals(303, r.statusCode());
        assertEquals(site.uri("/data/" + LETTER_PATH + "." + format.extension()).toString(), r.headers().firstValue("Location").orElseThrow());
        assertEquals("Accept", r.headers().firstValue("Vary").orElseThrow());
    }

    @Test
    void idFollowsQualityValues() throws Exception {
        HttpResponse<String> r = site.get("/id/person/zhou-enlai", "Accept", "text/html;q=0.5, text/turtle;q=0.9");
        assertEquals(site.uri("/data/person/zhou-enlai.ttl").toString(), r.headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(DataFormat.class)
    void eachDataFormat_parsesBackToTheGraphTheStoreHolds(DataFormat format) throws Exception {
        for (String path : new String[] {"person/zhou-enlai", LETTER_PATH, "concept/document-type/letter"}) {
            HttpResponse<String> r = site.get("/data/" + path + "." + format.extension());
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
            Graph served = parse(r.body(), RDFLanguages.contentTypeToLang(format.mediaType()));
            assertTrue(IsoMatcher.isomorphic(expectedDescription(path), served), path + " as " + format);
        }
    }

    @Test
    void dataWithoutExtension_isNegotiated() throws Exception {
        HttpResponse<String> r = site.get("/data/person/zhou-enlai", "Accept", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertEquals("Accept", r.headers().firstValue("Vary").orElseThrow());
        assertTrue(IsoMatcher.isomorphic(expectedDescription("person/zhou-enlai"), parse(r.body(), Lang.JSONLD)));
    }

    @Test
    void unknownEntity_is404_htmlForBrowsers() throws Exception {
        HttpResponse<String> browser = site.get("/id/person/nobody", "Accept", BROWSER_ACCEPT);
        assertEquals(404, browser.statusCode());
        assertTrue(browser.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(browser.body().contains("Not found"));
        HttpResponse<String> machine = site.get("/id/person/nobody", "Accept", "text/turtle");
        assertEquals(404, machine.statusCode());
        assertEquals(404, site.get("/data/person/nobody.ttl").statusCode());
        assertEquals(404, site.get("/page/person/nobody").statusCode());
    }

    @Test
    void nothingAcceptable_is406() throws Exception {
        assertEquals(406, site.get("/id/person/zhou-enlai", "Accept", "image/png").statusCode());
        assertEquals(406, site.get("/data/person/zhou-enlai", "Accept", "text/html").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/../../etc/passwd", "/id/person/%2e%2e/%2e%2e/etc/passwd", "/id/person/a%3Eb",
        "/id/person/a%20b", "/data/person/..%2f..%2fetc%2fpasswd.ttl", "/page/person/a%3Cscript%3E", "/id/person/"})
    void suspiciousPaths_areRefusedWith4xx(String path) throws Exception {
        int status = site.get(path).statusCode();
        assertTrue(status >= 400 && status < 500, path + " gave " + status);
    }

    @Test
    void overLongPath_isRefused() throws Exception {
        int status = site.get("/id/person/" + "a".repeat(3000)).statusCode();
        assertTrue(status >= 400 && status < 500, "gave " + status);
    }

    @Test
    void headAndOptions_areAnswered() throws Exception {
        HttpResponse<String> head = site.send(HttpRequest.newBuilder(site.uri("/data/person/zhou-enlai.ttl"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertTrue(head.headers().firstValue("ETag").isPresent());
        HttpResponse<String> headId = site.send(HttpRequest.newBuilder(site.uri("/id/person/zhou-enlai"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build());
        assertEquals(303, headId.statusCode());
        HttpResponse<String> options = site.send(HttpRequest.newBuilder(site.uri("/page/person/zhou-enlai"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, options.statusCode());
        assertTrue(options.headers().firstValue("Allow").orElseThrow().contains("GET"));
        assertTrue(!options.headers().firstValue("Allow").orElseThrow().contains("TRACE"));
    }

    private static Graph expectedDescription(String path) throws Exception {
        ParameterizedSparqlString query = new ParameterizedSparqlString(DESCRIPTION);
        query.setParam("e", NodeFactory.createURI(ServeFixtures.BASE + "id/" + path));
        // the description is of the published data, not of the site graph's aggregates
        query.setIri("site", org.archivelod.uri.UriScheme.at(ServeFixtures.BASE).siteGraph());
        HttpResponse<String> r = site.send(HttpRequest.newBuilder(site.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/n-triples")
                .POST(HttpRequest.BodyPublishers.ofString(query.toString())).build());
        assertEquals(200, r.statusCode(), r.body());
        Graph expected = parse(r.body(), Lang.NTRIPLES);
        assertTrue(expected.size() > 3, "description of " + path);
        return expected;
    }

    /** The statements of a response as one graph (for TriG: of all its graphs together). */
    private static Graph parse(String body, Lang lang) {
        if (lang.equals(Lang.JSONLD)) {
            return org.archivelod.dump.LocalContext.parse(body);   // the context from the classpath, not the network
        }
        DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .lang(lang).toDatasetGraph();
        Graph all = GraphFactory.createDefaultGraph();
        parsed.find().forEachRemaining(q -> all.add(q.asTriple()));
        return all;
    }
}
