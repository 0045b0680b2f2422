package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.RDFDataMgr;
import org.archivelod.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converted letter parses in RDF parsers other than Jena's: Raptor's {@code rapper} (TriG, N-Triples, Turtle) and
 * Python's rdflib (JSON-LD), with the same number of triples. {@code .ci/run} installs both (Debian packages
 * raptor2-utils and python3-rdflib); without them the test is skipped.
 */
class IndependentParsersTest {
    @TempDir
    Path tmp;

    record Result(int exit, String out) {}

    static Result exec(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out);
    }

    private Path convert(String ext) {
        Path out = tmp.resolve("letter." + ext);
        assertEquals(0, ConvertCommandTest.run("convert", TestFiles.DOCUMENTS.toString(), "-o", out.toString()).exit());
        return out;
    }

    private static long jenaQuads(Path file) {
        var dsg = RDFDataMgr.loadDatasetGraph(file.toString());
        return dsg.getDefaultGraph().size() + java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(dsg.listGraphNodes(), 0), false)
                .mapToLong(g -> dsg.getGraph(g).size()).sum();
    }

    @Test
    void rapperParsesTrigNTriplesAndTurtle() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/rapper")), "rapper (raptor2-utils) not installed");
        for (String[] f : new String[][] {{"trig", "trig"}, {"nt", "ntriples"}, {"nq", "nquads"}}) {
            Path file = convert(f[0]);
            Result r = exec(List.of("/usr/bin/rapper", "-i", f[1], "-c", file.toString()));
            assertEquals(0, r.exit(), r.out());
            assertTrue(r.out().contains("returned " + jenaQuads(file) + " triples"), f[0] + ": " + r.out());
        }
        Path ttl = convert("ttl");
        Result r = exec(List.of("/usr/bin/rapper", "-i", "turtle", "-c", ttl.toString()));
        assertEquals(0, r.exit(), r.out());
    }

    @Test
    void rdflibParsesJsonLdAndTrig() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no system python3");
        assumeTrue(exec(List.of("/usr/bin/python3", "-c", "import rdflib")).exit() == 0, "python3-rdflib not installed");
        Path jsonld = convert("jsonld");
        Path trig = convert("trig");
        String script = "import rdflib,sys\n"
                + "a=rdflib.ConjunctiveGraph(); a.parse(sys.argv[1], format='json-ld')\n"
                + "b=rdflib.ConjunctiveGraph(); b.parse(sys.argv[2], format='trig')\n"
                + "print(len(a), len(b))\n";
        Result r = exec(List.of("/usr/bin/python3", "-c", script, jsonld.toString(), trig.toString()));
        assertEquals(0, r.exit(), r.out());
        String[] counts = r.out().strip().split("\\s+");
        assertEquals(counts[0], counts[1], "JSON-LD and TriG hold the same quads: " + r.out());
        assertEquals(Long.toString(jenaQuads(trig)), counts[1]);
    }
}
