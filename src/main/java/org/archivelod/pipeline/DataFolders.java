package org.archivelod.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.archivelod.io.ClasspathFolders;

/**
 * Where the data folders come from, so that the tool runs from any directory: a folder named on the command line; else
 * {@code ./data/…} when the working directory has it (the repository, where curators edit it); else the copy built
 * into the jar ({@code data/authority}, {@code data/curation} and the seed letter in {@code data/documents}, bundled by
 * the build), read in place through the jar's file system.
 */
public final class DataFolders {
    /** The working directory's data folder, used when present. */
    public static final Path LOCAL = Path.of("data");
    private static final String BUNDLED = "/org/archivelod/data";

    private DataFolders() {}

    /** The data root ({@code documents/}, {@code authority/}, {@code curation/}): {@code given}, else local, else bundled. */
    public static Path root(Optional<Path> given) {
        return given.orElseGet(() -> Files.isDirectory(LOCAL.resolve("documents")) ? LOCAL : bundled());
    }

    /** The authority folder: {@code given}, else {@code ./data/authority} when present, else the bundled one. */
    public static Path authority(Optional<Path> given) {
        return given.orElseGet(() -> Files.isDirectory(LOCAL.resolve("authority")) ? LOCAL.resolve("authority")
                : bundled().resolve("authority"));
    }

    /** The bundled data root, inside the jar (or the build's classes folder when run from there). */
    public static Path bundled() {
        return ClasspathFolders.path(BUNDLED)
                .orElseThrow(() -> new IllegalStateException("the bundled data is missing from the build (" + BUNDLED + ")"));
    }
}
