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
import org.archivelod.dump.DumpWriter;
import org.archivelod.serve.ServeFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** load, dump and query as a user runs them: exit codes, files written, answers printed. */
class StoreCommandsTest {
    @TempDir
    Path temp;

    @Test
    void loadThenDumpThenQuery_onATdb2Store() throws Exception {
        Path store = temp.resolve("store");
        assertEquals(0, run(new LoadCommand(), ServeFixtures.ARCHIVE.toString(), "--store", store.toString()));
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

    private static int run(Callable<Integer> command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setErr(new PrintWriter(new StringWriter()));
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
