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
    private static RunningSite atItsAddress;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no system python3");
        Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import rdflib").start();
        assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0, "python3-rdflib not installed");
        site = RunningSite.startOnProjectData();
        atItsAddress = RunningSite.startOnProjectDataAtItsAddress();
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) site.close();
        if (atItsAddress != null) atItsAddress.close();
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

    /** rdflib dereferences every IRI of the letter's description and every IRI of theirs, the percent-encoded ones too. */
    @Test
    void rdflibFollowsEveryIri_twoHopsDeep() throws Exception {
        String letter = atItsAddress.base() + "id/document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
        Process p = new ProcessBuilder(List.of("/usr/bin/python3", "src/test/resources/clients/rdflib_follow.py", letter,
                atItsAddress.base())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("dereferenced (\\d+) failed (\\d+) encoded (\\d+)").matcher(out);
        assertTrue(m.find(), out);
        assertEquals(0, Integer.parseInt(m.group(2)), out);
        assertTrue(Integer.parseInt(m.group(1)) > 100, "two hops reach many entities: " + out);
        assertTrue(Integer.parseInt(m.group(3)) >= 1, "IRIs with Chinese characters are among them: " + out);
    }
}
