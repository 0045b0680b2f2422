package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.serve.site.SchemaOrg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema.org JSON-LD of the pages, read over real HTTP by Jena's JSON-LD parser (with a local stand-in for the
 * schema.org context, so no network): the home page's Dataset, a document's sender, recipient and date as the store
 * has them, an entity's sameAs links.
 */
class SchemaOrgTest {
    private static final String S = "http://schema.org/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENDING = "?sending crm:P2_has_type ?t . FILTER(STRENDS(STR(?t), '/activity-type/sending')) ";
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
    void homePage_describesTheDataset_withItsDumpsAndTheSparqlEndpoint() throws Exception {
        Model m = schemaOrg("/");
        Resource dataset = m.getResource(ServeFixtures.BASE + "void#archive-lod");
        assertTrue(dataset.hasProperty(RDF.type, m.getResource(S + "Dataset")));
        assertTrue(dataset.hasProperty(p("name")));
        assertTrue(dataset.hasProperty(p("description")));
        Set<String> downloads = values(dataset, "distribution").stream()
                .map(d -> d.asResource().getPropertyResourceValue(p("contentUrl")).getURI()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> dumps = site.server.site().dumps().stream().map(d -> ServeFixtures.BASE + "dumps/" + d.name())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(dumps, downloads);
        values(dataset, "distribution").forEach(d -> assertTrue(d.asResource().hasProperty(p("encodingFormat"))));
        Resource target = dataset.getPropertyResourceValue(p("potentialAction")).getPropertyResourceValue(p("target"));
        assertEquals(ServeFixtures.BASE + "sparql?query={query}", target.getProperty(p("urlTemplate")).getString());
        // the licence the data states for its metadata (CC0 by default, see LicencesTest), nothing invented
        assertEquals("http://creativecommons.org/publicdomain/zero/1.0/",
                dataset.getPropertyResourceValue(p("license")).getURI());
    }

    @Test
    void documentPages_giveSenderRecipientAndDate_asTheStoreHasThem() throws Exception {
        for (String doc : new String[] {ServeFixtures.LETTER, SiteFixtures.REPLY, SiteFixtures.TO_KIM}) {
            Model m = schemaOrg("/page/document/" + doc.substring(doc.lastIndexOf('/') + 1));
            Resource d = m.getResource(doc);
            assertTrue(d.hasProperty(RDF.type, m.getResource(S + "ArchiveComponent")), doc);
            assertTrue(d.hasProperty(RDF.type, m.getResource(S + "Message")), doc);
            assertEquals(stored(doc, SENDING + "?sending crm:P14_carried_out_by ?v"), iris(d, "sender"), doc);
            assertEquals(stored(doc, SENDING + "?sending crm:P11_had_participant ?v"), iris(d, "recipient"), doc);
            assertFalse(iris(d, "sender").isEmpty(), doc);
            String date = stored(doc, "<" + doc + "> dcterms:date ?v").first();
            assertEquals(date, d.getProperty(p("dateSent")).getString(), doc);
            assertEquals(date, d.getProperty(p("dateCreated")).getString(), doc);
            assertEquals("en", d.getProperty(p("inLanguage")).getString(), doc);
        }
        Model letter = schemaOrg("/page/document/1950-10-05-letter-filippov-stalin-for-mao-zedong");
        Set<String> archives = iris(letter.getResource(ServeFixtures.LETTER), "holdingArchive");
        assertTrue(archives.contains(ServeFixtures.BASE + "id/group/aprf"), archives.toString());
        Resource stalin = letter.getResource(ServeFixtures.BASE + "id/person/stalin");
        assertTrue(stalin.hasProperty(RDF.type, letter.getResource(S + "Person")));
        assertEquals(Set.of("http://www.wikidata.org/entity/Q855"), iris(stalin, "sameAs"));
    }

    @Test
    void entityPages_givePersonOrganizationPlace_withTheExternalIrisOurDataLinks() throws Exception {
        Resource stalin = schemaOrg("/page/person/stalin").getResource(ServeFixtures.BASE + "id/person/stalin");
        assertTrue(stalin.hasProperty(RDF.type, stalin.getModel().getResource(S + "Person")));
        assertEquals("Joseph Stalin", stalin.getProperty(p("name")).getString());
        assertTrue(values(stalin, "alternateName").stream().anyMatch(n -> n.asLiteral().getString().equals("Filippov")));
        assertEquals(Set.of("http://www.wikidata.org/entity/Q855"), iris(stalin, "sameAs"));
        assertEquals(ServeFixtures.BASE + "page/person/stalin", stalin.getPropertyResourceValue(p("url")).getURI());
        Resource usa = schemaOrg("/page/group/usa").getResource(ServeFixtures.BASE + "id/group/usa");
        assertTrue(usa.hasProperty(RDF.type, usa.getModel().getResource(S + "Organization")));
        assertEquals(Set.of("http://www.wikidata.org/entity/Q30", "https://sws.geonames.org/6252001/"), iris(usa, "sameAs"));
        Resource korea = schemaOrg("/page/place/korea").getResource(ServeFixtures.BASE + "id/place/korea");
        assertTrue(korea.hasProperty(RDF.type, korea.getModel().getResource(S + "Place")));
        assertEquals(Set.of("http://www.wikidata.org/entity/Q18097"), iris(korea, "sameAs"));
    }

    @Test
    void script_cannotLeaveTheScriptElement() throws Exception {
        ObjectNode hostile = JSON.createObjectNode().put("name", "</script><script>alert(1)</script><!-- & -->");
        String written = SchemaOrg.script(hostile);
        assertFalse(written.contains("<") || written.contains(">") || written.contains("&"), written);
        assertEquals(hostile, JSON.readTree(written));
    }

    /** The page's one schema.org block, parsed as JSON-LD with the local stand-in for the schema.org context. */
    private static Model schemaOrg(String path) throws Exception {
        HttpResponse<String> r = site.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path);
        String open = "<script type=\"application/ld+json\">";
        String html = r.body();
        int start = html.indexOf(open);
        assertTrue(start >= 0, path + ": no schema.org block");
        assertEquals(-1, html.indexOf(open, start + 1), path + ": one block only");
        String json = html.substring(start + open.length(), html.indexOf("</script>", start));
        ObjectNode tree = (ObjectNode) JSON.readTree(json);
        assertEquals(SchemaOrg.CONTEXT, tree.get("@context").asText());
        JsonNode context = JSON.readTree(Path.of("src/test/resources/schemaorg/context.jsonld").toFile()).get("@context");
        tree.set("@context", context);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(JSON.writeValueAsString(tree), Lang.JSONLD).parse(m);
        assertFalse(m.isEmpty(), path);
        return m;
    }

    /**
     * The page without its schema.org block (data for harvesters, not a script a browser runs), for tests that check a
     * page holds no script; the block itself must hold no markup characters at all.
     */
    static String withoutDataBlock(String html) {
        String open = "<script type=\"application/ld+json\">";
        int start = html.indexOf(open);
        if (start < 0) return html;
        int end = html.indexOf("</script>", start);
        String json = html.substring(start + open.length(), end);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        return html.substring(0, start) + html.substring(end + "</script>".length());
    }

    /** The values the store has for {@code ?v} in the document's graph. */
    private static TreeSet<String> stored(String doc, String pattern) {
        String query = "PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?v WHERE { GRAPH ?g { ?g dcterms:subject ?doc . " + pattern + " } }";
        Node docNode = NodeFactory.createURI(doc);
        TreeSet<String> out = new TreeSet<>();
        Txn.executeRead(site.store.datasetGraph(), () -> QueryExec.dataset(site.store.datasetGraph())
                .query(QueryFactory.create(query)).substitution("doc", docNode).select()
                .forEachRemaining(b -> {
                    Node v = b.get("v");
                    out.add(v.isURI() ? v.getURI() : v.getLiteralLexicalForm());
                }));
        return out;
    }

    private static Set<RDFNode> values(Resource r, String property) {
        return r.listProperties(p(property)).mapWith(st -> st.getObject()).toSet();
    }

    private static Set<String> iris(Resource r, String property) {
        return values(r, property).stream().map(n -> n.asResource().getURI()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Property p(String name) {
        return ResourceFactory.createProperty(S + name);
    }
}
