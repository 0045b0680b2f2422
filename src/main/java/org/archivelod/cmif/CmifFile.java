package org.archivelod.cmif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.io.AtomicFiles;

/**
 * The CMIF file of a release ({@value CmifExport#FILE}), kept in a folder beside the dumps with a record of the release
 * and the base it was written for ({@value #RELEASE}: written once the file is in place, removed before it is written
 * again), so that it is written once, at load, and a server of that release sends it as it is.
 *
 * <pre>{@code
 * CmifFile.current(store.publishedData(), dumps, release.id(), base, Optional.of(release.issued()));
 * }</pre>
 */
public final class CmifFile {
    /** The file of the folder that says which release and base the CMIF file is of. */
    public static final String RELEASE = "cmif.release";

    private CmifFile() {}

    /**
     * Makes the CMIF file in {@code folder} that of {@code release} under {@code base}: left as it is when it already is,
     * else written from {@code data} (atomically) and recorded. Returns whether it was written.
     */
    public static boolean current(DatasetGraph data, Path folder, String release, String base, Optional<Instant> published)
            throws IOException {
        if (isOf(folder, release, base)) return false;
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(RELEASE));   // no claim while it is rewritten
        write(data, folder.resolve(CmifExport.FILE), base, published);
        AtomicFiles.write(folder.resolve(RELEASE), out -> out.write(record(release, base).getBytes(StandardCharsets.UTF_8)));
        return true;
    }

    /** Whether the CMIF file in {@code folder} is that of {@code release} under {@code base}. */
    public static boolean isOf(Path folder, String release, String base) throws IOException {
        Path record = folder.resolve(RELEASE);
        return Files.isRegularFile(folder.resolve(CmifExport.FILE)) && Files.isRegularFile(record)
                && Files.readString(record, StandardCharsets.UTF_8).equals(record(release, base));
    }

    /** Writes the CMIF file of {@code data} to {@code file}, whole or not at all. */
    public static void write(DatasetGraph data, Path file, String base, Optional<Instant> published) throws IOException {
        AtomicFiles.write(file, out -> {
            try {
                CmifExport.write(data, base, published, out);
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + CmifExport.FILE + ": " + e.getMessage(), e);
            }
        });
    }

    private static String record(String release, String base) {
        return release + "\n" + base + "\n";
    }
}
