package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archivelod.TestFiles;
import org.archivelod.io.Checksums;
import org.archivelod.dump.DumpWriter;
import org.archivelod.search.SearchIndex;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real faults, not simulated ones: small tmpfs file systems filled for real during {@code load}, {@code convert},
 * {@code dump} and the first {@code serve}; a read-only store; a store locked by another process. The shaded jar runs
 * in a child JVM; each test checks the one line it prints, the exit code, and that what was there before is intact
 * byte for byte (a store by its dumps' checksums, a file by its own).
 */
class RealFaultsIT {
    @TempDir
    static Path shared;
    static Path big;
    static String newRelease;

    @TempDir
    Path tmp;

    @BeforeAll
    static void prepare() throws Exception {
        big = shared.resolve("big.nq");   // 64 MB of N-Quads, as in issue 17
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int i = 0; written < 64L << 20; i++) {
                String line = "<http://example.org/s" + i + "> <http://example.org/p" + i % 50 + "> \"value " + i
                        + "\" <http://example.org/g" + i % 100 + "> .\n";
                w.write(line);
                written += line.length();
            }
        }
        Path store = shared.resolve("new");
        Releases.load(store, Releases.NEW_BASE);
        newRelease = Releases.sums(store, shared);
    }

    private static void assertOneLine(String expected, ChildJvm.Run run) {
        assertEquals(List.of(expected), run.messages(), String.join("\n", run.err()));
        assertFalse(run.anyStackTrace(), String.join("\n", run.err()));
    }

    /** The last line serve printed (it may say more before, e.g. the base it mints IRIs under). */
    private static String last(ChildJvm.Run run) {
        List<String> messages = run.messages();
        assertFalse(messages.isEmpty(), String.join("\n", run.err()));
        return messages.get(messages.size() - 1);
    }

    private static void report(String what, ChildJvm.Run run, String figures) {
        System.out.printf("RealFaultsIT: %s: exit %d after %.1f s; %s; \"%s\"%n", what, run.exit(), run.seconds(), figures,
                String.join(" / ", run.messages()));
    }

    @Test
    void load_ontoAFullDisk_oneLine_exit1_storeIntact() throws Exception {
        // room for the seed letter's store with its site aggregates and name index (3.6 MB), not for 64 MB more
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "8m")) {
            Path store = disk.dir().resolve("store");
            Releases.load(store, Releases.OLD_BASE);
            String before = Releases.sums(store, tmp);
            long quads = Releases.quads(store);
            ChildJvm.Run run = ChildJvm.run(List.of(), null, tmp, "load", big.toString(), "--store", store.toString(), "--no-validate");
            assertEquals(1, run.exit(), String.join("\n", run.err()));
            assertEquals(1, run.messages().size(), String.join("\n", run.err()));
            String line = run.messages().get(0);
            assertTrue(line.startsWith("archive-lod load: " + store + ": no space left on the device"), line);
            assertTrue(line.endsWith("; the store is unchanged"), line);
            assertFalse(run.anyStackTrace(), String.join("\n", run.err()));
            assertEquals(before, Releases.sums(store, tmp), "the store holds what it held, byte for byte");
            report("load of 64 MB into an 8 MB tmpfs", run, "quads before " + quads + ", after " + Releases.quads(store));
        }
    }

    @Test
    void convert_ontoAFullDisk_oneLine_exit1_earlierOutputIntact_andAPipeSaysItIsIncomplete() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "3m")) {
            Path out = disk.dir().resolve("letter.trig");
            assertEquals(0, Main.commandLine().execute("convert", TestFiles.SEED_LETTER.toString(), "-o", out.toString(),
                    "--base", Releases.OLD_BASE));
            String before = Checksums.sha256(out);
            disk.fill(64 << 10);
            ChildJvm.Run run = ChildJvm.run(List.of(), null, tmp, "convert", TestFiles.SEED_LETTER.toString(), "-o", out.toString());
            assertEquals(1, run.exit());
            assertOneLine("archive-lod convert: " + out + ": no space left on the device; no output was written (" + out
                    + " is as it was)", run);
            assertEquals(before, Checksums.sha256(out), "the earlier output is as it was");
            assertEquals(List.of(), Releases.leftovers(disk.dir()), "nothing half-written is left");
            report("convert onto a full 3 MB tmpfs", run, "earlier output unchanged (sha256 " + before.substring(0, 12) + "…)");

            Path piped = disk.dir().resolve("piped.nt");
            ChildJvm.Run pipe = ChildJvm.run(List.of(), piped, tmp, "convert", TestFiles.SEED_LETTER.toString(), "-o", "-", "--format", "nt");
            assertEquals(1, pipe.exit());
            assertOneLine("archive-lod convert: standard output: writing failed (a full disk or a closed pipe); the output is incomplete", pipe);
            report("convert -o - into a file on the full tmpfs", pipe, Files.size(piped) + " bytes arrived");
        }
    }

    @Test
    void dump_ontoAFullDisk_oneLine_exit1_earlierDumpsIntact() throws Exception {
        Path store = tmp.resolve("store");
        Releases.load(store, Releases.NEW_BASE);
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "3m")) {
            Path dumps = disk.dir().resolve("dumps");
            Path old = tmp.resolve("old");
            Releases.load(old, Releases.OLD_BASE);
            try (ArchiveStore s = ArchiveStore.open(old)) {
                new DumpWriter().write(s.datasetGraph(), dumps);
            }
            String before = Files.readString(dumps.resolve(DumpWriter.SUMS));
            disk.fill(128 << 10);
            ChildJvm.Run run = ChildJvm.run(List.of(), null, tmp, "dump", "--store", store.toString(), "-o", dumps.toString());
            assertEquals(1, run.exit());
            assertOneLine("archive-lod dump: " + dumps + ": no space left on the device; no dump was replaced", run);
            assertEquals(before, Files.readString(dumps.resolve(DumpWriter.SUMS)));
            assertTrue(Releases.consistent(dumps), "every earlier dump has its checksum, nothing half-written is left");
            report("dump onto a full 3 MB tmpfs", run, "earlier dumps unchanged by SHA256SUMS");
        }
    }

    @Test
    void firstServe_storeOnAFullDisk_oneLine_exit1_storeEmpty() throws Exception {
        Path data = Releases.dataFolder(tmp.resolve("data"));
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "1m")) {
            Path store = disk.dir().resolve("store");
            ChildJvm.Run run = ChildJvm.run(List.of(), null, tmp, "serve", "--data", data.toString(), "--store", store.toString(), "--port", "0",
                    "--base", Releases.NEW_BASE);
            assertEquals(1, run.exit(), String.join("\n", run.err()));
            String line = last(run);
            assertTrue(line.startsWith("archive-lod serve: " + store + ": no space left on the device"), line);
            assertTrue(line.endsWith("; the store is unchanged"), line);
            disk.resize("16m");
            assertEquals(0, Releases.quads(store), "the store is as it was: empty");
            report("first serve, store on a 1 MB tmpfs", run, "quads after 0");
        }
    }

    @Test
    void firstServe_dumpsOnAFullDisk_oneLine_exit1_storeHoldsTheRelease_noDumpHalfWritten() throws Exception {
        Path data = Releases.dataFolder(tmp.resolve("data"));
        Path store = tmp.resolve("store");
        Path dumps = store.resolve("dumps");
        ChildJvm.Run run;
        try (Tmpfs disk = Tmpfs.mount(dumps, "64k")) {
            run = ChildJvm.run(List.of(), null, tmp, "serve", "--data", data.toString(), "--store", store.toString(), "--port", "0",
                    "--base", Releases.NEW_BASE);
            assertEquals(1, run.exit(), String.join("\n", run.err()));
            assertTrue(run.messages().stream().anyMatch(m -> m.startsWith("archive-lod serve: converted and validated 1 document(s), loaded ")),
                    String.join("\n", run.err()));
            assertEquals("archive-lod serve: " + dumps + ": no space left on the device; the store holds the new data;"
                            + " its dumps will be written at the next start", last(run), String.join("\n", run.err()));
            assertFalse(run.anyStackTrace(), String.join("\n", run.err()));
            assertFalse(Files.exists(dumps.resolve(DumpWriter.SUMS)));
            assertEquals(List.of(), Releases.leftovers(dumps), "nothing half-written is left");
        }
        assertEquals(newRelease, Releases.sums(store, tmp), "the store holds the release, byte for byte");
        report("first serve, dumps on a 64 KB tmpfs", run, "store holds the release (" + Releases.quads(store) + " quads)");
    }

    @Test
    void firstServe_indexOnAFullDisk_oneLine_exit1_storeAndDumpsHoldTheRelease() throws Exception {
        Path data = Releases.dataFolder(tmp.resolve("data"));
        Path store = tmp.resolve("store");
        Path index = SearchIndex.besideStore(store);
        ChildJvm.Run run;
        try (Tmpfs disk = Tmpfs.mount(index, "8k")) {
            run = ChildJvm.run(List.of(), null, tmp, "serve", "--data", data.toString(), "--store", store.toString(), "--port", "0",
                    "--base", Releases.NEW_BASE);
            assertEquals(1, run.exit(), String.join("\n", run.err()));
            assertTrue(run.messages().stream().anyMatch(m -> m.startsWith("archive-lod serve: converted and validated 1 document(s), loaded ")),
                    String.join("\n", run.err()));
            assertEquals("archive-lod serve: " + index + ": no space left on the device; the store and its dumps hold the new data;"
                            + " the search index will be rebuilt at the next start", last(run), String.join("\n", run.err()));
            assertFalse(run.anyStackTrace(), String.join("\n", run.err()));
        }
        assertTrue(Releases.consistent(store.resolve("dumps")));
        assertEquals(newRelease, Files.readString(store.resolve("dumps").resolve(DumpWriter.SUMS)));
        report("first serve, search index on an 8 KB tmpfs", run, "store and dumps hold the release");
    }

    @Test
    void load_intoAReadOnlyStore_oneLine_exit1_storeIntact() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "8m")) {
            Path store = disk.dir().resolve("store");
            Releases.load(store, Releases.OLD_BASE);
            String before = Releases.sums(store, tmp);
            disk.writable(false);
            ChildJvm.Run run = ChildJvm.run(List.of(), null, tmp, "load", TestFiles.SEED_LETTER.toString(), "--store", store.toString());
            assertEquals(1, run.exit());
            assertOneLine("archive-lod load: " + store + ": the file system is read-only (" + store.resolve("tdb.lock")
                    + "); the store is unchanged", run);
            disk.writable(true);
            assertEquals(before, Releases.sums(store, tmp));
            report("load into a store on a read-only file system", run, "store unchanged by its dumps' checksums");
        }
    }

    @Test
    void load_intoAStoreLockedByAnotherProcess_oneLine_exit1_storeIntact() throws Exception {
        Path store = tmp.resolve("store");
        Releases.load(store, Releases.OLD_BASE);
        try (ArchiveStore held = ArchiveStore.open(store)) {   // this JVM holds tdb.lock
            String before = Releases.sums(held, tmp);
            ChildJvm.Run run = ChildJvm.run(List.of(), null, tmp, "load", TestFiles.SEED_LETTER.toString(), "--store", store.toString());
            assertEquals(1, run.exit());
            assertOneLine("archive-lod load: " + store + ": the store is in use by another process (process "
                    + ProcessHandle.current().pid() + " holds its tdb.lock); the store is unchanged", run);
            assertEquals(before, Releases.sums(held, tmp));
            report("load into a store another process holds", run, "store unchanged by its dumps' checksums");
        }
    }
}
