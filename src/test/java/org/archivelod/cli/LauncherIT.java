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
    void serveCheckAsksTheMainPagesAndStops() throws Exception {
        Ended check = launch("", "serve", "--memory", "--port", "0", "--check");
        assertEquals(0, check.exit(), String.join("\n", check.err()));
        List<String> told = check.err().stream().filter(l -> l.startsWith("archive-lod serve: check: ")).toList();
        assertEquals(SiteCheck.PATHS.size(), told.size(), check.err().toString());
        for (int i = 0; i < told.size(); i++) {
            assertTrue(told.get(i).startsWith("archive-lod serve: check: 200 /" + SiteCheck.PATHS.get(i) + " ("), told.get(i));
        }
        assertTrue(check.err().contains("archive-lod serve: stopping"), check.err().toString());
    }
}
