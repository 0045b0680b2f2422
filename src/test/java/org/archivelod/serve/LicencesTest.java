package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.mapping.Licences;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Licences as data, over real HTTP on the project's data: our metadata under CC0 1.0, the archive's texts under a
 * rightsstatements.org statement beside the sentence as printed; stated on the graphs and texts, in the VoID/DCAT
 * description, and as {@code Link: <…>; rel="license"} on the data routes.
 */
class LicencesTest {
    private static final String LETTER = "document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
    private static final String CC0 = "<http://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\"";
    private static final String IN_C_EDU = "<http://rightsstatements.org/vocab/InC-EDU/1.0/>; rel=\"license\"";
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.startOnProjectData();
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    @Test
    void personData_linksTheMetadataLicence_only() throws Exception {
        HttpResponse<String> r = site.get("/data/person/zhou-enlai.ttl");
        assertEquals(200, r.statusCode());
        assertEquals(List.of(CC0), r.headers().allValues("Link"));
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Link"), "scripts may read it");
    }

    @Test
    void documentData_graphAndDumps_linkBothLayers() throws Exception {
        for (String path : List.of("/data/" + LETTER + ".ttl", "/data/" + LETTER + ".jsonld", "/graph/" + LETTER + ".trig",
                "/dumps/archive-lod.trig", "/dumps/archive-lod.jsonld")) {
            HttpResponse<String> r = site.get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals(List.of(CC0, IN_C_EDU), r.headers().allValues("Link"), path);
        }
    }

    @Test
    void void_statesBothLayers_onTheDatasetAndEachDump() throws Exception {
        HttpResponse<String> r = site.get("/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals(List.of(CC0), r.headers().allValues("Link"));
        Graph g = RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).toGraph();
        Node dataset = NodeFactory.createURI(ServeFixtures.BASE + "void#archive-lod");
        Node cc0 = NodeFactory.createURI(Licences.CC0);
        Node inCEdu = NodeFactory.createURI(Licences.IN_COPYRIGHT_EDUCATIONAL_USE);
        assertTrue(g.contains(dataset, DCTerms.license.asNode(), cc0));
        assertTrue(g.contains(dataset, DCTerms.rights.asNode(), inCEdu));
        assertTrue(g.find(dataset, DCTerms.rights.asNode(), Node.ANY).filterKeep(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().contains("welcomes reuse")).hasNext(), "the sentence as printed");
        Node dump = NodeFactory.createURI(ServeFixtures.BASE + "dumps/archive-lod.ttl");
        assertTrue(g.contains(dump, DCTerms.license.asNode(), cc0));
        assertTrue(g.contains(dump, DCTerms.rights.asNode(), inCEdu));
    }

    @Test
    void documentData_statesTheTermsOfItsGraphAndItsTexts() throws Exception {
        HttpResponse<String> r = site.get("/graph/" + LETTER + ".ttl");
        Graph g = RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).toGraph();
        Node graph = NodeFactory.createURI(ServeFixtures.BASE + "graph/" + LETTER);
        Node inCEdu = NodeFactory.createURI(Licences.IN_COPYRIGHT_EDUCATIONAL_USE);
        assertTrue(g.contains(graph, DCTerms.license.asNode(), NodeFactory.createURI(Licences.CC0)));
        for (String text : List.of("", "/summary", "/source-citation", "/rights-statement", "/title", "/funding-line")) {
            assertTrue(g.contains(NodeFactory.createURI(ServeFixtures.BASE + "id/" + LETTER + text), DCTerms.rights.asNode(), inCEdu),
                    "rights statement of " + LETTER + text);
        }
    }

    @Test
    void otherLicences_areStatedWhenConfigured() throws Exception {
        Licences by = new Licences("https://creativecommons.org/licenses/by/4.0/", "http://rightsstatements.org/vocab/CNE/1.0/");
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        new Conversion(new ConversionSettings(ServeFixtures.BASE, Path.of("data/authority")).withLicences(by))
                .run(List.of(Path.of("data/documents")), StreamRDFLib.dataset(out));
        assertTrue(out.contains(Node.ANY, NodeFactory.createURI(ServeFixtures.BASE + "graph/authority"), DCTerms.license.asNode(),
                NodeFactory.createURI(by.metadata())));
        assertTrue(out.contains(Node.ANY, NodeFactory.createURI(ServeFixtures.BASE + "id/" + LETTER), DCTerms.rights.asNode(),
                NodeFactory.createURI(by.texts())));
        assertFalse(out.contains(Node.ANY, Node.ANY, DCTerms.license.asNode(), NodeFactory.createURI(Licences.CC0)));
    }

    @Test
    void codeLicence_isTheApacheLicenceText() throws Exception {
        String text = Files.readString(Path.of("LICENSE"));
        assertTrue(text.contains("Apache License") && text.contains("Version 2.0, January 2004")
                && text.contains("END OF TERMS AND CONDITIONS"));
    }
}
