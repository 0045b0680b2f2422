package org.archivelod.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: into a temporary file beside it, moved into place only when writing succeeded.
 * The file gets the permissions of an ordinary file ({@code rw-r--r--}), not the temporary file's private ones.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Something that writes to a stream and may fail. */
    public interface Writing<E extends Exception> {
        void to(OutputStream out) throws E, IOException;
    }

    public static <E extends Exception> void write(Path target, Writing<E> writing) throws E, IOException {
        try (Pending file = begin(target)) {
            writing.to(file.out());
            file.commit();
        }
    }

    /**
     * Removes what writers killed before they committed left beside {@code target} (their temporary files); only for
     * a folder that one process writes at a time, such as a store's dumps.
     */
    public static void removeLeftovers(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) return;
        String prefix = "." + target.getFileName();
        try (var files = Files.newDirectoryStream(dir, f -> f.getFileName().toString().startsWith(prefix)
                && f.getFileName().toString().endsWith(".part"))) {
            for (Path leftover : files) Files.deleteIfExists(leftover);
        }
    }

    /** Starts writing {@code target}: write to {@link Pending#out()}, then {@link Pending#commit()}; closing without commit drops it. */
    public static Pending begin(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            return new Pending(target, tmp, new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A file being written beside its target, for writing several files at once, each whole or not at all. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path tmp;
        private final OutputStream out;
        private boolean open = true;
        private boolean done;

        private Pending(Path target, Path tmp, OutputStream out) {
            this.target = target;
            this.tmp = tmp;
            this.out = out;
        }

        public OutputStream out() {
            return out;
        }

        /** Ends writing; the finished file, not yet in place, can be read (e.g. for its checksum) until {@link #commit()}. */
        public Path finish() throws IOException {
            if (open) {
                open = false;
                out.close();
            }
            return tmp;
        }

        /** Moves the finished file into place. */
        public void commit() throws IOException {
            finish();
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        }

        /** Drops the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (done) return;
            try {
                if (open) out.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
