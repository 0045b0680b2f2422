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
            HttpResponse<String> update = site.send(HttpRequest.newBuilder(site.uri("/sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            "curator:a long test password".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"x\" } }"))
                    .build());
            assertTrue(update.statusCode() == 200 || update.statusCode() == 204, update.statusCode() + update.body());
            HttpResponse<String> count = site.get("/sparql?query="
                    + SparqlProtocolTest.encode(SparqlProtocolTest.COUNT), "Accept", "text/csv");
            assertTrue(count.body().contains("101"), count.body());   // the fixture's 100 and the one written
        }
    }
}
