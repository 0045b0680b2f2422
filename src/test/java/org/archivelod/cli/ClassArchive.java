package org.archivelod.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class-data archive of the shaded jar (the JVM's application class-data sharing, {@code -XX:SharedArchiveFile}),
 * made once per build for the integration tests' child JVMs: a child JVM then maps the classes of Jena, Jetty and the
 * tool instead of reading, verifying and parsing them again, about 2 of the 5–10 seconds a short {@code serve} or
 * {@code convert} takes to start here. The archive is made by one real {@code serve --memory} (which converts,
 * validates, loads, publishes and serves a page), stopped by SIGTERM, and kept beside the jar; it is made again when the
 * jar is newer. It changes no behaviour: a JVM that cannot use it (another JVM, another jar) loads the classes itself,
 * and says nothing about it ({@code -Xlog:cds=off}), so that what the tests read on standard output and error is the
 * tool's alone.
 */
final class ClassArchive {
    /**
     * The options every child JVM of the tests starts with, and the archive is made with: short runs start faster on a
     * small, shared machine with the client compiler only and one GC thread; nothing the JVM says about the archive.
     */
    private static final List<String> START = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static Path made;
    private static boolean tried;

    private ClassArchive() {}

    /** The options a child JVM running {@code jar} starts with: {@link #START} and the archive, if it could be made. */
    static synchronized List<String> options(Path jar) {
        if (!tried) {
            tried = true;
            made = make(jar);
        }
        List<String> options = new ArrayList<>(START);
        if (made != null) options.add("-XX:SharedArchiveFile=" + made);
        return options;
    }

    /**
     * The archive beside {@code jar}, made now unless one newer than the jar is there; null if it cannot be made. Test
     * JVMs running at once ({@code it.forks}) take turns by a lock file: one makes it, the others find it made.
     */
    private static Path make(Path jar) {
        // the archive the build made from a serve --check (the launcher's), when it is of this jar: the same classes
        Path built = jar.toAbsolutePath().resolveSibling("archive-lod.jsa");
        try {
            if (Files.isRegularFile(built) && Files.getLastModifiedTime(built).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return built;
            }
        } catch (IOException e) {
            // made below instead
        }
        Path archive = jar.toAbsolutePath().resolveSibling(jar.getFileName() + ".jsa");
        Path lock = archive.resolveSibling(archive.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock();   // released as the channel closes
            if (Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return archive;
            }
            Path scratch = Files.createTempDirectory("archive-lod-class-archive");
            Path part = archive.resolveSibling(archive.getFileName() + ".part");
            long start = System.nanoTime();
            boolean ok = train(jar, scratch, part);
            Releases.delete(scratch);
            if (!ok || !Files.isRegularFile(part)) {
                System.out.println("ClassArchive: no class-data archive made; the child JVMs load their classes themselves");
                Files.deleteIfExists(part);
                return null;
            }
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("ClassArchive: %s made in %.1f s%n", archive, (System.nanoTime() - start) / 1e9);
            return archive;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            System.out.println("ClassArchive: no class-data archive (" + e + "); the child JVMs load their classes themselves");
            return null;
        }
    }

    /** Runs {@code serve --memory} from an empty folder, reads a page, stops it by SIGTERM: the JVM writes the archive as it ends. */
    private static boolean train(Path jar, Path scratch, Path archive) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(START);
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "serve", "--memory", "--port", "0"));
        Process p = new ProcessBuilder(command).directory(scratch.toFile())
                .redirectError(scratch.resolve("stderr.txt").toFile()).start();
        try {
            String url = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (url == null) return false;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (String path : List.of("", "page/person/zhou-enlai", "data/person/zhou-enlai.ttl", "search?q=Mao")) {
                http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            p.destroy();
            return p.waitFor(60, TimeUnit.SECONDS);
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
    }
}
