package org.archivelod.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDumpsTest {
    @TempDir
    Path temp;

    @Test
    void dumpsOfTheSameRelease_areReadNotWritten_andAnotherReleaseWritesThemAgain() throws Exception {
        Path dir = temp.resolve("store");
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            Path folder = StoreDumps.folder(dir);

            StoreDumps.Dumps first = StoreDumps.current(store.datasetGraph(), folder, "release-1");
            assertTrue(first.written());
            assertEquals(Optional.of("release-1"), StoreDumps.recorded(folder));
            FileTime written = Files.getLastModifiedTime(folder.resolve(DumpWriter.TRIG));

            StoreDumps.Dumps again = StoreDumps.current(store.datasetGraph(), folder, "release-1");
            assertFalse(again.written(), "the same release: the dumps there are its");
            assertEquals(first.dumps(), again.dumps());
            assertEquals(written, Files.getLastModifiedTime(folder.resolve(DumpWriter.TRIG)));

            StoreDumps.Dumps other = StoreDumps.current(store.datasetGraph(), folder, "release-2");
            assertTrue(other.written(), "another release: written again");
            assertEquals(Optional.of("release-2"), StoreDumps.recorded(folder));
        }
    }

    @Test
    void dumpsWithoutTheirChecksumList_areWrittenAgain_evenForTheRecordedRelease() throws Exception {
        Path dir = temp.resolve("store");
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            Path folder = StoreDumps.folder(dir);
            StoreDumps.current(store.datasetGraph(), folder, "release-1");
            Files.delete(StoreDumps.sums(dir));   // as a write killed before its last move leaves them

            assertTrue(StoreDumps.current(store.datasetGraph(), folder, "release-1").written());
            assertTrue(Files.isRegularFile(StoreDumps.sums(dir)));
        }
    }
}
