package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.archivelod.uri.UriScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a front reads from its store to answer a page: a bounded number of requests, whatever the collection's size
 * (not one per subject the page names), and the same bytes as the server embedded over the same store. One TDB2
 * store holding the site fixtures (loaded as {@code load --endpoint} does) is served twice: by a standalone-like
 * Fuseki (union default graph) with fronts over it, and embedded ({@code serve --store}).
 */
class FrontReadsTest {
    /**
     * The most store requests a document's page may cost on its first view (17 here, 17 for a letter of the 10^4
     * synthetic store): its graph, its subjects and what points at them (a count and a fetch each), then what they
     * point at and their labels a level at a time, who refers to it, the documents before and after it; before, a
     * request per subject the page read (73 here, 474 at 10^4 documents).
     */
    static final int MOST_REQUESTS_PER_DOCUMENT = 18;
    /**
     * The most for an entity's page (10 here, one of them the release's restated subjects, read once per release by the
     * first page that fetches a batch; 9 before that; 10 before the labels of its names' kinds were one request; 18 before its lists and passages were one query and the labels of who
     * refers to it and of its correspondents one each; 22 before the sizes of its five lists were asked in one query,
     * 34 for a person at 10^4): its named queries, one request each (who refers to it and their labels, its lists and
     * passages, its life, its correspondents and their labels), and its own statements and what they point at, read
     * a level at a time; before, a request per subject read (52 here, 1,182 at 10^4).
     */
    static final int MOST_REQUESTS_PER_ENTITY = 10;
    /**
     * The most for the home page (8 here): its five site lists' pages in one request and their sizes in another, the
     * overview's three, the labels of all it prints in one request, and the two shared graphs' own statements; 16
     * (here and at 10^4 documents) when each list's page and size were a request each; before, each section's entries
     * were fetched whole, a count and their quads per section (27 here; 31 at 10^4 documents, where the documents' and
     * the groups' statements were 2.6 MB and more).
     */
    static final int MOST_REQUESTS_HOME = 8;
    @TempDir
    static Path tmp;
    private static CountedFronts store;

    @BeforeAll
    static void start() throws Exception {
        store = new CountedFronts(tmp, SiteFixtures.store());
    }

    @AfterAll
    static void stop() {
        if (store != null) store.close();
    }

    private static String letterPath() {
        return UriScheme.at(ServeFixtures.BASE).sitePath(ServeFixtures.LETTER).orElseThrow().replaceFirst("^/id/", "");
    }

    @Test
    void aDocumentsPage_costsABoundedNumberOfStoreRequests() throws Exception {
        int requests = store.requestsBehind(UriScheme.pagePath(letterPath()), "text/html");
        assertTrue(requests <= MOST_REQUESTS_PER_DOCUMENT, "a document's page asked the store " + requests + " times: " + store.queries());
    }

    @Test
    void anEntitysPage_costsABoundedNumberOfStoreRequests() throws Exception {
        int requests = store.requestsBehind(UriScheme.pagePath("person/zhou-enlai"), "text/html");
        assertTrue(requests <= MOST_REQUESTS_PER_ENTITY, "an entity's page asked the store " + requests + " times: " + store.queries());
    }

    @Test
    void theHomePage_costsABoundedNumberOfStoreRequests() throws Exception {
        int requests = store.requestsBehind("/", "text/html");
        assertTrue(requests <= MOST_REQUESTS_HOME, "the home page asked the store " + requests + " times: " + store.queries());
    }

    /**
     * The home page's overview (its sections' sizes, the span, the kinds of document, the archives) is the same on every
     * page of it and in every language: read once per release, the next home page asks the store for its own entries
     * and their labels alone, and prints what a new front prints.
     */
    @Test
    void theHomePagesOverview_isReadOncePerRelease() throws Exception {
        ArchiveServer front = store.front();
        int first = store.requestsBehind(front, "/?lang=ru", "text/html");
        String firstQueries = store.queries();
        int then = store.requestsBehind(front, "/", "text/html");
        String thenQueries = store.queries();
        assertTrue(then <= first - 4, "the home page after another asked " + thenQueries + "\n\nthe first asked " + firstQueries);
        // what overview-span.rq, overview-types.rq and overview-archives.rq ask for
        for (String overview : List.of("firstYear", "site:facet \"type\"", "site:facet \"archive\"")) {
            assertTrue(firstQueries.contains(overview), overview + " asked first: " + firstQueries);
            assertFalse(thenQueries.contains(overview), overview + " asked again: " + thenQueries);
        }
        assertArrayEquals(store.get(store.front(), "/", "text/html").body(), store.get(front, "/", "text/html").body(),
                "the home page as a new front prints it");
    }

    /**
     * A page after another costs what it costs on a new front: what an earlier page fetched together is kept, but not
     * fetched along with what the next page reads. Mao Zedong's page after Stalin's asked 11 times here, 10 on a new
     * front; at 10^4 documents an archive's page after Stalin's asked 17 times, 9 on a new front (Stalin's page had
     * pointed at it, and it brought the other things that page pointed at along, and what those point at).
     */
    @Test
    void anEntitysPage_afterAnotherEntitysPage_costsWhatItCostsOnANewFront() throws Exception {
        String mao = UriScheme.pagePath("person/mao-zedong");
        int fresh = store.requestsBehind(mao, "text/html");
        ArchiveServer front = store.front();
        assertEquals(200, store.get(front, UriScheme.pagePath("person/stalin"), "text/html").statusCode());
        int after = store.requestsBehind(front, mao, "text/html");
        assertTrue(after <= fresh, mao + " after Stalin's page asked the store " + after + " times, " + fresh + " on a new front: " + store.queries());
    }

    @Test
    void aFrontsPages_areTheEmbeddedServersBytes() throws Exception {
        ArchiveServer front = store.front();
        List<String[]> asked = List.of(
                // (not the home page: a front lists no dumps, it writes none)
                new String[] {UriScheme.pagePath(letterPath()), "text/html"},
                new String[] {UriScheme.dataPath(letterPath()) + ".ttl", "text/turtle"},
                new String[] {UriScheme.pagePath("person/zhou-enlai"), "text/html"},
                new String[] {UriScheme.pagePath("person/stalin"), "text/html"},
                new String[] {UriScheme.dataPath("person/zhou-enlai") + ".ttl", "text/turtle"},
                new String[] {UriScheme.dataPath("person/stalin") + ".jsonld", "application/ld+json"},
                new String[] {"/timeline", "text/html"},
                new String[] {"/network", "text/html"});
        for (String[] ask : asked) {
            HttpResponse<byte[]> mine = store.get(front, ask[0], ask[1]);
            HttpResponse<byte[]> theirs = store.get(store.embedded(), ask[0], ask[1]);
            assertEquals(200, mine.statusCode(), ask[0]);
            assertEquals(theirs.statusCode(), mine.statusCode(), ask[0]);
            assertEquals(theirs.headers().firstValue("Content-Type"), mine.headers().firstValue("Content-Type"), ask[0]);
            assertArrayEquals(theirs.body(), mine.body(), ask[0] + ":\n" + new String(mine.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
