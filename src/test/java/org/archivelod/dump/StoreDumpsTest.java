package org.archivelod.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDumpsTest {
    @TempDir
    Path temp;

    @Test
    void aLoadWithTheListener_dropsTheChecksumList_soTheNextStartWritesTheDumpsAgain() throws Exception {
        Path dir = temp.resolve("store");
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            new DumpWriter().write(store.datasetGraph(), StoreDumps.folder(dir));
            assertTrue(Files.isRegularFile(StoreDumps.sums(dir)));

            new DatasetLoader(store, StoreDumps.forgetOnChange(store)).load(ServeFixtures.archive());

            assertFalse(Files.exists(StoreDumps.sums(dir)), "the old release's checksums are gone");
            assertTrue(Files.isRegularFile(StoreDumps.folder(dir).resolve(DumpWriter.TRIG)), "the dumps wait to be rewritten");
            new DumpWriter().reuseOrWrite(store.datasetGraph(), StoreDumps.folder(dir));
            assertTrue(Files.isRegularFile(StoreDumps.sums(dir)), "written again");
        }
    }

    @Test
    void aLoadWithoutTheListener_leavesTheDumpsFolderAlone() throws Exception {
        Path dir = temp.resolve("store");
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            new DumpWriter().write(store.datasetGraph(), StoreDumps.folder(dir));
            byte[] sums = Files.readAllBytes(StoreDumps.sums(dir));
            new DatasetLoader(store).load(ServeFixtures.archive());
            assertArrayEquals(sums, Files.readAllBytes(StoreDumps.sums(dir)));
        }
    }
}
