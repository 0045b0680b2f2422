package org.archivelod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.archivelod.serve.ArchiveServer;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release's index opened read-only: only for its release, with its names, and nothing written. */
class PublishedIndexTest {
    @TempDir
    Path tmp;

    private Path built(String release) throws Exception {
        Path folder = tmp.resolve("index-" + release);
        ArchiveStore store = SiteFixtures.store();
        try (SearchIndex index = SearchIndex.onDisk(folder)) {
            index.syncWith(store.datasetGraph(), release, ArchiveServer.filing(store));
        }
        Files.deleteIfExists(folder.resolve("write.lock"));
        return folder;
    }

    @Test
    void opensTheIndexOfItsRelease_andAnswersAsTheIndexItWasBuiltAs() throws Exception {
        Path folder = built("r1");
        Map<String, byte[]> before = files(folder);
        try (PublishedIndex index = PublishedIndex.open(folder, "r1")) {
            SearchIndex.Results found = index.search(SearchRequest.words("Chou En-lai", 20));
            assertTrue(found.total() > 0 && !found.names().isEmpty() && !found.facets().isEmpty(), found.toString());
            assertTrue(index.stillInFolder());
        }
        Map<String, byte[]> after = files(folder);
        assertEquals(before.keySet(), after.keySet(), "no file added or removed (no lock)");
        before.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(name)), name));
    }

    @Test
    void refusesAnotherRelease_noIndex_andAnIndexWithoutItsNames() throws Exception {
        Path folder = built("r1");
        PublishedIndex.NotUsable other = assertThrows(PublishedIndex.NotUsable.class, () -> PublishedIndex.open(folder, "r2"));
        assertTrue(other.getMessage().contains("holds the search index of release r1"), other.getMessage());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        PublishedIndex.NotUsable none = assertThrows(PublishedIndex.NotUsable.class, () -> PublishedIndex.open(empty, "r1"));
        assertTrue(none.getMessage().contains("holds no search index"), none.getMessage());
        Files.delete(folder.resolve(NamesFile.NAME));
        PublishedIndex.NotUsable nameless = assertThrows(PublishedIndex.NotUsable.class, () -> PublishedIndex.open(folder, "r1"));
        assertTrue(nameless.getMessage().contains("without the names"), nameless.getMessage());
    }

    @Test
    void aFolderReplacedByAnotherRelease_isNoLongerTheOneOpened() throws Exception {
        Path folder = built("r1");
        try (PublishedIndex index = PublishedIndex.open(folder, "r1")) {
            Path next = built("r2");
            Files.move(folder, tmp.resolve("old"));
            Files.move(next, folder);
            assertFalse(index.stillInFolder());
            assertEquals("r2", PublishedIndex.open(folder, "r2").release());
        }
    }

    @Test
    void aReleaseSearch_fallsBackUntilTheIndexIsOfTheStoresRelease() throws Exception {
        Path folder = built("r1");
        String[] store = {"r2"};
        List<String> said = new ArrayList<>();
        DocumentSearch sparql = new DocumentSearch() {
            @Override
            public SearchIndex.Results search(SearchRequest request) {
                return new SearchIndex.Results(request.words(), List.of(), 0, List.of());
            }

            @Override
            public String kind() {
                return "sparql";
            }

            @Override
            public void close() {}
        };
        try (ReleaseSearch search = ReleaseSearch.over(folder, () -> store[0], sparql, said::add)) {
            assertEquals("sparql", search.answering().kind());
            assertEquals("sparql", search.answering().kind());
            assertEquals(1, said.size(), "said once: " + said);
            store[0] = "r1";
            assertTrue(search.answering() instanceof PublishedIndex);
            assertEquals(2, said.size(), said.toString());
            assertTrue(search.search(SearchRequest.words("Stalin", 5)).total() > 0);
        }
    }

    @Test
    void aReleaseSearch_readsNothingUntilAsked_soThatItsOwnerChoosesWhenTheNamesAreRead() throws Exception {
        Path folder = built("r1");
        List<String> askedBy = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Supplier<String> storeRelease = () -> {
            askedBy.add(Thread.currentThread().getName());
            // a thread of the search's own is held here until the end, so that it is still there to be seen
            if (!Thread.currentThread().getName().equals("main-test")) {
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "r1";
        };
        String name = Thread.currentThread().getName();
        Thread.currentThread().setName("main-test");
        ReleaseSearch search = ReleaseSearch.over(folder, storeRelease, new SparqlTextSearch("http://localhost:1/ds"), s -> {});
        try {
            List<String> searchThreads = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(n -> n.startsWith("search")).toList();
            assertEquals(List.of(), searchThreads, "no thread of the search's own at construction");
            assertEquals(List.of(), askedBy, "nothing asked at construction");
            assertTrue(search.answering() instanceof PublishedIndex, "opened when first asked");
            assertEquals(List.of("main-test"), askedBy);
        } finally {
            done.countDown();   // a thread held in storeRelease lets go before the search closes
            Thread.currentThread().setName(name);
            search.close();
        }
    }

    private static Map<String, byte[]> files(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.toList()) files.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return files;
    }
}
