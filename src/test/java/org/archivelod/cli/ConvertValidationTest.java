package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.archivelod.TestFiles;
import org.archivelod.cli.ConvertCommandTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert} validates each document against the profile as it converts it, and refuses to write data that does
 * not conform unless told {@code --no-validate}; {@code load} validates record texts the same way, and RDF files document
 * graph by document graph before anything is loaded. The non-conforming document is made by a curated event that names
 * nobody (an activity needs an actor or a participant), beside a copy of the authority file.
 */
class ConvertValidationTest {
    /** Short records in the archive's layout, several documents naming the same people. */
    private static final String SITE_FIXTURES = "src/test/resources/fixtures/site/documents";
    @TempDir
    Path tmp;
    private Path authority;

    @BeforeEach
    void curateAnEventWithNobodyInIt() throws Exception {
        authority = TestFiles.authorityWithAnEventOfNobody(tmp);
    }

    @Test
    void nonConformingDocument_isRefused_exit1_noOutput_andTheProblemNamed() {
        Path output = tmp.resolve("out.trig");
        Run r = ConvertCommandTest.run("convert", TestFiles.SEED_LETTER.toString(), "--authority", authority.toString(),
                "-o", output.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(TestFiles.SEED_LETTER + ": does not conform to the profile"), r.err());
        assertTrue(r.err().contains("an activity has at least one crm:P14_carried_out_by or crm:P11_had_participant"), r.err());
        assertTrue(r.err().contains("a-dispatch-of-nobody"), r.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void keepGoing_skipsTheNonConformingDocument_andSaysWhy() {
        Run r = ConvertCommandTest.run("convert", TestFiles.SEED_LETTER.toString(), "--authority", authority.toString(),
                "-o", tmp.resolve("out.nq").toString(), "--keep-going");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("0 document(s)"), r.err());
        assertTrue(r.err().contains("1 record(s) skipped"), r.err());
        assertTrue(r.err().contains("does not conform to the profile"), r.err());
    }

    @Test
    void noValidate_writesItAnyway() {
        Path output = tmp.resolve("out.nt");
        Run r = ConvertCommandTest.run("convert", TestFiles.SEED_LETTER.toString(), "--authority", authority.toString(),
                "-o", output.toString(), "--no-validate");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(output));
        Run check = ConvertCommandTest.run("validate", output.toString());
        assertEquals(1, check.exit(), "the whole-file validation agrees that it does not conform");
    }

    @Test
    void conformingDocuments_areWritten_theSameBytesAsWithoutValidation() throws Exception {
        Path checked = tmp.resolve("checked.nq");
        Path unchecked = tmp.resolve("unchecked.nq");
        assertEquals(0, ConvertCommandTest.run("convert", TestFiles.DOCUMENTS.toString(), "-o", checked.toString()).exit());
        assertEquals(0, ConvertCommandTest.run("convert", TestFiles.DOCUMENTS.toString(), "-o", unchecked.toString(),
                "--no-validate").exit());
        assertEquals(-1L, Files.mismatch(checked, unchecked));
    }

    @Test
    void load_ofARecordThatDoesNotConform_loadsNothing_exit1() {
        Path store = tmp.resolve("store");
        Run r = ConvertCommandTest.run("load", TestFiles.SEED_LETTER.toString(), "--authority", authority.toString(),
                "--store", store.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(TestFiles.SEED_LETTER + ": does not conform to the profile"), r.err());
        assertTrue(r.err().contains("(nothing was loaded)"), r.err());
    }

    @Test
    void load_ofAnRdfFileThatDoesNotConform_loadsNothing_exit1_andNamesTheDocumentGraph() throws Exception {
        Path nquads = nonConformingNQuads();
        Path store = tmp.resolve("store");
        Run r = ConvertCommandTest.run("load", nquads.toString(), "--store", store.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(nquads + ": document graph http://localhost:3030/graph/document/"), r.err());
        assertTrue(r.err().contains("does not conform to the profile"), r.err());
        assertTrue(r.err().contains("a-dispatch-of-nobody"), r.err());
        assertTrue(r.err().contains("(nothing was loaded)"), r.err());

        Run anyway = ConvertCommandTest.run("load", nquads.toString(), "--store", store.toString(), "--no-validate");
        assertEquals(0, anyway.exit(), anyway.err());
    }

    @Test
    void load_ofAFileWhoseDocumentGraphsAreInterleaved_isCheckedAsAWhole() throws Exception {
        Path nquads = tmp.resolve("letters.nq");
        Run w = ConvertCommandTest.run("convert", TestFiles.SEED_LETTER.toString(), SITE_FIXTURES, "--authority",
                authority.toString(), "-o", nquads.toString(), "--no-validate");
        assertEquals(0, w.exit(), w.err());
        Path sorted = tmp.resolve("sorted.nq");
        Files.write(sorted, Files.readAllLines(nquads).stream().sorted().toList());   // by subject: graphs interleaved
        Run r = ConvertCommandTest.run("load", sorted.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(sorted + ": does not conform to the profile"), r.err());
        assertTrue(r.err().contains("a-dispatch-of-nobody"), r.err());
    }

    @Test
    void load_ofConformingRdfFiles_interleavedOrNot_loadsThem() throws Exception {
        Path nquads = tmp.resolve("good.nq");
        assertEquals(0, ConvertCommandTest.run("convert", TestFiles.DOCUMENTS.toString(), SITE_FIXTURES, "-o",
                nquads.toString()).exit());
        Path sorted = tmp.resolve("sorted.nq");
        Files.write(sorted, Files.readAllLines(nquads).stream().sorted().toList());
        for (Path file : new Path[] {nquads, sorted}) {
            Run r = ConvertCommandTest.run("load", file.toString(), "--store", tmp.resolve("store-" + file.getFileName()).toString());
            assertEquals(0, r.exit(), r.err());
        }
    }

    @Test
    void load_ofMoreStatementsOutsideDocumentGraphsThanAReleaseHas_isRefusedWithAWord_unread() throws Exception {
        Path foreign = tmp.resolve("foreign.nq");
        try (var w = Files.newBufferedWriter(foreign)) {
            for (int i = 0; i <= 250_000; i++) {
                w.write("<http://example.org/s" + i + "> <http://example.org/p> \"x\" <http://example.org/g> .\n");
            }
        }
        Run r = ConvertCommandTest.run("load", foreign.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(foreign + ": more than 250000 statements outside document graphs"), r.err());
        assertTrue(r.err().contains("--no-validate loads it unchecked"), r.err());
    }

    /** The seed letter with its event of nobody, written as N-Quads without validation, one document graph in one run. */
    private Path nonConformingNQuads() {
        Path nquads = tmp.resolve("letter.nq");
        Run w = ConvertCommandTest.run("convert", TestFiles.SEED_LETTER.toString(), "--authority", authority.toString(),
                "-o", nquads.toString(), "--no-validate");
        assertEquals(0, w.exit(), w.err());
        return nquads;
    }
}
