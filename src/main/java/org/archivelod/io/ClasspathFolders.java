package org.archivelod.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A folder on the classpath as a {@link Path}: in the build's classes folder, or inside the application jar, whose zip
 * file system is opened once and stays open for every reader (the sample queries, the bundled data).
 */
public final class ClasspathFolders {
    private ClasspathFolders() {}

    /** The folder {@code resource} (e.g. {@code /queries}), empty when the classpath has no such folder. */
    public static synchronized Optional<Path> path(String resource) {
        URL url = ClasspathFolders.class.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException notYet) {
                    try {
                        FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException raced) {
                        // opened meanwhile: fine
                    }
                }
            }
            return Optional.of(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable classpath address: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the application jar to read " + resource, e);
        }
    }
}
