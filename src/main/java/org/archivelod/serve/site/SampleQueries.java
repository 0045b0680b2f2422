package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.archivelod.io.ClasspathFolders;

/**
 * The sample queries shipped in {@code queries/*.rq} on the classpath (the same files the CLI and the tests
 * read), read and parsed once, when first asked for (a start reads none). A query's title is its first comment line; its name is the file name without {@code .rq}.
 */
public final class SampleQueries {
    /** A sample query of the jar that does not parse is a defect of the build, logged and not offered. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SampleQueries.class);

    private static final String FOLDER = "/queries";

    /** One sample query. */
    public record SampleQuery(String name, String title, String text, Query query) {}

    private final ReadOnFirstUse<List<SampleQuery>> queries = new ReadOnFirstUse<>(SampleQueries::read);

    private SampleQueries() {}

    public List<SampleQuery> all() {
        return queries.get();
    }

    public Optional<SampleQuery> byName(String name) {
        return all().stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The sample queries {@code queries/*.rq} of the classpath (a folder or a jar), read when first asked for. */
    public static SampleQueries fromClasspath() {
        return new SampleQueries();
    }

    private static List<SampleQuery> read() {
        List<SampleQuery> queries = new ArrayList<>();
        for (String file : ClasspathFolders.fileNames(FOLDER, ".rq")) {
            String name = file.replaceFirst("\\.rq$", "");
            String text = ClasspathFolders.text(FOLDER + "/" + file)
                    .orElseThrow(() -> new IllegalStateException("the sample query queries/" + file + " is listed but unreadable"));
            try {
                queries.add(new SampleQuery(name, title(text, name), text, QueryFactory.create(text)));
            } catch (RuntimeException e) {
                LOG.warn("queries/{}.rq does not parse, not offered: {}", name, e.getMessage());
            }
        }
        return List.copyOf(queries);
    }

    private static String title(String text, String fallback) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "")).filter(l -> !l.isEmpty())
                .findFirst().orElse(fallback.replace('-', ' ').replace('_', ' '));
    }
}
