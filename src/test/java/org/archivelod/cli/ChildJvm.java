package org.archivelod.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The shaded jar run in a child JVM, as a user runs it: its exit code, what it printed and how long it took. */
final class ChildJvm {
    static final Path JAR = Path.of(System.getProperty("archivelod.jar", "target/archive-lod.jar"));

    private ChildJvm() {}

    /** A finished run. */
    record Run(int exit, String out, List<String> err, double seconds) {
        /** Standard error without the JVM's and the loggers' own lines, which are not the tool's. */
        List<String> messages() {
            return err.stream().filter(l -> l.startsWith("archive-lod")).toList();
        }

        boolean anyStackTrace() {
            return err.stream().anyMatch(l -> l.startsWith("\tat ") || l.contains("Exception") || l.contains("Error:"));
        }
    }

    /**
     * {@code java -jar} with the shaded jar and {@code args}, as a user runs it, with options that make a short run
     * start faster on a small, shared machine and change nothing the tool does ({@link ClassArchive}), then
     * {@code jvmOptions} (which may override them, e.g. a larger heap).
     */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(ClassArchive.options(JAR));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the jar with {@code args} to its end; standard output goes to {@code stdout} when given. */
    static Run run(List<String> jvmOptions, Path stdout, Path scratch, String... args) throws IOException, InterruptedException {
        Path err = Files.createTempFile(scratch, "stderr", ".txt");
        Path out = stdout != null ? stdout : Files.createTempFile(scratch, "stdout", ".txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command(jvmOptions, args)).redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 120 s: " + String.join(" ", args));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(p.exitValue(), stdout != null ? "" : Files.readString(out), Files.readAllLines(err), seconds);
    }

    /** A server started by {@link #serve}, with the URL it printed. */
    record Server(Process process, String url, Path stderr) implements AutoCloseable {
        /** SIGTERM, and waits for the end. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    /** Starts {@code serve} and waits for its URL; fails with its standard error if it ends first. */
    static Server serve(Path scratch, String... args) throws IOException, InterruptedException {
        Path err = Files.createTempFile(scratch, "serve", ".txt");
        List<String> serveArgs = new ArrayList<>(List.of("serve"));
        serveArgs.addAll(List.of(args));
        Process p = new ProcessBuilder(command(List.of(), serveArgs.toArray(String[]::new))).redirectError(err.toFile()).start();
        String url = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (url == null) {
            boolean ended = p.waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("serve ended without a URL (" + (ended ? "exit " + p.exitValue() : "still running") + "): "
                    + Files.readString(err));
        }
        return new Server(p, url, err);
    }
}
