package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    private static final int OK = 0;
    private static final int INVALID = 1;
    private static final int UNREADABLE = 2;
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/validate");
    private static final String CONFORMING = FIXTURES.resolve("conforming.trig").toString();
    private static final String RANGE_ERROR = FIXTURES.resolve("range/input.trig").toString();
    private static final String UNPARSEABLE = FIXTURES.resolve("unparseable/input.ttl").toString();

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {}

    private static Run validate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ValidateCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void conformingFile_exitsZero_andSaysSo() {
        Run run = validate(CONFORMING);
        assertEquals(OK, run.exitCode(), run.err());
        assertEquals("conforms: no problems\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void nonConformingFile_exitsOne_andPrintsAProblemPerLine() {
        Run run = validate(RANGE_ERROR);
        assertEquals(INVALID, run.exitCode());
        assertTrue(run.out().contains("range: <http://localhost:3030/id/document/x/creation> crm:P4_has_time-span"
                + " <http://localhost:3030/id/person/stalin>: object is a crm:E21_Person, expected crm:E52_Time-Span"),
                run.out());
        assertTrue(run.out().endsWith("does not conform: 3 problems (1 shape, 2 range)\n"), run.out());
    }

    @Test
    void jsonOption_printsTheReportAsJson() throws IOException {
        Run run = validate("--json", RANGE_ERROR);
        assertEquals(INVALID, run.exitCode());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertFalse(json.get("conforms").asBoolean());
        assertEquals(3, json.get("problems").size());
        assertEquals("http://localhost:3030/id/document/x/creation", json.get("problems").get(0).get("focusNode").asText());
    }

    @Test
    void unparseableFile_exitsTwo_withFileAndLine_andNoStackTrace() {
        Run run = validate(CONFORMING, UNPARSEABLE);
        assertEquals(UNREADABLE, run.exitCode());
        assertTrue(run.err().startsWith(UNPARSEABLE + ": line 5: "), run.err());
        assertTrue(run.err().contains("crm"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void parserWarning_isPrintedWithItsLine_andValidationGoesOn() throws IOException {
        Path ttl = Files.writeString(tmp.resolve("warning.ttl"),
                "<http://localhost:3030/id/x> <http://localhost:3030/p> \"abc\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
        Run run = validate(ttl.toString());
        assertEquals(OK, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(ttl + ": line 1: warning: "), run.err());
    }

    @Test
    void missingFile_exitsTwo() {
        String missing = tmp.resolve("missing.ttl").toString();
        Run run = validate(missing);
        assertEquals(UNREADABLE, run.exitCode());
        assertEquals(missing + ": no such readable file\n", run.err().replace("\r\n", "\n"));
    }

    @Test
    void unknownExtension_exitsTwo_namingTheSyntaxesWeRead() throws IOException {
        Path csv = Files.writeString(tmp.resolve("data.csv"), "a,b\n");
        Run run = validate(csv.toString());
        assertEquals(UNREADABLE, run.exitCode());
        assertTrue(run.err().startsWith(csv + ": unknown RDF syntax"), run.err());
    }

    @Test
    void noFile_isAUsageError() {
        Run run = validate();
        assertEquals(UNREADABLE, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter"), run.err());
    }

    @Test
    void filesAreValidatedTogether_inEverySyntax() throws IOException {
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(CONFORMING);
        Path nq = tmp.resolve("all.nq");
        Path jsonld = tmp.resolve("all.jsonld");
        Path ntGz = tmp.resolve("default.nt.gz");
        Path rdf = tmp.resolve("default.rdf");
        try (OutputStream out = Files.newOutputStream(nq)) { RDFDataMgr.write(out, data, Lang.NQUADS); }
        try (OutputStream out = Files.newOutputStream(jsonld)) { RDFDataMgr.write(out, data, Lang.JSONLD); }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(ntGz))) {
            RDFDataMgr.write(out, data.getUnionGraph(), Lang.NTRIPLES);
        }
        try (OutputStream out = Files.newOutputStream(rdf)) { RDFDataMgr.write(out, data.getUnionGraph(), Lang.RDFXML); }
        for (Path file : new Path[] {nq, jsonld, ntGz, rdf}) {
            Run run = validate(file.toString());
            assertEquals(OK, run.exitCode(), file + ": " + run.out() + run.err());
        }
    }

    @Test
    void help_listsTheExitCodes() {
        Run run = validate("--help");
        assertEquals(OK, run.exitCode());
        assertTrue(run.out().contains("Usage: validate"), run.out());
        assertTrue(run.out().contains("1   the data does not conform"), run.out());
    }
}
