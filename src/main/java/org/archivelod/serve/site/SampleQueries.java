package org.archivelod.serve.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.archivelod.io.ClasspathFolders;

/**
 * The sample queries shipped in {@code queries/*.rq} on the classpath (the same files the CLI and the tests
 * read), parsed once. A query's title is its first comment line; its name is the file name without {@code .rq}.
 */
public final class SampleQueries {
    /** A sample query of the jar that does not parse is a defect of the build, logged and not offered. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SampleQueries.class);

    /** One sample query. */
    public record SampleQuery(String name, String title, String text, Query query) {}

    private final List<SampleQuery> queries;

    private SampleQueries(List<SampleQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    public List<SampleQuery> all() {
        return queries;
    }

    public Optional<SampleQuery> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** Reads {@code queries/*.rq} from the classpath (a folder or a jar); none when there is no such folder. */
    public static SampleQueries fromClasspath() {
        Optional<Path> folder = ClasspathFolders.path("/queries");
        try {
            return new SampleQueries(folder.isPresent() ? read(folder.get()) : List.of());
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the sample queries in " + folder.get() + ": " + e.getMessage(), e);
        }
    }

    private static List<SampleQuery> read(Path folder) throws IOException {
        List<SampleQuery> queries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try {
                queries.add(new SampleQuery(name, title(text, name), text, QueryFactory.create(text)));
            } catch (RuntimeException e) {
                LOG.warn("queries/{}.rq does not parse, not offered: {}", name, e.getMessage());
            }
        }
        return queries;
    }

    private static String title(String text, String fallback) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "")).filter(l -> !l.isEmpty())
                .findFirst().orElse(fallback.replace('-', ' ').replace('_', ' '));
    }
}
