package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.dump.LocalContext;
import org.archivelod.serve.site.EntityDescriber;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /data/…} of an entity restated in every document graph (the software that converted them): in TriG and
 * N-Quads its copies, one per graph, come a bounded number a page, so that each page stays under 64 KB and is a bounded
 * read of the store, embedded and on a front, and following {@code next} gives every copy exactly once; a document's
 * own record in its graph, however long, stays whole on page 1.
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

    @Test
    void aDocumentsOwnRecord_isWholeOnPage1_andOnlyWhatPointsAtItFromOtherGraphsIsPaged() throws Exception {
        assertRecordWholeOnPage1(path -> site.getBytes(path));
    }

    @Test
    void aFront_keepsADocumentsOwnRecordWholeOnPage1_too() throws Exception {
        try (ArchiveStore source = RestatedEntity.inMemory(GRAPHS);
                CountedFronts fronts = new CountedFronts(folder.resolve("front-record"), source)) {
            ArchiveServer front = fronts.front();
            assertRecordWholeOnPage1(path -> fronts.get(front, path, "*/*"));
        }
    }

    /**
     * The document d1's record in its graph (its {@value RestatedEntity#RECORD} statements and the annotations pointing
     * at it, more than a page of either) all on page 1, in TriG and N-Quads; the {@value RestatedEntity#REPLIES}
     * statements pointing at it from other graphs, 64 a page, each on one page.
     */
    private static void assertRecordWholeOnPage1(Fetch fetch) throws Exception {
        Node document = RestatedEntity.document();
        Node home = RestatedEntity.DOCUMENT_GRAPH;
        DatasetGraph published = store.publishedData();
        Set<Quad> record = Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> own = new HashSet<>(Iter.toList(published.find(home, document, Node.ANY, Node.ANY)));
            own.addAll(Iter.toList(published.find(home, Node.ANY, Node.ANY, document)));
            return own;
        });
        assertEquals(2 * RestatedEntity.RECORD, record.size());
        for (Lang lang : List.of(Lang.NQUADS, Lang.TRIG)) {
            String first = RestatedEntity.DOCUMENT_DATA + (lang == Lang.NQUADS ? ".nq" : ".trig");
            List<DatasetGraph> pages = pages(fetch, first, lang, false);
            Set<Quad> onPage1 = new HashSet<>(Iter.toList(pages.get(0).find(home, Node.ANY, Node.ANY, Node.ANY)));
            assertEquals(record, onPage1, first + ": page 1 is the document's whole record in its graph");
            List<Quad> replies = new ArrayList<>();
            for (DatasetGraph page : pages.subList(1, pages.size())) {
                assertEquals(0, page.getGraph(home).size(), first + ": no part of its record after page 1");
            }
            pages.forEach(page -> page.find(Node.ANY, Node.ANY, Node.ANY, document).forEachRemaining(q -> {
                if (!q.isDefaultGraph() && !q.getGraph().equals(home)) replies.add(q);
            }));
            assertEquals(RestatedEntity.REPLIES, replies.size(), first + ": each statement pointing at it from elsewhere once");
            assertEquals(RestatedEntity.REPLIES, new HashSet<>(replies).size());
            assertEquals((RestatedEntity.REPLIES + 63) / 64, pages.size(), first + ": 64 of those a page");
        }
    }

    @Test
    void aPagesJsonLd_saysItIsAPage_inTheContextsTerms() throws Exception {
        String hydra = "http://www.w3.org/ns/hydra/core#";
        for (int page : List.of(1, 2)) {
            String path = RestatedEntity.DATA + ".jsonld" + (page == 1 ? "" : "?page=" + page);
            String json = site.get(path).body();
            assertFalse(json.contains(hydra), path + ": Hydra's terms are keys of the context, not IRIs\n" + json);
            Graph read = LocalContext.parse(json);
            Node self = NodeFactory.createURI(ServeFixtures.BASE + path.substring(1));
            assertTrue(read.contains(self, RDF.type.asNode(), NodeFactory.createURI(hydra + "PartialCollectionView")), path);
            assertTrue(read.contains(self, NodeFactory.createURI(hydra + "first"),
                    NodeFactory.createURI(ServeFixtures.BASE + RestatedEntity.DATA.substring(1) + ".jsonld")), path);
            assertTrue(read.contains(self, NodeFactory.createURI(hydra + "next"),
                    NodeFactory.createURI(ServeFixtures.BASE + RestatedEntity.DATA.substring(1) + ".jsonld?page=" + (page + 1))), path);
        }
    }

    private interface Fetch {
        HttpResponse<byte[]> get(String path) throws Exception;
    }

    /** Follows {@code next} from {@code first}: every page under 64 KB; the copies of the entity's statements on them. */
    private static List<Quad> followAll(Fetch fetch, String first, Lang lang) throws Exception {
        List<Quad> copies = new ArrayList<>();
        List<DatasetGraph> pages = pages(fetch, first, lang, true);
        pages.forEach(quads -> quads.find(Node.ANY, RestatedEntity.software(), Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) copies.add(q);
        }));
        assertTrue(pages.size() > 2, first + ": " + pages.size() + " pages");
        return copies;
    }

    /**
     * The pages from {@code first} on, following {@code next}: each under 64 KB (the first too when {@code firstBounded}:
     * a document's record there is as long as it is), and the one past the last 404.
     */
    private static List<DatasetGraph> pages(Fetch fetch, String first, Lang lang, boolean firstBounded) throws Exception {
        List<DatasetGraph> pages = new ArrayList<>();
        Optional<String> at = Optional.of(first);
        while (at.isPresent()) {
            HttpResponse<byte[]> page = fetch.get(at.get());
            assertEquals(200, page.statusCode(), at.get());
            assertTrue((pages.isEmpty() && !firstBounded) || page.body().length <= 64 * 1024, at.get() + ": " + page.body().length + " bytes");
            DatasetGraph quads = DatasetGraphFactory.createGeneral();
            RDFParser.source(new ByteArrayInputStream(page.body())).lang(lang).parse(quads);
            pages.add(quads);
            at = next(page).map(iri -> "/" + iri.substring(ServeFixtures.BASE.length()));
        }
        assertEquals(404, fetch.get(first + "?page=" + (pages.size() + 1)).statusCode(), "past the last page");
        return pages;
    }

    private static Optional<String> next(HttpResponse<?> response) {
        for (String link : response.headers().allValues("Link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }
}
