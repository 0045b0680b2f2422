package org.archivelod.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A classpath folder's files are listed alike from the build's classes and from a jar, without a zip file system. */
class ClasspathFoldersTest {
    @Test
    void listsTheFilesOfAFolderInTheBuildsClasses() throws IOException {
        List<String> expected;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            expected = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        assertEquals(expected, ClasspathFolders.fileNames("/queries", ".rq"));
        assertEquals(List.of(), ClasspathFolders.fileNames("/no-such-folder", ".rq"));
    }

    @Test
    void listsTheFilesDirectlyInAFolderOfAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("queries/", "queries/b.rq", "queries/a.rq", "queries/notes.md", "queries/site/c.rq",
                    "queriesmore/d.rq", "other/e.rq")) {
                out.putNextEntry(new ZipEntry(name));
                if (!name.endsWith("/")) write(out, name);
                out.closeEntry();
            }
        }
        URL folder = new URL("jar:" + jar.toUri() + "!/queries");
        assertEquals(List.of("a.rq", "b.rq"), ClasspathFolders.fileNames(folder, ".rq"));
        assertEquals(List.of("c.rq"), ClasspathFolders.fileNames(new URL("jar:" + jar.toUri() + "!/queries/site/"), ".rq"));
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
