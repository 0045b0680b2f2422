package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.archivelod.IndependentSha256;
import org.archivelod.dump.DumpWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /dumps/ serves the files SHA256SUMS lists; /void and /.well-known/void describe them and the data. */
class DownloadsAndVoidTest {
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
    void everyDump_matchesItsChecksum() throws Exception {
        List<String> sums = site.get("/dumps/" + DumpWriter.SUMS).body().lines().toList();
        assertEquals(4, sums.size());
        for (String line : sums) {
            String[] parts = line.split("  ");
            HttpResponse<byte[]> file = site.getBytes("/dumps/" + parts[1]);
            assertEquals(200, file.statusCode(), parts[1]);
            assertEquals(parts[0], IndependentSha256.of(file.body()), parts[1]);
        }
        assertEquals(404, site.get("/dumps/archive-lod.txt").statusCode());
        assertTrue(site.get("/dumps/").body().contains("archive-lod.nt.gz"));
    }

    @Test
    void void_describesCountsEndpointDumpsAndRightsAsPrinted() throws Exception {
        for (String path : new String[] {"/void", "/.well-known/void"}) {
            HttpResponse<String> r = site.get(path, "Accept", "text/turtle");
            assertEquals(200, r.statusCode());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(m);
            Resource dataset = m.listSubjectsWithProperty(VOID.triples).next();
            assertEquals(100, dataset.getProperty(VOID.triples).getInt());
            assertEquals(ServeFixtures.BASE + "sparql", dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
            assertEquals(4, dataset.listProperties(DCAT.distribution).toList().size());
            assertEquals(4, m.listObjectsOfProperty(m.createProperty("http://spdx.org/rdf/terms#checksumValue")).toList().size());
            assertTrue(dataset.getProperty(DCTerms.rights).getString().startsWith("The History and Public Policy Program"));
            assertTrue(dataset.hasProperty(VOID.vocabulary, m.createResource("http://www.cidoc-crm.org/cidoc-crm/")));
            assertTrue(dataset.getProperty(DCTerms.license) == null, "no licence the source does not state");
        }
    }
}
