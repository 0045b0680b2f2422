package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.archivelod.io.Checksums;
import org.archivelod.serve.http.WarmUp;
import org.junit.jupiter.api.Test;

/**
 * The warm-up {@code serve} runs after it listens renders each kind of page on the release's own data, as the server
 * would answer it, byte for byte, so that what the JVM compiles is the code a reader's first view runs; the first
 * pages of the home page and of the network only in another language than the one a reader gets by default, so that a
 * reader's first view of them is still read and rendered.
 */
class WarmUpTest {
    @Test
    void warmUp_rendersEachKindOfPage_asTheServerAnswersIt() throws Exception {
        try (RunningSite site = RunningSite.startOnSiteFixtures()) {
            List<WarmUp.Warmed> warmed = site.server.warmUp().awaitDone(Duration.ofMinutes(2));
            // the fixtures' lists have one page each: their first pages in Russian alone
            List<String> kinds = warmed.stream().map(w -> kind(w.path())).toList();
            assertEquals(List.of("/", "/timeline", "/network", "/page/document/document", "/page/person/person",
                    "/data/person/person", "/page/person/person"), kinds.subList(0, 7), warmed.toString());
            // then the names of the network's heaviest correspondents, each once
            assertTrue(kinds.size() > 8 && kinds.subList(7, kinds.size()).stream().allMatch("/search"::equals), warmed.toString());
            assertEquals(kinds.size(), warmed.stream().map(WarmUp.Warmed::path).distinct().count(), "each once: " + warmed);
            for (WarmUp.Warmed w : warmed) {
                HttpResponse<byte[]> served = site.getBytes(w.path());
                if (w.sha256().isEmpty()) {
                    // the heaviest correspondent's page 2: the fixtures' lists fit on one page
                    assertTrue(w.path().endsWith("?page=2"), w.path() + " rendered");
                    assertEquals(404, served.statusCode(), w.path() + ": the release has no such page");
                    continue;
                }
                assertEquals(200, served.statusCode(), w.path());
                assertEquals(Checksums.sha256(served.body()), w.sha256(), w.path() + ": the bytes the server answers");
            }
            // the heaviest correspondent's name, hits by date: a reader's plain search is never the warm-up's
            assertTrue(warmed.stream().filter(w -> w.path().startsWith("/search")).allMatch(w -> w.path().startsWith("/search?q=")
                    && w.path().endsWith("&sort=date") && w.path().length() > 20), "names searched, by date: " + warmed);
        }
    }

    @Test
    void warmUp_warmsTheFirstPagesInAnotherLanguage_neverAsAReaderFirstSeesThem() throws Exception {
        try (RunningSite site = RunningSite.startOnSiteFixtures()) {
            List<String> paths = site.server.warmUp().awaitDone(Duration.ofMinutes(2)).stream().map(WarmUp.Warmed::path).toList();
            assertTrue(paths.containsAll(List.of("/?lang=ru", "/timeline?lang=ru", "/network?lang=ru")), paths.toString());
            for (String first : List.of("/", "/?page=1", "/timeline", "/timeline?page=1", "/network", "/network?page=1")) {
                assertFalse(paths.contains(first), first + " is a reader's first view: " + paths);
            }
            // an entity's long lists on another page than the first (the writer of the network's first row)
            assertTrue(paths.stream().anyMatch(p -> p.startsWith("/page/person/") && p.endsWith("?page=2")), paths.toString());
        }
    }

    /** "/", "/timeline", "/network", "/page/document/document", "/page/person/person", "/data/person/person" or "/search". */
    private static String kind(String path) {
        String bare = path.split("[?]")[0];
        if (bare.startsWith("/page/") || bare.startsWith("/data/")) {
            String[] parts = bare.split("/");
            return "/" + parts[1] + "/" + parts[2] + "/" + parts[2];
        }
        return bare;
    }
}
