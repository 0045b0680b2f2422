package org.archivelod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.RuntimeIOException;

/**
 * I/O faults told in one line: a full disk (also when a write to a memory-mapped file fails, which the JVM reports as
 * an {@link InternalError}), a read-only file system, a store locked by another process, a denied permission. The
 * fault is looked for anywhere among an exception's causes, and told with the place the command was writing and what
 * still holds, e.g. {@code archive-lod load: store: no space left on the device; the store is unchanged}.
 */
final class Faults {
    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

    private Faults() {}

    /** A command that writes: the place a fault is reported against, and what still holds after one. */
    interface Guarded {
        /** The store, file or folder being written, e.g. {@code store} or {@code out.trig}. */
        String place();

        /** What a fault leaves as it was, e.g. {@code the store is unchanged}. */
        String stillHolds();
    }

    /** A fault in words, and the file it happened on when the system said so. */
    record Fault(String cause, Optional<String> file) {}

    /** The I/O fault behind {@code e}, if there is one among its causes (and their suppressed exceptions). */
    static Optional<Fault> find(Throwable e) {
        List<Throwable> chain = chain(e);
        Optional<String> file = chain.stream().filter(FileSystemException.class::isInstance)
                .map(t -> ((FileSystemException) t).getFile()).filter(f -> f != null).findFirst();
        for (Throwable t : chain) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                return Optional.of(new Fault("no space left on the device", file));
            }
            if (t instanceof InternalError && message.contains("unsafe memory access")) {
                return Optional.of(new Fault("no space left on the device (a write to a memory-mapped file failed)", file));
            }
        }
        for (Throwable t : chain) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof ReadOnlyFileSystemException || message.contains("Read-only file system")) {
                return Optional.of(new Fault("the file system is read-only", file));
            }
            Matcher holder = LOCK_HOLDER.matcher(message);
            if (message.contains("Failed to get a lock") || holder.find()) {
                return Optional.of(new Fault("the store is in use by another process"
                        + (holder.find(0) ? " (process " + holder.group(1) + " holds its tdb.lock)" : ""), Optional.empty()));
            }
            if (t instanceof AccessDeniedException || message.contains("Permission denied")) {
                return Optional.of(new Fault("permission denied", file));
            }
        }
        return chain.stream().filter(t -> t instanceof IOException || t instanceof UncheckedIOException
                        || t instanceof RuntimeIOException).reduce((first, second) -> second)
                .map(t -> new Fault(ioMessage(t), file));
    }

    /**
     * Prints {@code e} as one line: the fault with the command's place and what still holds, or else the exception
     * itself; the stack trace only when {@code debug}. Returns the exit code.
     */
    static int report(Throwable e, String command, Object commandObject, PrintWriter err, boolean debug) {
        Optional<Fault> fault = find(e);
        String prefix = "archive-lod " + command + ": ";
        if (fault.isEmpty() && !isInputError(e)) {
            err.println(prefix + "this is a bug in archive-lod; please report it with what follows: " + e);
            e.printStackTrace(err);
            err.flush();
            return ExitCodes.BUG;
        }
        if (fault.isEmpty()) {
            err.println(prefix + e.getMessage());
        } else {
            Guarded guarded = commandObject instanceof Guarded g ? g : null;
            Optional<String> file = fault.get().file();
            // the place the command writes, unless the fault is elsewhere (a dump that cannot open its store)
            String place = guarded == null ? file.orElse(null)
                    : file.filter(f -> !f.startsWith(guarded.place())).orElse(guarded.place());
            StringBuilder line = new StringBuilder(prefix);
            if (place != null) line.append(place).append(": ");
            line.append(fault.get().cause());
            file.filter(f -> !f.equals(place)).ifPresent(f -> line.append(" (").append(f).append(')'));
            if (guarded != null) line.append("; ").append(guarded.stillHolds());
            err.println(line);
        }
        if (debug) e.printStackTrace(err);
        err.flush();
        return fault.isPresent() ? ExitCodes.INVALID : ExitCodes.USAGE;
    }

    /**
     * Whether {@code e} tells of bad input rather than a bug: our own checked exceptions (an unreadable record, RDF or
     * authority file, data that does not conform), and Jena's about what it was given (RDF syntax, a SPARQL query, a
     * remote store's answer).
     */
    static boolean isInputError(Throwable e) {
        boolean ours = e.getClass().getName().startsWith("org.archivelod.") && !(e instanceof RuntimeException) && !(e instanceof Error);
        return ours || e instanceof org.apache.jena.riot.RiotException || e instanceof org.apache.jena.query.QueryException
                || e instanceof org.apache.jena.atlas.web.HttpException;
    }

    private static String ioMessage(Throwable t) {
        Throwable deepest = t;
        while (deepest.getCause() != null && deepest.getCause().getMessage() != null) deepest = deepest.getCause();
        return String.valueOf(deepest.getMessage());
    }

    /** The exception, its causes and their suppressed exceptions, each once, outermost first. */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(e, out, seen);
        return out;
    }

    private static void collect(Throwable t, List<Throwable> out, Set<Throwable> seen) {
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            out.add(c);
            for (Throwable s : c.getSuppressed()) collect(s, out, seen);
        }
    }
}
