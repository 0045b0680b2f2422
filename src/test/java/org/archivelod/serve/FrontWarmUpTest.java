package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.archivelod.io.Checksums;
import org.archivelod.serve.http.WarmUp;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front ({@code serve --endpoint}) warms up as an embedded server does: over the store's SPARQL endpoint it renders
 * each kind of page once, as the front answers it, byte for byte; what it read changes no byte a front answers (a
 * front that warmed up and one that did not answer alike), so fronts stay interchangeable behind a load balancer.
 */
class FrontWarmUpTest {
    @TempDir
    Path tmp;

    @Test
    void aFrontWarmsUpOverTheStore_andAnswersAsAFrontThatDidNot() throws Exception {
        try (ArchiveStore fixtures = SiteFixtures.store(); CountedFronts store = new CountedFronts(tmp, fixtures)) {
            ArchiveServer warm = store.front();
            List<WarmUp.Warmed> warmed = warm.warmUp().awaitDone(Duration.ofMinutes(2));
            assertTrue(warmed.stream().map(WarmUp.Warmed::path).toList()
                    .containsAll(List.of("/?lang=ru", "/timeline?lang=ru", "/network?lang=ru")), warmed.toString());
            assertTrue(warmed.stream().anyMatch(w -> w.path().startsWith("/page/document/")), warmed.toString());
            assertTrue(warmed.stream().anyMatch(w -> w.path().startsWith("/search?q=")), warmed.toString());
            ArchiveServer cold = store.front();
            for (WarmUp.Warmed w : warmed) {
                HttpResponse<byte[]> fromWarm = store.get(warm, w.path(), "text/html");
                if (w.sha256().isEmpty()) {
                    assertEquals(404, fromWarm.statusCode(), w.path() + ": rendered as absent");
                    continue;
                }
                assertEquals(200, fromWarm.statusCode(), w.path());
                assertEquals(Checksums.sha256(fromWarm.body()), w.sha256(), w.path() + ": the bytes the front answers");
                assertArrayEquals(store.get(cold, w.path(), "text/html").body(), fromWarm.body(), w.path() + ": a front that did not warm up");
            }
            for (String first : List.of("/", "/timeline", "/network")) {
                assertArrayEquals(store.get(cold, first, "text/html").body(), store.get(warm, first, "text/html").body(), first);
            }
        }
    }
    @Test
    void aPageThatFails_isPassedOver_andThePagesAfterItAreWarmedStill() throws Exception {
        try (ArchiveStore fixtures = SiteFixtures.store(); CountedFronts store = new CountedFronts(tmp, fixtures)) {
            List<String> all = store.front().warmUp().awaitDone(Duration.ofMinutes(2)).stream().map(WarmUp.Warmed::path).toList();
            // the labels of a page's many things (queries/site/labels.rq) failing, as on a store too slow for the timeout
            store.refuse(query -> query.replaceAll("\\s+", " ").contains("VALUES ?property { rdfs:label skos:prefLabel }"));
            List<WarmUp.Warmed> warmed = store.front().warmUp().awaitDone(Duration.ofMinutes(2));
            assertEquals(all, warmed.stream().map(WarmUp.Warmed::path).toList(), "every page tried, in order: " + warmed);
            WarmUp.Warmed home = warmed.stream().filter(w -> w.path().equals("/?lang=ru")).findFirst().orElseThrow();
            assertTrue(home.sha256().isEmpty() && home.failure().contains("503"), home.toString());
            assertTrue(warmed.stream().anyMatch(w -> w.failure().isEmpty() && !w.sha256().isEmpty()), "the others rendered: " + warmed);
        }
    }
}
