package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identifier links a reader can check, over real HTTP on the project's own data: a state is the same as its Wikidata
 * item but only a close match of the GeoNames feature of its territory; the curators' notes are editorial notes, in
 * the data and not on the page.
 */
class IdentifierProvenanceTest {
    private static final Node USA = NodeFactory.createURI(ServeFixtures.BASE + "id/group/usa");
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.startOnProjectData();
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    private static Graph turtle(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertEquals(200, r.statusCode(), path);
        return RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).toGraph();
    }

    @Test
    void stateIsSameAsItsWikidataItem_butOnlyACloseMatchOfItsGeoNamesFeature() throws Exception {
        Graph usa = turtle("/data/group/usa.ttl");
        Node q30 = NodeFactory.createURI("http://www.wikidata.org/entity/Q30");
        Node geonames = NodeFactory.createURI("https://sws.geonames.org/6252001/");
        assertTrue(usa.contains(USA, OWL.sameAs.asNode(), q30));
        assertTrue(usa.contains(USA, SKOS.closeMatch.asNode(), geonames));
        assertFalse(usa.contains(USA, OWL.sameAs.asNode(), geonames));
    }

    @Test
    void noGroupOrStateIsSameAsAGeoNamesFeature() throws Exception {
        String ask = "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/> "
                + "ASK { ?g a crm:E74_Group ; owl:sameAs ?x FILTER(CONTAINS(STR(?x), 'geonames.org')) }";
        HttpResponse<String> r = site.get("/sparql?query=" + java.net.URLEncoder.encode(ask, java.nio.charset.StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().replace(" ", "").contains("\"boolean\":false"), r.body());
    }

    @Test
    void curatorsNotesAreEditorialNotes_inTheData() throws Exception {
        Graph zhou = turtle("/data/person/zhou-enlai.ttl");
        Node zhouIri = NodeFactory.createURI(ServeFixtures.ZHOU);
        assertTrue(zhou.find(zhouIri, SKOS.editorialNote.asNode(), Node.ANY).hasNext(), "editorial note kept in the data");
        assertFalse(zhou.find(Node.ANY, SKOS.note.asNode(), Node.ANY).hasNext(), "no skos:note");
        String ask = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ASK { ?s skos:note ?n }";
        HttpResponse<String> r = site.get("/sparql?query=" + java.net.URLEncoder.encode(ask, java.nio.charset.StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertTrue(r.body().replace(" ", "").contains("\"boolean\":false"), "no skos:note in the dataset: " + r.body());
    }

    @Test
    void entityPage_hidesTheEditorialNote_andShowsCloseMatchesAsSuch() throws Exception {
        HttpResponse<String> zhou = site.get("/page/person/zhou-enlai", "Accept", "text/html");
        assertEquals(200, zhou.statusCode());
        assertTrue(zhou.body().contains("Zhou Enlai"));
        assertFalse(zhou.body().contains("from memory"), "the curators' working note is not on the page");
        assertFalse(zhou.body().contains("editorial note"), "no editorial note row");
        HttpResponse<String> usa = site.get("/page/group/usa", "Accept", "text/html");
        assertTrue(usa.body().contains("GeoNames (close match)"), "the GeoNames link says it is a close match");
        assertTrue(usa.body().contains("https://www.wikidata.org/wiki/Q30"));
        assertFalse(usa.body().contains("every record's rights boilerplate"), "USA's editorial note is not shown");
    }
}
