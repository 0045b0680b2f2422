package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.archivelod.serve.site.Paging;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline and the network through a front: a full page of either costs a few store requests, however many
 * documents the page lists (the site lists carry what a row shows, and a page of network rows is one query with
 * each row's first letters), and the pages are the embedded server's bytes. {@value #DOCUMENTS} synthetic documents,
 * so that the first page of each is full and there is a second.
 */
class FrontListsReadsTest {
    private static final int DOCUMENTS = 300;
    /**
     * The most store requests the first view of a timeline page may cost: its page and the list's size, then the
     * page's activities, their time-spans and documents read a level at a time (about a dozen here); before, each
     * listed document's graph was read for its activities (about 6 requests per document: 253 at 10^4 documents).
     */
    static final int MOST_REQUESTS_PER_TIMELINE = 16;
    /**
     * The most for a page of the network: its rows with their first letters (one query) and the list's size, then
     * the letters' titles and dates and the parties' labels a level at a time; before, a query per row for all its
     * letters (452 requests at 10^4 documents).
     */
    static final int MOST_REQUESTS_PER_NETWORK = 16;
    @TempDir
    static Path tmp;
    private static ArchiveStore source;
    private static CountedFronts store;

    @BeforeAll
    static void start() throws Exception {
        source = SiteFixtures.synthetic(tmp.resolve("corpus"), DOCUMENTS, 3);
        store = new CountedFronts(tmp, source);
    }

    @AfterAll
    static void stop() {
        if (store != null) store.close();
        if (source != null) source.close();
    }

    private static int rows(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String table = html.substring(html.indexOf("<table>"), html.indexOf("</table>"));
        return table.split("</tr>", -1).length - 2;   // less the heading row
    }

    @Test
    void aPageOfTheTimeline_costsAFewStoreRequests() throws Exception {
        assertEquals(Paging.SIZE, rows(store.get(store.embedded(), "/timeline", "text/html").body()), "the first page is full");
        for (String page : new String[] {"/timeline", "/timeline?page=2"}) {
            int requests = store.requestsBehind(page, "text/html");
            assertTrue(requests <= MOST_REQUESTS_PER_TIMELINE, page + " asked the store " + requests + " times: " + store.queries());
        }
    }

    @Test
    void aPageOfTheNetwork_costsAFewStoreRequests() throws Exception {
        assertEquals(Paging.SIZE, rows(store.get(store.embedded(), "/network", "text/html").body()), "the first page is full");
        for (String page : new String[] {"/network", "/network?page=2"}) {
            int requests = store.requestsBehind(page, "text/html");
            assertTrue(requests <= MOST_REQUESTS_PER_NETWORK, page + " asked the store " + requests + " times: " + store.queries());
        }
    }

    @Test
    void theFrontsTimelineAndNetwork_areTheEmbeddedServersBytes() throws Exception {
        ArchiveServer front = store.front();
        for (String page : new String[] {"/timeline", "/timeline?page=2", "/network", "/network?page=2", "/network.svg"}) {
            HttpResponse<byte[]> mine = store.get(front, page, "text/html");
            HttpResponse<byte[]> theirs = store.get(store.embedded(), page, "text/html");
            assertEquals(200, mine.statusCode(), page);
            assertArrayEquals(theirs.body(), mine.body(), page + ":\n" + new String(mine.body(), StandardCharsets.UTF_8));
        }
    }
}
