package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** With {@code --allow-update}, SPARQL Update at /sparql works (and only then: see SparqlProtocolTest). */
class UpdateAllowedTest {
    @Test
    void update_isAccepted_whenAllowed() throws Exception {
        try (RunningSite site = RunningSite.start(true)) {
            HttpResponse<String> update = update(site,
                    "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"x\" } }");
            assertTrue(update.statusCode() == 200 || update.statusCode() == 204, update.statusCode() + update.body());
            HttpResponse<String> count = site.get("/sparql?query="
                    + SparqlProtocolTest.encode(SparqlProtocolTest.COUNT), "Accept", "text/csv");
            assertTrue(count.body().contains("101"), count.body());   // the fixture's 100 and the one written
        }
    }

    @Test
    void aDocumentAddedByAnUpdate_showsInTheHomePagesCounts() throws Exception {
        try (RunningSite site = RunningSite.start(true)) {
            String before = site.get("/").body();
            assertTrue(before.contains("1 document from 1950,"), before);
            String document = ServeFixtures.BASE + "id/document/1960-01-02-added";
            HttpResponse<String> update = update(site, "PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>\n"
                    + "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    + "INSERT DATA { GRAPH <" + ServeFixtures.BASE + "graph/document/1960-01-02-added> {\n"
                    + "  <" + ServeFixtures.BASE + "graph/document/1960-01-02-added> dcterms:subject <" + document + "> .\n"
                    + "  <" + document + "> a crm:E31_Document ; rdfs:label \"Added\"@en ; dcterms:title \"Added\" ; dcterms:date \"1960-01-02\" } }");
            assertTrue(update.statusCode() == 200 || update.statusCode() == 204, update.statusCode() + update.body());
            String after = site.get("/").body();
            assertTrue(after.contains("2 documents from 1950 to 1960,"), after);
            assertTrue(after.contains(">Added<"), after);   // and in the list of documents
        }
    }

    private static HttpResponse<String> update(RunningSite site, String update) throws Exception {
        return site.send(HttpRequest.newBuilder(site.uri("/sparql"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "curator:a long test password".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build());
    }
}
