package org.archivelod.dump;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.io.AtomicFiles;

/**
 * The dumps kept for a release: for a TDB2 store in its {@value #FOLDER} folder, each folder with the id of the release
 * its dumps are of ({@value #RELEASE}, written once they are all in place, removed before they are written again), so
 * that a start of {@code serve} on the same release finds them current and writes nothing.
 *
 * <pre>{@code
 * List<DumpFile> dumps = StoreDumps.current(store.datasetGraph(), StoreDumps.folder(dir), releaseId).dumps();
 * }</pre>
 */
public final class StoreDumps {
    /** The folder of a TDB2 store where the dumps of its release are kept. */
    public static final String FOLDER = "dumps";
    /** The file of a dumps folder that holds the id of the release the dumps are of. */
    public static final String RELEASE = "RELEASE";

    private StoreDumps() {}

    /** What {@link #current} found or wrote: the dumps, and whether they had to be written. */
    public record Dumps(List<DumpFile> dumps, boolean written) {}

    /** The dumps folder of the store in {@code store}. */
    public static Path folder(Path store) {
        return store.resolve(FOLDER);
    }

    /** The checksum list of the store's dumps; present only while the dumps are whole. */
    public static Path sums(Path store) {
        return folder(store).resolve(DumpWriter.SUMS);
    }

    /**
     * The dumps of {@code release} in {@code folder}: those there when they are whole and of that release, else written
     * from {@code dataset} (one graph at a time) and recorded as that release's.
     */
    public static Dumps current(DatasetGraph dataset, Path folder, String release) throws IOException {
        Optional<List<DumpFile>> there = DumpWriter.listed(folder);
        if (there.isPresent() && recorded(folder).filter(release::equals).isPresent()) return new Dumps(there.get(), false);
        Files.deleteIfExists(folder.resolve(RELEASE));   // no claim while they are rewritten
        List<DumpFile> written = new DumpWriter().write(dataset, folder);
        AtomicFiles.write(folder.resolve(RELEASE), out -> out.write((release + "\n").getBytes(StandardCharsets.UTF_8)));
        return new Dumps(written, true);
    }

    /** The id of the release the dumps in {@code folder} are of, if recorded. */
    public static Optional<String> recorded(Path folder) throws IOException {
        Path file = folder.resolve(RELEASE);
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }
}
