package org.archivelod.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index over the converted letter and the site fixtures. */
class SearchIndexTest {
    private static ArchiveStore store;
    private static SearchIndex index;

    @BeforeAll
    static void build() throws Exception {
        store = SiteFixtures.store();
        index = SearchIndex.inMemory();
        index.syncWith(store.datasetGraph(), "release-1");
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
        store.close();
    }

    private static List<String> iris(SearchIndex.Results results) {
        return results.hits().stream().map(SearchIndex.Hit::iri).toList();
    }

    @Test
    void indexesEveryDocument() throws Exception {
        assertEquals(3, index.size());
    }

    @Test
    void volunteerDivisions_findsTheLetter_withTheWordsHighlighted() throws Exception {
        SearchIndex.Results results = index.search("volunteer divisions", 10);
        assertTrue(iris(results).contains(ServeFixtures.LETTER), iris(results).toString());
        assertFalse(iris(results).contains(SiteFixtures.TO_KIM), "every word must occur");
        SearchIndex.Hit letter = results.hits().stream().filter(h -> h.iri().equals(ServeFixtures.LETTER)).findFirst().orElseThrow();
        Snippet first = letter.snippets().get(0);
        assertEquals("text", first.field());
        assertTrue(first.runs().stream().anyMatch(r -> r.match() && r.text().equals("volunteer")), first.toString());
        assertTrue(first.text().contains("five-six Chinese volunteer divisions"), first.text());
        assertEquals("1950-10-05", letter.date());
    }

    @Test
    void wadeGiles_findsThePinyinSpelling_andSaysSo() throws Exception {
        SearchIndex.Results results = index.search("Chou En-lai", 10);
        assertTrue(iris(results).containsAll(List.of(ServeFixtures.LETTER, SiteFixtures.REPLY, SiteFixtures.TO_KIM)),
                iris(results).toString());
        assertEquals(1, results.names().size());
        assertTrue(results.names().get(0).variants().contains("Zhou Enlai"));
        assertTrue(results.names().get(0).entities().contains(NodeFactory.createURI(ServeFixtures.ZHOU)));
        assertEquals(SiteFixtures.REPLY, results.hits().get(0).iri(), "the document that prints the spelling asked for ranks first");
    }

    @Test
    void chineseName_findsTheDocumentsThatNameHimInLatinLetters() throws Exception {
        assertTrue(iris(index.search("周恩来", 10)).contains(ServeFixtures.LETTER));
    }

    @Test
    void pseudonym_findsTheAuthorsOtherNames() throws Exception {
        SearchIndex.Results results = index.search("Joseph Stalin Mutual Assistance Pact", 10);
        assertEquals(List.of(ServeFixtures.LETTER), iris(results), "Stalin is named 'FILIPPOV' in the letter");
    }

    @Test
    void phrasesAndSyntax_areLuceneQueries_andBadSyntaxIsReadAsWords() throws Exception {
        assertTrue(iris(index.search("\"volunteer divisions\"", 10)).contains(SiteFixtures.REPLY));
        assertTrue(iris(index.search("\"divisions volunteer\"", 10)).isEmpty());
        assertTrue(iris(index.search("volunteer AND \"Chou En-lai\"", 10)).contains(SiteFixtures.REPLY));
        assertTrue(iris(index.search("\"volunteer divisions", 10)).contains(ServeFixtures.LETTER), "unbalanced quote");
        assertTrue(iris(index.search("Dmitrii", 10)).contains(ServeFixtures.LETTER), "accents folded: Dmitriĭ");
        assertTrue(index.search("   ", 10).hits().isEmpty());
    }

    @Test
    void widen_replacesKnownNamesOnly_andKeepsQuotedPhrasesWhole() {
        List<NameVariants.Found> found = List.of(new NameVariants.Found(1, 12, "Chou En-lai", java.util.Set.of(),
                new java.util.LinkedHashSet<>(List.of("Zhou Enlai", "Chou En-lai"))));
        assertEquals("(\"Zhou Enlai\" OR \"Chou En-lai\") AND war", SearchIndex.widen("\"Chou En-lai\" AND war", found));
    }

    @Test
    void aSpellingHoldingAnothersWords_isNotSearchedToo_forItFindsNothingMore() {
        List<String> spellings = List.of("Joseph Stalin", "Иосиф Виссарионович Сталин", "Stalin", "I.V. Stalin", "Filippov",
                "STALIN", "Stalin's", "Feng Xi", "Xi");
        assertEquals(List.of("Иосиф Виссарионович Сталин", "Stalin", "Filippov", "Xi"),
                WidenedQuery.searchedAs(spellings, new SearchAnalyzer()));
        List<NameVariants.Found> found = List.of(new NameVariants.Found(0, 6, "Stalin", java.util.Set.of(),
                new java.util.LinkedHashSet<>(List.of("Joseph Stalin", "Stalin", "Filippov"))));
        assertEquals("(\"Stalin\" OR \"Filippov\") letter", SearchIndex.widen("Stalin letter", found));
    }

    @Test
    void sparqlPropertyFunction_returnsDocumentsScoresAndPassages() {
        DatasetGraph view = store.queryView();
        SearchPropertyFunction.register(view.getContext(), ServeFixtures.BASE, index);
        String q = "PREFIX search: <" + SearchPropertyFunction.namespace(ServeFixtures.BASE) + ">\n"
                + "SELECT ?doc ?score ?passage WHERE { (?doc ?score ?passage) search:query (\"volunteer divisions\" 5) }";
        List<org.apache.jena.sparql.engine.binding.Binding> rows = Txn.calculateRead(view,
                () -> QueryExec.dataset(view).query(q).select().materialize().stream().toList());
        assertTrue(rows.stream().anyMatch(b -> b.get("doc").getURI().equals(ServeFixtures.LETTER)), rows.toString());
        assertTrue(rows.stream().allMatch(b -> b.get("passage").getLiteralLexicalForm().contains("divisions")));
    }

    @Test
    void onDisk_keepsAnIndexBuiltFromTheSameRelease_andRebuildsForAnother(@TempDir Path dir) throws Exception {
        Path folder = SearchIndex.besideStore(dir.resolve("store"));
        assertEquals(dir.resolve("store-search").toAbsolutePath(), folder);
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            disk.syncWith(store.datasetGraph(), "release-1");
            assertEquals(3, disk.size());
        }
        assertTrue(Files.isDirectory(folder));
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            disk.syncWith(store.datasetGraph(), "release-1");
            SearchIndex.Results kept = disk.search("Chou En-lai", 10);
            assertEquals(1, kept.names().size(), "a kept index still widens names (read after the start)");
            assertTrue(iris(kept).contains(ServeFixtures.LETTER), iris(kept).toString());
        }
        try (ArchiveStore empty = ArchiveStore.inMemory(); SearchIndex disk = SearchIndex.onDisk(folder)) {
            disk.syncWith(empty.datasetGraph(), "release-1");
            assertEquals(3, disk.size(), "same release: the index on disk is kept");
            disk.syncWith(empty.datasetGraph(), "release-2");
            assertEquals(0, disk.size(), "another release: rebuilt from the store");
        }
    }

    @Test
    void aKeptIndex_widensNamesWithTheNamesWrittenAtItsBuild_readingNothingOfTheStore(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("store-search");
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            assertTrue(disk.syncWith(store.datasetGraph(), "release-1", DocumentFacets.NONE), "built");
        }
        assertTrue(Files.exists(folder.resolve(NamesFile.NAME)), "the names are kept beside the index");
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        DatasetGraph watched = new DatasetGraphWrapper(store.datasetGraph()) {
            @Override
            public void begin(org.apache.jena.query.TxnType type) {
                reads.incrementAndGet();
                super.begin(type);
            }

            @Override
            public void begin(org.apache.jena.query.ReadWrite mode) {
                reads.incrementAndGet();
                super.begin(mode);
            }

            @Override
            public Graph getUnionGraph() {
                reads.incrementAndGet();
                return super.getUnionGraph();
            }

            @Override
            public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(Node g, Node s, Node p, Node o) {
                reads.incrementAndGet();
                return super.find(g, s, p, o);
            }
        };
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            assertFalse(disk.syncWith(watched, "release-1", DocumentFacets.NONE), "kept");
            for (String q : List.of("Chou En-lai", "Joseph Stalin", "周恩来", "Kim Il-sung Filippov", "volunteer divisions")) {
                SearchIndex.Results kept = disk.search(q, 10);
                SearchIndex.Results read = index.search(q, 10);
                assertEquals(read.names(), kept.names(), q + ": widened as by the names read from the store");
                assertEquals(iris(read), iris(kept), q);
            }
            assertEquals(1, disk.search("Chou En-lai", 10).names().size());
            assertEquals(0, reads.get(), "the start and the searches read nothing of the store");
        }
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            assertTrue(disk.syncWith(watched, "release-2", DocumentFacets.NONE), "another release: rebuilt");
            assertTrue(reads.get() > 0, "from the store");
        }
    }

    @Test
    void aKeptIndexWithoutItsNamesFile_readsTheNamesFromTheStoreOnce_andKeepsThemForTheNextStart(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("store-search");
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            disk.syncWith(store.datasetGraph(), "release-1", DocumentFacets.NONE);
        }
        byte[] written = Files.readAllBytes(folder.resolve(NamesFile.NAME));
        Files.delete(folder.resolve(NamesFile.NAME));   // as an index built before the names were kept beside it
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            assertFalse(disk.syncWith(store.datasetGraph(), "release-1", DocumentFacets.NONE), "kept");
            assertEquals(1, disk.search("Chou En-lai", 10).names().size(), "widened with the names read from the store");
        }
        assertArrayEquals(written, Files.readAllBytes(folder.resolve(NamesFile.NAME)), "the names file the build would have written");
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        DatasetGraph watched = new DatasetGraphWrapper(store.datasetGraph()) {
            @Override
            public Graph getUnionGraph() {
                reads.incrementAndGet();
                return super.getUnionGraph();
            }

            @Override
            public void begin(org.apache.jena.query.TxnType type) {
                reads.incrementAndGet();
                super.begin(type);
            }
        };
        try (SearchIndex disk = SearchIndex.onDisk(folder)) {
            assertFalse(disk.syncWith(watched, "release-1", DocumentFacets.NONE), "kept");
            assertEquals(1, disk.search("Chou En-lai", 10).names().size());
            assertEquals(0, reads.get(), "the next start reads the names from the file, nothing of the store");
        }
    }

    @Test
    void markStale_rebuildsFromTheStoreBeforeTheNextSearch() throws Exception {
        try (ArchiveStore changing = SiteFixtures.store(); SearchIndex own = SearchIndex.inMemory()) {
            own.syncWith(changing.datasetGraph(), "r");
            assertEquals(3, own.size());
            Txn.executeWrite(changing.datasetGraph(), () -> changing.datasetGraph().deleteAny(
                    org.apache.jena.graph.Node.ANY, NodeFactory.createURI(SiteFixtures.TO_KIM), org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY));
            own.markStale();
            assertTrue(own.search("Kim", 10).hits().stream().noneMatch(h -> h.iri().equals(SiteFixtures.TO_KIM)));
            assertEquals(2, own.size());
        }
    }

    @Test
    void aStoreFailingPartWay_leavesNoHalfBuiltIndexBehind(@TempDir Path dir) throws Exception {
        try (ArchiveStore good = SiteFixtures.store(); SearchIndex disk = SearchIndex.onDisk(dir.resolve("index"))) {
            DatasetGraph failing = new DatasetGraphWrapper(good.datasetGraph()) {
                @Override
                public Graph getUnionGraph() {
                    return new GraphWrapper(super.getUnionGraph()) {
                        @Override
                        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                            if (DCTerms.source.asNode().equals(p)) throw new IllegalStateException("disk gone");
                            return super.find(s, p, o);
                        }
                    };
                }
            };
            assertThrows(IllegalStateException.class, () -> disk.syncWith(failing, "r1"));
            disk.syncWith(good.datasetGraph(), "r1");
            assertEquals(3, disk.size(), "nothing of the failed build was committed as release r1");
        }
    }
}
