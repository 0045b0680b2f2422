package org.archivelod.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A folder on the classpath as a {@link Path}: in the build's classes folder, or inside the application jar, whose zip
 * file system is opened once and stays open for every reader (the bundled data). To list a folder's files,
 * {@link #fileNames} reads the jar's directory, which the class loader has already read, instead: a zip file system
 * reads it again and indexes every entry of the jar (36,000), about 0.3 s of CPU at a server's start.
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

    /**
     * The names of the files directly in the folder {@code resource} (e.g. {@code /queries}) whose names end with
     * {@code suffix}, in name order; none when the classpath has no such folder. Read them with
     * {@link Class#getResourceAsStream}.
     */
    public static List<String> fileNames(String resource, String suffix) {
        URL url = ClasspathFolders.class.getResource(resource);
        return url == null ? List.of() : fileNames(url, suffix);
    }

    /** The UTF-8 text of the classpath file {@code resource} (e.g. {@code /queries/site/home.rq}), empty when there is none. */
    public static Optional<String> text(String resource) {
        try (java.io.InputStream in = ClasspathFolders.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the classpath", e);
        }
    }

    /** The names of the files directly in the folder {@code url} ({@code file:} or {@code jar:}) ending with {@code suffix}. */
    static List<String> fileNames(URL url, String suffix) {
        try {
            if (url.openConnection() instanceof JarURLConnection entry) {
                String prefix = entry.getEntryName().endsWith("/") ? entry.getEntryName() : entry.getEntryName() + "/";
                try (JarFile jar = new JarFile(Path.of(entry.getJarFileURL().toURI()).toFile())) {
                    return jar.stream().map(java.util.zip.ZipEntry::getName)
                            .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && name.endsWith(suffix))
                            .map(name -> name.substring(prefix.length())).sorted().toList();
                }
            }
            try (Stream<Path> files = java.nio.file.Files.list(Path.of(url.toURI()))) {
                return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(suffix)).sorted().toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable classpath address: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + url, e);
        }
    }
}
