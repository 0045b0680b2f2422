package org.archivelod.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.archivelod.TestFiles;
import org.archivelod.dump.DumpWriter;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;

/**
 * Releases of the seed letter for the fault tests, made in this JVM: a store holding one, and a store's content
 * told by its dumps' {@code SHA256SUMS} (same data, same bytes), so that "intact" means byte for byte.
 */
final class Releases {
    /** The base of an earlier release: the same letter under other IRIs, so that old and new never look alike. */
    static final String OLD_BASE = "http://old.example.org/";
    static final String NEW_BASE = "http://localhost:3030/";

    private Releases() {}

    /** Loads the seed letter, converted under {@code base}, into the TDB2 store in {@code store}. */
    static void load(Path store, String base) throws Exception {
        Conversion conversion = new Conversion(new ConversionSettings(base, TestFiles.AUTHORITY));
        try (ArchiveStore s = ArchiveStore.open(store)) {
            new DatasetLoader(s).load(sink -> conversion.run(List.of(TestFiles.SEED_LETTER), sink));
        }
    }

    /** The {@code SHA256SUMS} of the store's dumps. */
    static String sums(Path store, Path scratch) throws IOException {
        try (ArchiveStore s = ArchiveStore.open(store)) {
            return sums(s, scratch);
        }
    }

    static String sums(ArchiveStore s, Path scratch) throws IOException {
        Path out = Files.createTempDirectory(scratch, "dumps");
        new DumpWriter().write(s.datasetGraph(), out);
        String sums = Files.readString(out.resolve(DumpWriter.SUMS));
        delete(out);
        return sums;
    }

    static long quads(Path store) {
        try (ArchiveStore s = ArchiveStore.open(store)) {
            return Txn.calculateRead(s.datasetGraph(), () -> s.datasetGraph().stream().count());
        }
    }

    /** Whether every file {@code SHA256SUMS} lists in {@code folder} has that checksum, and nothing half-written is left. */
    static boolean consistent(Path folder) throws IOException {
        for (String line : Files.readAllLines(folder.resolve(DumpWriter.SUMS))) {
            String[] shaName = line.split("  ", 2);
            if (!org.archivelod.io.Checksums.sha256(folder.resolve(shaName[1])).equals(shaName[0])) return false;
        }
        return leftovers(folder).isEmpty();
    }

    /** Temporary files left in {@code folder} by writers that did not finish. */
    static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    /** A data folder for {@code serve}: the seed letter, the authority file and the curation files. */
    static Path dataFolder(Path data) throws IOException {
        Files.createDirectories(data.resolve("documents"));
        Files.copy(TestFiles.SEED_LETTER, data.resolve("documents").resolve(TestFiles.SEED_LETTER.getFileName()));
        for (String folder : List.of("authority", "curation")) {
            Files.createDirectories(data.resolve(folder));
            try (Stream<Path> files = Files.list(Path.of("data", folder))) {
                for (Path f : files.toList()) Files.copy(f, data.resolve(folder).resolve(f.getFileName()));
            }
        }
        return data;
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
