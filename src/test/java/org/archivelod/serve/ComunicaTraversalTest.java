package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comunica, the most used JavaScript linked-data engine, answers a query by link traversal alone: it is given only the
 * letter's IRI and must follow the links it is served (303s, content negotiation, the default graph of whatever format
 * it prefers) to Zhou Enlai and on to his name in Chinese, which only his own appellation's description states. Runs the
 * engine {@code .ci/run} installs from npm into {@code .ci/clients}; skipped with a message where it is not installed.
 */
class ComunicaTraversalTest {
    private static final Path ENGINE = Path.of(".ci/clients/node_modules/.bin/comunica-sparql-link-traversal");
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(ENGINE), "Comunica is not installed: run (cd .ci/clients && npm ci), as .ci/run does");
        site = RunningSite.startOnProjectDataAtItsAddress();
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) site.close();
    }

    @Test
    void followsTheLetter_toZhouEnlai_andHisNameInChinese() throws Exception {
        String letter = site.base() + "id/document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
        String query = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
                SELECT DISTINCT ?label ?name WHERE {
                  <%s> crm:P67_refers_to ?person .
                  ?person rdfs:label ?label ; crm:P1_is_identified_by ?appellation .
                  ?appellation crm:P190_has_symbolic_content ?name .
                  FILTER(?label = "Zhou Enlai"@en && ?name = "周恩来")
                }""".formatted(letter);
        // --lenient: the engine also tries the links out of the dataset (Wikidata, GeoNames), unreachable on a closed
        // network; the answer still needs two links followed here, since the letter's description has no Chinese name
        Process p = new ProcessBuilder(ENGINE.toAbsolutePath().toString(), letter, query, "--lenient")
                .redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Comunica finished");
        assertEquals(0, p.exitValue(), err);
        assertTrue(out.contains("\"label\":\"\\\"Zhou Enlai\\\"@en\""), out + err);
        assertTrue(out.contains("周恩来"), out);
        assertTrue(List.of(out.split("\n")).stream().filter(l -> l.contains("Zhou Enlai")).count() >= 1);
    }
}
