package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ConvertCommandTest {
    @TempDir
    Path tmp;

    /** Runs the command line as a user would, capturing stderr. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "nt", "ttl", "jsonld"})
    void convertsTheLetter_inEveryFormat_andTwiceGivesTheSameBytes(String ext) throws Exception {
        Path a = tmp.resolve("a." + ext);
        Path b = tmp.resolve("b." + ext);
        assertEquals(0, run("convert", TestFiles.DOCUMENTS.toString(), "-o", a.toString()).exit());
        assertEquals(0, run("convert", TestFiles.DOCUMENTS.toString(), "-o", b.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "converting twice gives byte-identical output");
        DatasetGraph back = RDFDataMgr.loadDatasetGraph(a.toString());
        assertTrue(back.getUnionGraph().size() > 1000 || back.getDefaultGraph().size() > 1000);
    }

    @Test
    void dashOutput_streamsToStandardOutput_theSameBytesAsTheFile() throws Exception {
        Path file = tmp.resolve("letter.nq");
        assertEquals(0, run("convert", TestFiles.DOCUMENTS.toString(), "-o", file.toString()).exit());
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Run r;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            r = run("convert", TestFiles.DOCUMENTS.toString(), "-o", "-", "--format", "nq");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("-> standard output"), r.err());
        assertArrayEquals(Files.readAllBytes(file), captured.toByteArray());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(file), left.toList(), "no file named '-' or temporary file");
        }
    }

    @Test
    void dashOutput_withoutFormat_isAUsageError() {
        Run r = run("convert", TestFiles.DOCUMENTS.toString(), "-o", "-");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("needs --format"), r.err());
        Run unknown = run("convert", TestFiles.DOCUMENTS.toString(), "-o", "-", "--format", "rdfxml");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--format rdfxml: unknown output format"), unknown.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "binary", "nul-bytes", "no-date", "no-title", "body-missing"})
    void badInput_oneLineError_exit2_noOutputLeft(String fixture) throws Exception {
        Path input = TestFiles.fixture("parse", fixture);
        Path output = tmp.resolve("out.trig");
        Run r = run("convert", input.toString(), "-o", output.toString());
        assertEquals(2, r.exit(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, "one line: " + r.err());
        assertTrue(lines[0].startsWith("archive-lod convert: " + input), lines[0]);
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        assertFalse(Files.exists(output), "no output file left behind");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void badInput_existingOutputIsKept() throws Exception {
        Path output = tmp.resolve("out.trig");
        Files.writeString(output, "earlier output");
        Run r = run("convert", TestFiles.fixture("parse", "no-date").toString(), "-o", output.toString());
        assertEquals(2, r.exit());
        assertEquals("earlier output", Files.readString(output));
    }

    @Test
    void keepGoing_skipsBadRecordsAndSaysWhich() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("in"));
        Files.copy(TestFiles.SEED_LETTER, dir.resolve("a-letter.txt"));
        Files.copy(TestFiles.fixture("parse", "no-date"), dir.resolve("b-no-date.txt"));
        Path output = tmp.resolve("out.nq");
        Run r = run("convert", dir.toString(), "-o", output.toString(), "--keep-going");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("1 document(s)"), r.err());
        assertTrue(r.err().contains("b-no-date.txt:3: expected a date line"), r.err());
        assertTrue(r.err().contains("uploaded date: 1 record(s): " + dir.resolve("a-letter.txt")), "which field was missing where: " + r.err());
        assertTrue(Files.size(output) > 0);
    }

    @Test
    void missingInput_andUnknownFormat_areUsageErrors() {
        assertEquals(2, run("convert", tmp.resolve("nope").toString(), "-o", tmp.resolve("x.trig").toString()).exit());
        Run r = run("convert", TestFiles.DOCUMENTS.toString(), "-o", tmp.resolve("x.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown output format"));
        assertEquals(2, run("convert").exit());
    }

    @Test
    void helpAndVersion() {
        Run help = run("convert", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--keep-going"));
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("archive-lod "));
    }
}
