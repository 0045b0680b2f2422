package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.archivelod.TestFiles;
import org.archivelod.dump.DumpWriter;
import org.archivelod.serve.ServeFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** load, dump and query as a user runs them: exit codes, files written, answers printed. */
class StoreCommandsTest {
    /** The serve fixture is written by hand for the site's pages (its concepts lack their scheme): loaded unchecked. */
    static final String NOT_CHECKED = "--no-validate";
    @TempDir
    Path temp;

    @Test
    void loadThenDumpThenQuery_onATdb2Store() throws Exception {
        Path store = temp.resolve("store");
        assertEquals(0, run(new LoadCommand(), ServeFixtures.ARCHIVE.toString(), "--store", store.toString(), NOT_CHECKED));
        assertEquals(0, run(new DumpCommand(), "--store", store.toString(), "-o", temp.resolve("dumps").toString()));
        assertEquals(0, run(new DumpCommand(), "--store", store.toString(), "-o", temp.resolve("again").toString()));
        assertArrayEquals(Files.readAllBytes(temp.resolve("dumps").resolve(DumpWriter.SUMS)),
                Files.readAllBytes(temp.resolve("again").resolve(DumpWriter.SUMS)));
        Path query = Files.writeString(temp.resolve("people.rq"),
                "SELECT ?p WHERE { ?p a <http://www.cidoc-crm.org/cidoc-crm/E21_Person> } ORDER BY ?p");
        String csv = stdout(() -> run(new QueryCommand(), query.toString(), "--store", store.toString(), "--format", "csv"));
        assertTrue(csv.contains(ServeFixtures.ZHOU), csv);
        String fromFile = stdout(() -> run(new QueryCommand(), query.toString(), "--data", ServeFixtures.ARCHIVE.toString()));
        assertTrue(fromFile.contains("zhou-enlai"), fromFile);
    }

    @Test
    void badInputs_giveTheDocumentedExitCodes() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.ttl"), "<a:s> <a:p> \"unterminated .");
        Path store = temp.resolve("store");
        assertEquals(1, run(new LoadCommand(), broken.toString(), "--store", store.toString()));
        assertEquals(2, run(new LoadCommand(), temp.resolve("missing.trig").toString(), "--store", store.toString()));
        assertEquals(2, run(new DumpCommand(), "--store", temp.resolve("nothing").toString(), "-o", temp.toString()));
        Path badQuery = Files.writeString(temp.resolve("bad.rq"), "SELEKT * {}");
        assertEquals(2, run(new QueryCommand(), badQuery.toString(), "--data", ServeFixtures.ARCHIVE.toString()));
        assertEquals(2, run(new QueryCommand(), badQuery.toString()), "a source is required");
    }

    @Test
    void loadOfARecordText_convertsIt_likeConvertThenLoad() throws Exception {
        Path converted = temp.resolve("letter.trig");
        assertEquals(0, Main.commandLine().execute("convert", TestFiles.SEED_LETTER.toString(), "-o", converted.toString()));
        assertEquals(0, run(new LoadCommand(), converted.toString(), "--store", temp.resolve("viaRdf").toString()));
        assertEquals(0, run(new LoadCommand(), TestFiles.SEED_LETTER.toString(), "--store", temp.resolve("viaText").toString()));
        assertEquals(0, run(new DumpCommand(), "--store", temp.resolve("viaRdf").toString(), "-o", temp.resolve("d1").toString()));
        assertEquals(0, run(new DumpCommand(), "--store", temp.resolve("viaText").toString(), "-o", temp.resolve("d2").toString()));
        assertArrayEquals(Files.readAllBytes(temp.resolve("d1").resolve(DumpWriter.SUMS)),
                Files.readAllBytes(temp.resolve("d2").resolve(DumpWriter.SUMS)), "the same dumps, byte for byte");
    }

    @Test
    void loadOfNeitherRdfNorARecord_orOfABadRecord_exit2_nothingLoaded() throws Exception {
        Path store = temp.resolve("store");
        StringWriter err = new StringWriter();
        Path csv = Files.writeString(temp.resolve("table.csv"), "a,b\n");
        assertEquals(2, run(new LoadCommand(), err, csv.toString(), "--store", store.toString()));
        assertTrue(err.toString().contains("table.csv: neither RDF (.trig .ttl .nt .nq .jsonld .rdf, optionally .gz) nor a record text"),
                err.toString());
        Path bad = Files.writeString(temp.resolve("bad.txt"), "not a record\n");
        assertEquals(2, run(new LoadCommand(), err, ServeFixtures.ARCHIVE.toString(), bad.toString(), "--store", store.toString(), NOT_CHECKED));
        assertTrue(err.toString().contains("bad.txt:1: expected a date line"), err.toString());
        assertTrue(err.toString().contains("(nothing was loaded)"), err.toString());
        try (var s = org.archivelod.store.ArchiveStore.open(store)) {
            assertEquals(0L, org.apache.jena.system.Txn.calculateRead(s.datasetGraph(), () -> s.datasetGraph().stream().count()));
        }
    }

    private static int run(Callable<Integer> command, String... args) {
        return run(command, new StringWriter(), args);
    }

    private static int run(Callable<Integer> command, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setErr(new PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        return cl.execute(args);
    }

    private static String stdout(Callable<Integer> action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, action.call());
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
