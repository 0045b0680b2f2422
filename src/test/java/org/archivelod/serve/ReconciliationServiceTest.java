package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.serve.reconcile.ReconciliationSchemas;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /reconcile} over real HTTP on the site's fixtures (the letter of 5 October 1950, a reply from Mao naming "Chou
 * En-lai", a telegram from Stalin to Kim Il Sung): every answer, and every query sent, valid against the W3C
 * reconciliation API 0.2 schemas.
 */
class ReconciliationServiceTest {
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
    void manifest_isValid_withOurFourTypes_andIdsThatAreIriTails() throws Exception {
        HttpResponse<String> r = site.get("/reconcile");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(List.of(), ReconciliationSchemas.problems("manifest.json", r.body()));
        JsonNode manifest = JSON.readTree(r.body());
        assertEquals(ServeFixtures.BASE + "id/", manifest.get("identifierSpace").asText());
        assertEquals(ServeFixtures.BASE + "page/{{id}}", manifest.at("/view/url").asText());
        List<String> types = new ArrayList<>();
        manifest.get("defaultTypes").forEach(t -> types.add(t.get("id").asText()));
        assertEquals(List.of("person", "group", "place", "document"), types);
    }

    @Test
    void label_isACertainMatch() throws Exception {
        JsonNode first = results("{\"q0\":{\"query\":\"Zhou Enlai\"}}").at("/q0/result/0");
        assertEquals("person/zhou-enlai", first.get("id").asText());
        assertEquals(ServeFixtures.ZHOU, ServeFixtures.BASE + "id/" + first.get("id").asText());
        assertEquals("Zhou Enlai", first.get("name").asText());
        assertEquals(100, first.get("score").asInt());
        assertTrue(first.get("match").asBoolean());
        assertEquals("person", first.at("/type/0/id").asText());
    }

    @Test
    void variantsAndPseudonyms_matchTheirEntity() throws Exception {
        JsonNode answer = results("{\"wade-giles\":{\"query\":\"Chou En-lai\",\"type\":\"person\"},"
                + "\"pseudonym\":{\"query\":\"Filippov\",\"type\":[\"person\"],\"limit\":3}}");
        JsonNode chou = answer.at("/wade-giles/result/0");
        assertEquals("person/zhou-enlai", chou.get("id").asText());
        assertEquals(95, chou.get("score").asInt());
        assertTrue(chou.get("match").asBoolean());
        JsonNode filippov = answer.at("/pseudonym/result/0");
        assertEquals("person/stalin", filippov.get("id").asText());
        assertEquals("Joseph Stalin", filippov.get("name").asText());
        assertTrue(filippov.get("match").asBoolean());
    }

    @Test
    void caseAndAccentsAside_scoresLower_andIsNoCertainMatch() throws Exception {
        JsonNode first = results("{\"q\":{\"query\":\"  zhou   ENLAI \"}}").at("/q/result/0");
        assertEquals("person/zhou-enlai", first.get("id").asText());
        assertEquals(90, first.get("score").asInt());
        assertFalse(first.get("match").asBoolean());
    }

    @Test
    void typeFilter_keepsOnlyThatType() throws Exception {
        JsonNode answer = results("{\"place\":{\"query\":\"Filippov\",\"type\":\"place\"},"
                + "\"moscow\":{\"query\":\"Moscow\",\"type\":\"place\"},\"person\":{\"query\":\"Moscow\",\"type\":\"person\"}}");
        assertEquals(0, answer.at("/place/result").size());
        assertEquals("place/moscow", answer.at("/moscow/result/0/id").asText());
        assertTrue(answer.at("/moscow/result/0/match").asBoolean());
        answer.at("/person/result").forEach(c -> assertEquals("person", c.at("/type/0/id").asText()));
    }

    @Test
    void nonsense_hasNoCandidate() throws Exception {
        assertEquals(0, results("{\"q\":{\"query\":\"Xqzvbrt Plonk\"}}").at("/q/result").size());
    }

    @Test
    void dateConstraint_narrowsDocuments() throws Exception {
        JsonNode answer = results("{\"day\":{\"query\":\"Telegram\",\"type\":\"document\","
                + "\"properties\":[{\"pid\":\"date\",\"v\":\"1950-10-07\"}]},"
                + "\"year\":{\"query\":\"Telegram\",\"type\":\"document\",\"properties\":[{\"pid\":\"date\",\"v\":\"1950\"}]},"
                + "\"none\":{\"query\":\"Telegram\",\"type\":\"document\",\"properties\":[{\"pid\":\"date\",\"v\":\"1951\"}]}}");
        assertEquals(List.of(SiteFixtures.REPLY), iris(answer.at("/day/result")));
        assertEquals("1950-10-07", answer.at("/day/result/0/description").asText());
        assertEquals(List.of(SiteFixtures.REPLY, SiteFixtures.TO_KIM).stream().sorted().toList(),
                iris(answer.at("/year/result")).stream().sorted().toList());
        assertEquals(List.of(), iris(answer.at("/none/result")));
    }

    @Test
    void correspondentConstraint_keepsThoseWhoWroteToOrHeardFromThem() throws Exception {
        JsonNode answer = results("{\"byName\":{\"query\":\"Kim\",\"type\":\"person\","
                + "\"properties\":[{\"pid\":\"correspondent\",\"v\":\"Filippov\"}]},"
                + "\"byId\":{\"query\":\"Kim Il Sung\",\"properties\":[{\"pid\":\"correspondent\",\"v\":{\"id\":\"person/stalin\"}}]},"
                + "\"received\":{\"query\":\"Mao Zedong\",\"properties\":[{\"pid\":\"correspondent\",\"v\":\"joseph stalin\"}]},"
                + "\"never\":{\"query\":\"Kim Il Sung\",\"properties\":[{\"pid\":\"correspondent\",\"v\":\"Mao Zedong\"}]}}");
        assertEquals(List.of(ServeFixtures.BASE + "id/person/kim-il-sung"), iris(answer.at("/byName/result")));
        assertTrue(answer.at("/byId/result/0/match").asBoolean());
        assertEquals(ServeFixtures.BASE + "id/person/kim-il-sung", iri(answer.at("/byId/result/0")));
        assertEquals(ServeFixtures.BASE + "id/person/mao-zedong", iri(answer.at("/received/result/0")));
        assertEquals(List.of(), iris(answer.at("/never/result")));
    }

    @Test
    void formPost_answersAsGetDoes() throws Exception {
        String queries = "{\"q0\":{\"query\":\"Chou En-lai\"}}";
        HttpRequest post = HttpRequest.newBuilder(site.uri("/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> r = site.send(post);
        assertEquals(200, r.statusCode());
        assertEquals(List.of(), ReconciliationSchemas.problems("reconciliation-result-batch.json", r.body()));
        assertEquals(JSON.readTree(get(queries).body()), JSON.readTree(r.body()));
    }

    @Test
    void badQueries_are400WithTheReason() throws Exception {
        assertEquals(400, get("{not json").statusCode());
        assertEquals(400, get("[]").statusCode());
        HttpResponse<String> unknown = get("{\"q\":{\"query\":\"Stalin\",\"type\":\"ship\"}}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("ship"), unknown.body());
        assertEquals(400, get("{\"q\":{\"query\":\"Stalin\",\"properties\":[{\"pid\":\"height\",\"v\":\"1\"}]}}").statusCode());
    }

    @Test
    void suggest_entitiesTypesAndProperties_areValid() throws Exception {
        HttpResponse<String> entities = site.get("/reconcile/suggest/entity?prefix=zho");
        assertEquals(200, entities.statusCode());
        assertEquals(List.of(), ReconciliationSchemas.problems("suggest-entities-response.json", entities.body()));
        assertEquals("person/zhou-enlai", JSON.readTree(entities.body()).at("/result/0/id").asText());
        HttpResponse<String> typed = site.get("/reconcile/suggest/entity?prefix=mos&type=person");
        assertEquals(0, JSON.readTree(typed.body()).get("result").size());
        HttpResponse<String> types = site.get("/reconcile/suggest/type?prefix=pe");
        assertEquals(List.of(), ReconciliationSchemas.problems("suggest-types-response.json", types.body()));
        assertEquals("person", JSON.readTree(types.body()).at("/result/0/id").asText());
        HttpResponse<String> properties = site.get("/reconcile/suggest/property?prefix=corr");
        assertEquals(List.of(), ReconciliationSchemas.problems("suggest-properties-response.json", properties.body()));
        assertEquals("correspondent", JSON.readTree(properties.body()).at("/result/0/id").asText());
    }

    @Test
    void preview_isHtmlNamingTheEntity() throws Exception {
        HttpResponse<String> r = site.get("/reconcile/preview?id=person/zhou-enlai");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("Zhou Enlai") && r.body().contains("Chou En-lai"), r.body());
        assertTrue(r.body().contains(ServeFixtures.BASE + "page/person/zhou-enlai"), r.body());
        assertEquals(404, site.get("/reconcile/preview?id=person/nobody").statusCode());
        assertEquals(404, site.get("/reconcile/preview?id=person/../person/zhou-enlai").statusCode());
        // an IRI serves as an id too
        assertEquals(200, site.get("/reconcile/preview?id=" + URLEncoder.encode(ServeFixtures.ZHOU, StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void dataExtension_givesLabelsNamesExternalIdentifiersAndCorrespondents() throws Exception {
        HttpResponse<String> proposed = site.get("/reconcile/properties?type=person");
        assertEquals(200, proposed.statusCode());
        assertEquals(List.of(), ReconciliationSchemas.problems("data-extension-property-proposal.json", proposed.body()));
        List<String> pids = new ArrayList<>();
        JSON.readTree(proposed.body()).get("properties").forEach(p -> pids.add(p.get("id").asText()));
        assertEquals(List.of("label", "names", "sameAs", "closeMatch", "correspondent"), pids);
        String extend = "{\"ids\":[\"person/stalin\",\"group/dprk\",\"person/nobody\"],\"properties\":"
                + "[{\"id\":\"label\"},{\"id\":\"names\"},{\"id\":\"sameAs\"},{\"id\":\"closeMatch\"},{\"id\":\"correspondent\"}]}";
        assertEquals(List.of(), ReconciliationSchemas.problems("data-extension-query.json", extend));
        HttpResponse<String> r = site.get("/reconcile?extend=" + URLEncoder.encode(extend, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(), ReconciliationSchemas.problems("data-extension-response.json", r.body()));
        JsonNode rows = JSON.readTree(r.body()).get("rows");
        assertEquals("Joseph Stalin", rows.at("/person~1stalin/label/0/str").asText());
        assertTrue(rows.at("/person~1stalin/names").toString().contains("Filippov"));
        assertEquals("http://www.wikidata.org/entity/Q855", rows.at("/person~1stalin/sameAs/0/str").asText());
        List<String> correspondents = new ArrayList<>();
        rows.at("/person~1stalin/correspondent").forEach(c -> correspondents.add(c.get("id").asText()));
        assertEquals(List.of("person/kim-il-sung", "person/mao-zedong"), correspondents);
        assertTrue("https://sws.geonames.org/1873107/".equals(rows.at("/group~1dprk/closeMatch/0/str").asText()), r.body());
        assertEquals(0, rows.at("/person~1nobody/label").size());
        assertTrue(JSON.readTree(site.get("/reconcile").body()).at("/extend/propose_properties/service_path").asText()
                .equals("/properties"));
    }

    /** With updates allowed, a name written by SPARQL Update is found by the next batch (nothing is kept between them). */
    @Test
    void withUpdatesAllowed_aNewNameCountsAtOnce() throws Exception {
        try (RunningSite writable = RunningSite.start(true)) {
            String queries = "{\"q\":{\"query\":\"Zhou the Premier\",\"type\":\"person\"}}";
            String path = "/reconcile?queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8);
            assertFalse(JSON.readTree(writable.get(path).body()).at("/q/result/0/match").asBoolean());
            HttpResponse<String> update = writable.send(HttpRequest.newBuilder(writable.uri("/sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            "curator:a long test password".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://example.org/g> { <"
                            + ServeFixtures.ZHOU + "> <http://www.w3.org/2004/02/skos/core#altLabel> \"Zhou the Premier\" } }"))
                    .build());
            assertTrue(update.statusCode() == 200 || update.statusCode() == 204, update.statusCode() + update.body());
            JsonNode first = JSON.readTree(writable.get(path).body()).at("/q/result/0");
            assertEquals("person/zhou-enlai", first.get("id").asText());
            assertTrue(first.get("match").asBoolean());
        }
    }

    /** The same answers from a TDB2 store, which refuses reads outside a transaction (the in-memory store does not). */
    @Test
    void onATdb2Store_batchesSuggestAndPreviewAnswer() throws Exception {
        Path dir = Files.createTempDirectory("archive-lod-reconcile-tdb2");
        ArchiveStore store = ArchiveStore.open(dir.resolve("store"));
        Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, Path.of("data/authority")));
        new DatasetLoader(store).load(sink -> conversion.run(List.of(Path.of("data/documents"), SiteFixtures.DOCUMENTS), sink));
        try (RunningSite tdb = RunningSite.serve(store, false)) {
            String queries = "{\"q\":{\"query\":\"Kim\",\"properties\":[{\"pid\":\"correspondent\",\"v\":\"Filippov\"}]}}";
            HttpResponse<String> r = tdb.get("/reconcile?queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("person/kim-il-sung", JSON.readTree(r.body()).at("/q/result/0/id").asText());
            assertEquals(200, tdb.get("/reconcile/suggest/entity?prefix=zho").statusCode());
            assertEquals(200, tdb.get("/reconcile/preview?id=person/stalin").statusCode());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** GETs a batch after checking it against the query schema; returns the answer, checked against the result schema. */
    private static JsonNode results(String queries) throws Exception {
        assertEquals(List.of(), ReconciliationSchemas.problems("reconciliation-query-batch.json", queries));
        HttpResponse<String> r = get(queries);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(), ReconciliationSchemas.problems("reconciliation-result-batch.json", r.body()));
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String queries) throws Exception {
        return site.get("/reconcile?queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8));
    }

    private static String iri(JsonNode candidate) {
        return ServeFixtures.BASE + "id/" + candidate.get("id").asText();
    }

    private static List<String> iris(JsonNode result) {
        List<String> iris = new ArrayList<>();
        result.forEach(c -> iris.add(iri(c)));
        return iris;
    }
}
