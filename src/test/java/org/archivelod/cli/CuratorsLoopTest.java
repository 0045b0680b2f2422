package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archivelod.TestFiles;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.reconcile.AuthorityFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curators' loop: {@code candidates} writes the names the authority file lacks as a CSV for OpenRefine; the
 * curator fills in scheme, id and source; {@code authority import} adds exactly the reconciled rows, refuses a row
 * without a source (nothing written), and the next conversion knows the person.
 */
class CuratorsLoopTest {
    @TempDir
    Path tmp;
    Path authority;
    Path records;

    @BeforeEach
    void fixture() throws Exception {
        authority = Files.createDirectories(tmp.resolve("authority"));
        try (var files = Files.list(TestFiles.AUTHORITY)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) Files.copy(f, authority.resolve(f.getFileName()));
        }
        records = Files.createDirectories(tmp.resolve("records"));
        Files.writeString(records.resolve("a.txt"), "Skip to content\n\nMay 1, 1953\n\nNote on the talks with Molotov\n\n"
                + "[A fixture written for the curators' loop; not a record of the archive.]\n\n\n"
                + "The talks went well.\n\n\nA fixture record.\n\n\nDocument Information\n\n\n"
                + "Fixture archive, fond 1, opis 1, delo 1. Translated for NKIDP by Ivan Q. Examplev.\n");
    }

    @Test
    void candidates_thenImport_addsExactlyTheReconciledRows() throws Exception {
        Path csv = tmp.resolve("candidates.csv");
        var run = ConvertCommandTest.run("candidates", records.toString(), "-o", csv.toString(), "--authority", authority.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("name,as_printed,kind,convention,document,passage,scheme,id,source", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"Ivan Q. Examplev\"")), lines.toString());

        // the curator reconciles one name and leaves a second row (a copy) unreconciled
        Files.write(csv, List.of(lines.get(0),
                "\"Ivan Q. Examplev\",\"Ivan Q. Examplev\",person,x,a.txt,\"…\",wikidata,Q4115189,\"https://www.wikidata.org/wiki/Q4115189 (test fixture)\"",
                "\"Someone Else\",\"Someone Else\",person,x,a.txt,\"…\",,,"));
        var imported = ConvertCommandTest.run("authority", "import", csv.toString(), "--authority", authority.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.err().contains("1 entity added") && imported.err().contains("1 row(s) without an identifier left out"), imported.err());
        AuthorityEntity added = AuthorityFile.read(authority).get("person", "ivan-q-examplev").orElseThrow();
        assertEquals("Ivan Q. Examplev", added.label());
        assertEquals("Q4115189", added.identifiers().get(0).value());
        assertTrue(AuthorityFile.read(authority).get("person", "someone-else").isEmpty(), "unreconciled rows are left out");

        // the next run finds no candidate left for him: the authority file knows him now
        var again = ConvertCommandTest.run("candidates", records.toString(), "-o", csv.toString(), "--authority", authority.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(Files.readAllLines(csv).stream().noneMatch(l -> l.contains("Examplev")));
    }

    @Test
    void aRowWithoutASource_refusesTheImport_andNothingIsWritten() throws Exception {
        Path people = authority.resolve("people.json");
        byte[] before = Files.readAllBytes(people);
        Path csv = tmp.resolve("reconciled.csv");
        Files.write(csv, List.of("name,kind,scheme,id,source",
                "\"Ivan Q. Examplev\",person,wikidata,Q4115189,\"https://www.wikidata.org/wiki/Q4115189\"",
                "\"Petr R. Examplov\",person,wikidata,Q4115190,"));
        var run = ConvertCommandTest.run("authority", "import", csv.toString(), "--authority", authority.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(csv + ":3: the identifier Q4115190 has no source"), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertArrayEquals(before, Files.readAllBytes(people));
    }
}
