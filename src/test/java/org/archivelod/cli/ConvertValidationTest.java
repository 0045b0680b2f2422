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
 * not conform unless told {@code --no-validate}; {@code load} of record texts validates them the same way. The non-conforming document is made by a curated event that names
 * nobody (an activity needs an actor or a participant), beside a copy of the authority file.
 */
class ConvertValidationTest {
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
}
