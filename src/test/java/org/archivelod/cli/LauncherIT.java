package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build puts beside the shaded jar ({@code target/archive-lod}): it runs the jar with the class-data
 * archive the build made from a {@code serve --check}, and {@code serve --check} itself, from a folder without data (the
 * data built into the jar), as the build ran it.
 */
class LauncherIT {
    private static final Path LAUNCHER = ChildJvm.JAR.toAbsolutePath().resolveSibling("archive-lod");
    private static final Path CLASSES = ChildJvm.JAR.toAbsolutePath().resolveSibling("archive-lod.jsa");

    @TempDir
    Path tmp;

    private record Ended(int exit, List<String> out, List<String> err) {}

    private Ended launch(String javaOptions, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out-" + System.nanoTime());
        Path err = tmp.resolve("err-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_OPTS", javaOptions);
        Process p = builder.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 180 s: " + command);
        }
        return new Ended(p.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    }

    @Test
    void runsTheJarWithTheClassArchiveTheBuildMade() throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is not an executable file");
        assertTrue(Files.isRegularFile(CLASSES) && Files.getLastModifiedTime(CLASSES).compareTo(Files.getLastModifiedTime(ChildJvm.JAR)) > 0,
                "the build made no class-data archive newer than the jar: see target/archive-lod.jsa.log");
        Ended version = launch("-Xlog:class+load=info", "--version");
        assertEquals(0, version.exit(), String.join("\n", version.err()));
        // the JVM tells where each class came from: the tool's own from the archive's top layer, not from the jar
        assertTrue(version.out().stream().anyMatch(l -> l.contains("org.archivelod.cli.Main source: shared objects file (top)")),
                "org.archivelod.cli.Main not loaded from the archive: "
                        + version.out().stream().filter(l -> l.contains("org.archivelod.cli.Main ")).toList());
        assertTrue(version.out().stream().anyMatch(l -> l.startsWith("archive-lod ")), version.out().toString());
    }

    @Test
    void aFrontLoadsTheToolsClassesFromTheArchive() throws Exception {
        // the store: an embedded server of the data built into the jar, its /sparql the endpoint a front reads (a front
        // names a document's subjects in one query: longer than the public's limit)
        Path out = tmp.resolve("store-out");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "serve", "--memory", "--port", "0", "--max-query-chars", "1000000")
                .directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(tmp.resolve("store-err").toFile());
        builder.environment().put("JAVA_OPTS", "");
        Process store = builder.start();
        try {
            String url = awaitUrl(store, out);
            Ended front = launch("-Xlog:class+load=info", "serve", "--endpoint", url + "sparql", "--base", url, "--port", "0", "--check");
            assertEquals(0, front.exit(), String.join("\n", front.err()));
            assertTrue(front.err().stream().anyMatch(l -> l.startsWith("archive-lod serve: check: 200 /data/document/")), front.err().toString());
            // the JVM tells where each class came from: a front's own (the remote store's reads, the SPARQL results it
            // parses, a document's /data) from the archive, none read from the jar. Not the command line's: picocli's
            // class files are of Java 5, which JDK 17 does not archive, nor a class implementing one of its interfaces
            List<String> fromJar = front.out().stream()
                    .filter(l -> l.contains("[class,load] org.archivelod.") && !l.contains("[class,load] org.archivelod.cli.")
                            || l.contains("[class,load] com.google.gson."))
                    .filter(l -> !l.contains("$$Lambda") && !l.contains("source: shared objects file"))
                    .toList();
            assertTrue(front.out().stream().anyMatch(l -> l.contains("org.archivelod.store.RemoteQueryEngine source: shared objects file")),
                    "no front was started, or its classes were not told");
            assertEquals(List.of(), fromJar, "classes a front loaded from the jar, not from the build's class-data archive");
        } finally {
            store.destroy();
            store.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** The URL a server prints on standard output once it listens. */
    private static String awaitUrl(Process server, Path out) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < end && server.isAlive()) {
            List<String> lines = Files.readAllLines(out);
            if (!lines.isEmpty() && lines.get(0).startsWith("http")) return lines.get(0);
            Thread.sleep(100);
        }
        throw new AssertionError("the store did not start: " + Files.readAllLines(out));
    }

    @Test
    void serveCheckAsksTheMainPagesAndStops() throws Exception {
        Ended check = launch("", "serve", "--memory", "--port", "0", "--check");
        assertEquals(0, check.exit(), String.join("\n", check.err()));
        List<String> told = check.err().stream().filter(l -> l.startsWith("archive-lod serve: check: ")).toList();
        // the home page, then a document's description, then the other paths
        List<String> paths = new java.util.ArrayList<>(SiteCheck.PATHS);
        paths.add(1, "data/document/1950-10-05-letter-filippov-stalin-for-mao-zedong.ttl");
        assertEquals(paths.size(), told.size(), check.err().toString());
        for (int i = 0; i < told.size(); i++) {
            assertTrue(told.get(i).startsWith("archive-lod serve: check: 200 /" + paths.get(i) + " ("), told.get(i));
        }
        assertTrue(check.err().contains("archive-lod serve: stopping"), check.err().toString());
    }
}
