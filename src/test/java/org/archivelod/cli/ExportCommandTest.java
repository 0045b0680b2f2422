package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archivelod.cmif.CmifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export --cmif} from a data folder and from a store: the same letters, a valid CMIF file, documented exit codes. */
class ExportCommandTest {
    @TempDir
    Path temp;

    @Test
    void exportCmif_fromTheDataFolderAndFromAStoreOfIt_givesTheSameValidFile() throws Exception {
        Path fromData = temp.resolve("from-data.xml");
        assertEquals(0, run("--cmif", "--data", "data", "-o", fromData.toString()));
        assertEquals(List.of(), CmifSchema.problems(Files.readAllBytes(fromData)));
        String xml = Files.readString(fromData, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<persName ref=\"http://www.wikidata.org/entity/Q855\">Joseph Stalin</persName>"), xml);
        assertTrue(xml.contains("<idno type=\"url\">http://localhost:3030/cmif.xml</idno>"), xml);

        Path store = temp.resolve("store");
        Path trig = temp.resolve("data.trig");
        assertEquals(0, new CommandLine(new ConvertCommand()).setErr(new PrintWriter(new StringWriter()))
                .execute("data/documents", "-o", trig.toString()));
        assertEquals(0, new CommandLine(new LoadCommand()).setErr(new PrintWriter(new StringWriter()))
                .execute(trig.toString(), "--store", store.toString()));
        Path fromStore = temp.resolve("from-store.xml");
        assertEquals(0, run("--cmif", "--store", store.toString(), "-o", fromStore.toString()));
        // the same letters; the store's file is dated with the release its load described (as /cmif.xml is), the data
        // folder's, converted in memory, has no release and so no date
        String stored = Files.readString(fromStore, StandardCharsets.UTF_8);
        assertTrue(stored.matches("(?s).*<date when=\"\\d{4}-\\d{2}-\\d{2}T[^\"]+\"/>.*"), stored.substring(0, 600));
        assertEquals(xml, stored.replaceFirst("<date when=\"[^\"]+\"/>", "<date/>"));
    }

    @Test
    void exportCmif_badUsage_exitsTwo() {
        assertEquals(2, run("--cmif"), "a store or a data folder is required");
        assertEquals(2, run("--store", "data"), "--cmif is required");
        assertEquals(2, run("--cmif", "--store", temp.resolve("nothing").toString()));
        assertEquals(2, run("--cmif", "--data", "data", "--base", "http://example.org"));
    }

    private static int run(String... args) {
        CommandLine cl = new CommandLine(new ExportCommand());
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        return cl.execute(args);
    }
}
