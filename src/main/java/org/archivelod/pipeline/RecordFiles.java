package org.archivelod.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                    throw new ConversionException(input + ": cannot list the folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(input)) {
                out.add(input);
            } else {
                throw new ConversionException(input + ": no such file or folder");
            }
        }
        return out;
    }
}
