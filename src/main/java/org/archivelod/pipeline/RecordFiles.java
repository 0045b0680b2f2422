package org.archivelod.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/** The record files of the inputs: each file as given, each folder's {@code .txt} files (recursively), in path order. */
public final class RecordFiles {
    private RecordFiles() {}

    public static List<Path> find(List<Path> inputs) throws ConversionException {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.walk(input)) {
                    s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new ConversionException(input.toString(), 0, "cannot list the folder: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(input)) {
                out.add(input);
            } else {
                throw new ConversionException(input + ": no such file or folder");
            }
        }
        return out;
    }

    /**
     * The same files in the same order as {@link #find}, listed lazily one folder at a time, so that memory
     * holds one folder's entries rather than the whole corpus. Inputs that do not exist are reported at once.
     */
    public static Iterator<Path> iterate(List<Path> inputs) throws ConversionException {
        for (Path input : inputs) {
            if (!Files.isDirectory(input) && !Files.isRegularFile(input)) throw new ConversionException(input + ": no such file or folder");
        }
        return new Walk(inputs);
    }

    /** Counts the files {@link #iterate} gives, without holding them. */
    public static long count(List<Path> inputs) throws ConversionException {
        long n = 0;
        for (Iterator<Path> it = iterate(inputs); it.hasNext(); it.next()) n++;
        return n;
    }

    /**
     * A depth-first walk that visits each folder's entries sorted as whole paths sort: a folder's entries come in the
     * order of their names, a sub-folder's name taken with its trailing separator.
     */
    private static final class Walk implements Iterator<Path> {
        private final Iterator<Path> inputs;
        private final Deque<Iterator<Path>> folders = new ArrayDeque<>();
        private Path next;

        Walk(List<Path> inputs) {
            this.inputs = inputs.iterator();
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!folders.isEmpty()) {
                    Iterator<Path> top = folders.peek();
                    if (!top.hasNext()) { folders.pop(); continue; }
                    Path p = top.next();
                    if (Files.isDirectory(p)) folders.push(sortedEntries(p));
                    else if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")) next = p;
                } else if (inputs.hasNext()) {
                    Path input = inputs.next();
                    if (Files.isDirectory(input)) folders.push(sortedEntries(input));
                    else next = input;
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Path next() {
            if (!hasNext()) throw new NoSuchElementException();
            Path p = next;
            next = null;
            return p;
        }

        private static Iterator<Path> sortedEntries(Path folder) {
            try (Stream<Path> s = Files.list(folder)) {
                return s.map(p -> new Object[] {p, p.getFileName().toString() + (Files.isDirectory(p) ? "/" : "")})
                        .sorted(java.util.Comparator.comparing(a -> (String) a[1]))
                        .map(a -> (Path) a[0]).toList().iterator();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(folder + ": cannot list the folder: " + e.getMessage(), e);
            }
        }
    }
}
