package org.archivelod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** What a start no longer reads (sample queries, site queries) is read on first use, once, and is what the files say. */
class ReadOnFirstUseTest {
    @Test
    void readsOnceWhenFirstAskedNotBefore() {
        AtomicInteger reads = new AtomicInteger();
        ReadOnFirstUse<String> value = new ReadOnFirstUse<>(() -> "read " + reads.incrementAndGet());
        assertEquals(0, reads.get());
        assertEquals("read 1", value.get());
        assertEquals("read 1", value.get());
        assertEquals(1, reads.get());
    }

    @Test
    void theSampleQueriesAreTheFilesOfQueries() throws IOException {
        SampleQueries samples = SampleQueries.fromClasspath();
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).map(n -> n.replaceFirst("\\.rq$", "")).sorted().toList();
        }
        assertEquals(files, samples.all().stream().map(SampleQueries.SampleQuery::name).toList());
        for (String name : files) {
            SampleQueries.SampleQuery query = samples.byName(name).orElseThrow();
            assertEquals(Files.readString(Path.of("queries", name + ".rq")), query.text());
            assertEquals(QueryFactory.create(query.text()), query.query());
        }
    }

    @Test
    void aSiteQueryIsReadWhenAPageFirstAsksForIt() throws IOException {
        List<String> names;
        try (Stream<Path> s = Files.list(Path.of("queries/site"))) {
            names = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).map(n -> n.replaceFirst("\\.rq$", "")).toList();
        }
        assertTrue(names.contains("entity-life"));
        var empty = DatasetGraphFactory.createTxnMem();
        for (String name : names) {
            if (QueryFactory.create(Files.readString(Path.of("queries/site", name + ".rq"))).isSelectType()) {
                assertEquals(List.of(), SiteQueries.shared().select(name, empty, Map.of(), 0, 1), name);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> SiteQueries.shared().select("no-such-query", empty));
        assertThrows(IllegalArgumentException.class, () -> SiteQueries.shared().select("../sample", empty));
    }
}
