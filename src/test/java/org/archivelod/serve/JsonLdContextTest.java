package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.dump.ContextJsonLd;
import org.archivelod.dump.LocalContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON-LD that every client can follow, over real HTTP on the letter and the site fixtures converted by the real
 * pipeline: the published context at {@code /context.jsonld}; {@code /data/….jsonld} with plain keys and the entity as
 * the top node; the same triples as the Turtle, read by Jena and by an independent processor (Python's rdflib, the
 * context supplied locally), for the entity descriptions and for the dump.
 */
class JsonLdContextTest {
    private static final String LETTER = "document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.startOnSiteFixtures();
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    @Test
    void context_isServedAsPublished_cachedAndOpenToScripts() throws Exception {
        HttpResponse<byte[]> r = site.getBytes("/context.jsonld");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertArrayEquals(Files.readAllBytes(Path.of("ontology/context.jsonld")), r.body());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(r.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, site.get("/context.jsonld", "If-None-Match", etag).statusCode());
        assertEquals("1.1", JSON.readTree(r.body()).get("@context").get("@version").asText());
    }

    @Test
    void everyPropertyAndClassTheDataUses_hasAKey() throws Exception {
        Set<String> used = new TreeSet<>();
        site.store.publishedData().find().forEachRemaining(q -> {
            used.add(q.getPredicate().getURI());
            if (q.getPredicate().equals(RDF.type.asNode())) used.add(q.getObject().getURI());
        });
        used.removeAll(ContextJsonLd.termIris());
        assertEquals(Set.of(), used, "terms without a key in ontology/context.jsonld");
    }

    @ParameterizedTest
    @ValueSource(strings = {"person/zhou-enlai", "person/stalin", LETTER, "group/usa", "concept/document-type/letter",
        "event/" + "1950-10-05-letter-filippov-stalin-for-mao-zedong/creation"})
    void entityData_hasTheEntityOnTop_plainKeys_andTheTurtlesTriples(String path) throws Exception {
        HttpResponse<String> r = site.get("/data/" + path + ".jsonld");
        assertEquals(200, r.statusCode(), path);
        JsonNode doc = JSON.readTree(r.body());
        assertEquals(ServeFixtures.BASE + "context.jsonld", doc.get("@context").asText());
        assertEquals(ServeFixtures.BASE + "id/" + path, doc.get("id").asText(), "the entity is the top node");
        assertEquals(List.of(), keysThatAreNotTerms(doc), "every key is a term of the context");
        Graph turtle = RDFParser.create().source(new StringReader(site.get("/data/" + path + ".ttl").body()))
                .lang(Lang.TURTLE).toGraph();
        assertTrue(IsoMatcher.isomorphic(turtle, LocalContext.parse(r.body())), path + ": the JSON-LD states the Turtle's triples");
    }

    @Test
    void entityData_shapesAreConsistent() throws Exception {
        JsonNode zhou = JSON.readTree(site.get("/data/person/zhou-enlai.jsonld").body());
        assertEquals("Person", zhou.get("type").asText());
        assertTrue(zhou.get("label").isObject() && zhou.get("label").has("en"), "labels are language maps");
        assertTrue(zhou.get("identified_by").isArray(), "repeatable properties are arrays, even with one value");
        assertTrue(zhou.has("@reverse") && zhou.get("@reverse").has("refers_to"), "the texts that refer to him, under @reverse");
        JsonNode letter = JSON.readTree(site.get("/data/" + LETTER + ".jsonld").body());
        assertEquals("xsd:date", letter.get("date").get("type").asText(), "a date keeps its type (day, month or year)");
        assertTrue(letter.get("rights").has("en"), "the rights sentence as printed");
        assertTrue(letter.get("rights_statement").isArray(), "and the rights statement's IRI");
        JsonNode creation = JSON.readTree(site.get("/data/event/1950-10-05-letter-filippov-stalin-for-mao-zedong/creation.jsonld").body());
        assertTrue(creation.get("carried_out_by").isArray());
        String timespan = creation.get("timespan").isTextual() ? creation.get("timespan").asText() : creation.get("timespan").get("id").asText();
        JsonNode span = JSON.readTree(site.get("/data/" + timespan.substring((ServeFixtures.BASE + "id/").length()) + ".jsonld").body());
        assertTrue(span.get("begin_of_the_begin").isTextual(), "a dateTime typed by the context, a plain string: " + span);
    }

    @Test
    void entityData_isTheSameBytesEachTime() throws Exception {
        String first = site.get("/data/" + LETTER + ".jsonld").body();
        assertEquals(first, site.get("/data/" + LETTER + ".jsonld").body());
        assertEquals(ContextJsonLd.entity(site.server.site().describer().describeGraph(node(LETTER)).find().toList(),
                node(LETTER), ServeFixtures.BASE + "context.jsonld").length, first.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void dump_statesTheContext_andTheTrigsTriples_withPlainKeys() throws Exception {
        JsonNode dump = JSON.readTree(site.getBytes("/dumps/archive-lod.jsonld").body());
        assertTrue(dump.get("@context").isObject(), "the dump states the context inline: it reads without a network");
        assertEquals(List.of(), keysThatAreNotTerms(dump));
        for (JsonNode graph : dump.get("@graph")) {
            assertTrue(graph.has("id") && graph.has("@graph"), "each entry is a named graph object");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"person/zhou-enlai", LETTER, "group/usa"})
    void rdflib_readsEntityData_withTheLocalContext_asTheTurtle(String path) throws Exception {
        assumeRdflib();
        Path dir = Files.createTempDirectory("jsonld-roundtrip");
        Path jsonld = Files.writeString(dir.resolve("entity.jsonld"), site.get("/data/" + path + ".jsonld").body());
        Path turtle = Files.writeString(dir.resolve("entity.ttl"), site.get("/data/" + path + ".ttl").body());
        roundTrip(jsonld, turtle, "turtle");
    }

    @Test
    void rdflib_readsTheDump_asTheTrigDump() throws Exception {
        assumeRdflib();
        Path dir = Files.createTempDirectory("jsonld-roundtrip");
        Path jsonld = Files.write(dir.resolve("archive-lod.jsonld"), site.getBytes("/dumps/archive-lod.jsonld").body());
        Path trig = Files.write(dir.resolve("archive-lod.trig"), site.getBytes("/dumps/archive-lod.trig").body());
        roundTrip(jsonld, trig, "trig");
    }

    private static void roundTrip(Path jsonld, Path reference, String format) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/python3", "src/test/resources/jsonld/roundtrip.py", "ontology/context.jsonld",
                jsonld.toString(), reference.toString(), format).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "rdflib finished");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("isomorphic"), out);
    }

    private static void assumeRdflib() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3: the rdflib round trip is skipped");
        Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import rdflib").start();
        assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "python3-rdflib is not installed: the rdflib round trip is skipped");
    }

    private static Node node(String path) {
        return org.apache.jena.graph.NodeFactory.createURI(ServeFixtures.BASE + "id/" + path);
    }

    /** Keys of the document (outside the inline context) that are neither keywords nor terms of the context. */
    private static List<String> keysThatAreNotTerms(JsonNode json) throws Exception {
        JsonNode context = JSON.readTree(Files.readAllBytes(Path.of("ontology/context.jsonld"))).get("@context");
        List<String> bad = new ArrayList<>();
        collect(json, context, bad, false);
        return bad;
    }

    private static void collect(JsonNode json, JsonNode context, List<String> bad, boolean languageMap) {
        if (json.isArray()) {
            json.forEach(v -> collect(v, context, bad, false));
        } else if (json.isObject()) {
            for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.equals("@context")) continue;
                if (!languageMap && !key.startsWith("@") && !context.has(key)) bad.add(key);
                JsonNode definition = context.path(key);
                boolean isMap = definition.path("@container").toString().contains("@language");
                collect(json.get(key), context, bad, isMap);
            }
        }
    }
}
