package org.archivelod.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, per field, the converted records that lack it (a record cut off part-way, an empty label), keeping the first
 * few file names of each as examples: bounded memory however many records there are.
 */
final class MissingFields {
    private static final int EXAMPLES = 5;

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();

    void add(Path file, List<String> missing) {
        for (String field : missing) {
            counts.merge(field, 1, Integer::sum);
            List<String> some = examples.computeIfAbsent(field, f -> new ArrayList<>());
            if (some.size() < EXAMPLES) some.add(file.toString());
        }
    }

    /** One line per field: {@code rights: 3 record(s): a.txt, b.txt, c.txt}, fields in name order. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        counts.forEach((field, n) -> lines.add(field + ": " + n + " record(s): " + String.join(", ", examples.get(field))
                + (n > EXAMPLES ? ", …" : "")));
        return List.copyOf(lines);
    }
}
