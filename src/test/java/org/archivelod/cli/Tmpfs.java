package org.archivelod.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for a test, to fill for real: {@code mount -t tmpfs -o size=3m tmpfs DIR}. Needs Linux and
 * the right to mount (CI runs as root); elsewhere the test is skipped, saying why.
 */
final class Tmpfs implements AutoCloseable {
    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} ({@code 3m}, {@code 8k}…) on {@code dir} (created if absent), or skips the test. */
    static Tmpfs mount(Path dir, String size) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "a tmpfs needs Linux");
        Files.createDirectories(dir);
        String failure = mount("-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        if (failure != null) {
            Assumptions.abort("cannot mount a tmpfs here (it needs root, as in CI): " + failure);
        }
        return new Tmpfs(dir);
    }

    Path dir() {
        return dir;
    }

    /** Gives the file system a new size, keeping its files. */
    void resize(String size) throws IOException, InterruptedException {
        check(mount("-o", "remount,size=" + size, dir.toString()));
    }

    /**
     * Makes the file system read-only ({@code false}) or writable again ({@code true}). A store this JVM opened and
     * closed on it may still be memory-mapped for writing (TDB2's files: a closed channel's mapping lasts until the
     * collector frees its buffer), and the kernel refuses a read-only remount while it is ("mount point is busy"),
     * so a busy remount is tried again after a collection, for a few seconds at most.
     */
    void writable(boolean writable) throws IOException, InterruptedException {
        String failure = mount("-o", "remount," + (writable ? "rw" : "ro"), dir.toString());
        for (int tries = 0; failure != null && failure.contains("busy") && tries < BUSY_TRIES; tries++) {
            System.gc();
            Thread.sleep(200);
            failure = mount("-o", "remount," + (writable ? "rw" : "ro"), dir.toString());
        }
        check(failure);
    }

    private static final int BUSY_TRIES = 25;

    /** Fills the file system with a file of real bytes until only about {@code leave} bytes are free. */
    void fill(long leave) throws IOException {
        long free = Files.getFileStore(dir).getUsableSpace();
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(dir.resolve("filler"))) {
            for (long left = free - leave; left > 0; left -= block.length) out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        check(run(List.of("umount", "-l", dir.toString())));
    }

    private static String mount(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("mount"));
        command.addAll(List.of(args));
        return run(command);
    }

    /** Runs a command; null when it succeeds, else what it said. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        return p.exitValue() == 0 ? null : String.join(" ", command) + ": " + out;
    }

    private static void check(String failure) throws IOException {
        if (failure != null) throw new IOException(failure);
    }
}
