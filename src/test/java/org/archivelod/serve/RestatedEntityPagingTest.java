package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.archivelod.serve.site.EntityDescriber;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /data/…} of an entity restated in every document graph (the software that converted them): in TriG and
 * N-Quads its copies, one per graph, come a bounded number a page, so that each page stays under 64 KB and is a bounded
 * read of the store, embedded and on a front, and following {@code next} gives every copy exactly once.
 */
class RestatedEntityPagingTest {
    /** 5 statements restated in 600 graphs: 3,000 copies. */
    private static final int GRAPHS = 600;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    @TempDir
    static Path folder;
    private static ArchiveStore store;
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        store = RestatedEntity.store(folder.resolve("store"), GRAPHS);
        site = RunningSite.serve(store, false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) site.close();
    }

    /** The copies of the entity's statements in the store's published named graphs. */
    private static Set<Quad> copiesInStore() {
        DatasetGraph published = store.publishedData();
        return Txn.calculateRead(store.datasetGraph(), () -> new HashSet<>(Iter.toList(
                published.findNG(Node.ANY, RestatedEntity.software(), Node.ANY, Node.ANY))));
    }

    @Test
    void everyPage_inTrigAndNQuads_isUnder64Kb_andThePagesHoldEveryCopyOnce() throws Exception {
        for (String format : List.of("nq", "trig")) {
            List<Quad> seen = followAll(path -> site.getBytes(path), RestatedEntity.DATA + "." + format,
                    format.equals("nq") ? Lang.NQUADS : Lang.TRIG);
            assertEquals(seen.size(), new HashSet<>(seen).size(), format + ": no copy on two pages");
            assertEquals(copiesInStore(), new HashSet<>(seen), format + ": the pages together hold every copy");
        }
        assertEquals(GRAPHS * RestatedEntity.STATEMENTS, copiesInStore().size());
    }

    @Test
    void eachPagesReads_doNotGrowWithTheGraphsRestatingTheEntity() {
        AtomicLong read = new AtomicLong();
        DatasetGraph counted = new DatasetGraphWrapper(store.publishedData()) {
            @Override
            public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                return counting(super.find(g, s, p, o));
            }

            @Override
            public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
                return counting(super.findNG(g, s, p, o));
            }

            private Iterator<Quad> counting(Iterator<Quad> quads) {
                return Iter.map(quads, q -> {
                    read.incrementAndGet();
                    return q;
                });
            }
        };
        EntityDescriber describer = new EntityDescriber(counted);
        for (int page : List.of(1, 2)) {
            read.set(0);
            assertTrue(describer.exists(RestatedEntity.software()));
            EntityDescriber.Page described = describer.describe(RestatedEntity.software(), page).orElseThrow();
            assertTrue(described.more());
            // its statements once each, two windows (a page and one quad more, after the earlier pages'), the labels of
            // the statements pointing at it: a few hundred quads, not a copy per graph (3,000)
            assertTrue(read.get() < 600, "page " + page + " read " + read.get() + " quads");
        }
    }

    @Test
    void aFront_pagesTheCopiesToo_readingAWindowAPage() throws Exception {
        try (ArchiveStore source = RestatedEntity.inMemory(GRAPHS);
                CountedFronts fronts = new CountedFronts(folder.resolve("front"), source)) {
            ArchiveServer front = fronts.front();
            List<Quad> seen = followAll(path -> fronts.get(front, path, "*/*"), RestatedEntity.DATA + ".nq", Lang.NQUADS);
            assertEquals(copiesInStore(), new HashSet<>(seen), "the front's pages together hold every copy");
            assertEquals(seen.size(), new HashSet<>(seen).size());
            for (String page : List.of("", "?page=2", "?page=40")) {
                String path = RestatedEntity.DATA + ".trig" + page;
                int requests = fronts.requestsBehind(path, "*/*");
                assertTrue(requests <= 8, path + " on a new front asked the store " + requests + " times:\n" + fronts.queries());
                // the store's answers to it: its statements once, two windows, their labels, not every copy
                long bytes = fronts.bytesBehind();
                assertTrue(bytes < 200_000, path + " on a new front read " + bytes + " bytes of the store's answers:\n" + fronts.queries());
            }
        }
    }

    private interface Fetch {
        HttpResponse<byte[]> get(String path) throws Exception;
    }

    /** Follows {@code next} from {@code first}: every page under 64 KB; the copies of the entity's statements on them. */
    private static List<Quad> followAll(Fetch fetch, String first, Lang lang) throws Exception {
        List<Quad> copies = new ArrayList<>();
        Optional<String> at = Optional.of(first);
        int pages = 0;
        while (at.isPresent()) {
            HttpResponse<byte[]> page = fetch.get(at.get());
            assertEquals(200, page.statusCode(), at.get());
            assertTrue(page.body().length <= 64 * 1024, at.get() + ": " + page.body().length + " bytes");
            pages++;
            DatasetGraph quads = DatasetGraphFactory.createGeneral();
            RDFParser.source(new ByteArrayInputStream(page.body())).lang(lang).parse(quads);
            quads.find(Node.ANY, RestatedEntity.software(), Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.isDefaultGraph()) copies.add(q);
            });
            at = next(page).map(iri -> "/" + iri.substring(ServeFixtures.BASE.length()));
        }
        assertTrue(pages > 2, first + ": " + pages + " pages");
        assertEquals(404, fetch.get(first + "?page=" + (pages + 1)).statusCode(), "past the last page");
        return copies;
    }

    private static Optional<String> next(HttpResponse<?> response) {
        for (String link : response.headers().allValues("Link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }
}
