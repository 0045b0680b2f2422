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
 * A linked-data client that is not ours, Python's rdflib, dereferences an entity IRI of the served letter: it follows
 * the 303 by content negotiation and reads the RDF it is sent. Skipped when python3-rdflib is not installed
 * ({@code .ci/run} installs it).
 */
class LinkedDataClientTest {
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no system python3");
        Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import rdflib").start();
        assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0, "python3-rdflib not installed");
        site = RunningSite.startOnProjectData();
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) site.close();
    }

    @Test
    void rdflibDereferencesZhouEnlai() throws Exception {
        String script = "import rdflib,sys\n"
                + "g=rdflib.Graph(); g.parse(sys.argv[1])\n"
                + "z=rdflib.URIRef(sys.argv[2])\n"
                + "print(g.value(z, rdflib.RDFS.label))\n"
                + "print(len(list(g.subjects(rdflib.URIRef('http://www.cidoc-crm.org/cidoc-crm/P67_refers_to'), z))))\n";
        Process p = new ProcessBuilder(List.of("/usr/bin/python3", "-c", script, site.uri("/id/person/zhou-enlai").toString(),
                ServeFixtures.BASE + "id/person/zhou-enlai")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        String[] lines = out.strip().split("\n");
        assertEquals("Zhou Enlai", lines[lines.length - 2], out);
        assertTrue(Integer.parseInt(lines[lines.length - 1]) >= 1, "the letter refers to him: " + out);
    }
}
