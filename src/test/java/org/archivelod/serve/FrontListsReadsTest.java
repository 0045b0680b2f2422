package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.archivelod.serve.site.Paging;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline and the network through a front: a full page of either costs a few store requests, however many
 * documents the page lists (the site lists carry what a row shows, and a page of network rows is one query, its
 * rows' first letters one more), and the pages are the embedded server's bytes. {@value #DOCUMENTS} synthetic documents,
 * so that the first page of each is full and there is a second.
 */
class FrontListsReadsTest {
    private static final int DOCUMENTS = 200;
    /**
     * The most store requests the first view of a timeline page may cost: its page and the list's size, then the
     * page's activities, their time-spans and documents read a level at a time (10 and 14 here); before, each
     * listed document's graph was read for its activities (about 6 requests per document: 286 at 2,000 documents).
     */
    static final int MOST_REQUESTS_PER_TIMELINE = 20;
    /**
     * The most for a page of the network: its rows (one query), their first letters by their entries' IRIs (one
     * query; 4 requests before, when the rows' query joined each row's five positions, 150-250 ms of an embedded
     * page's time), the letters' titles and dates (one query), the parties' labels (one query) and the list's size;
     * 6 here before the letters' and the
     * parties' were queries (reading the first label fetched everything the page's query named, the letters' every
     * statement too, a count and the quads); before that, a query per row for all its letters (450 requests at 2,000
     * documents, 452 at 10^4).
     */
    static final int MOST_REQUESTS_PER_NETWORK = 5;
    /**
     * The most for a page of the most-referred entity (Stalin, named in most of the documents), 10 here: its own
     * statements (1) and what they point at, a level at a time (2 a level: a count and the quads; one level here), the labels of its
     * names' kinds (at most 1, {@code labels.rq}); who refers to it
     * (1, paged in the store) and those rows' labels (1, {@code labels.rq}); a page of each of its five lists with
     * their sizes, the titles and dates of the documents on them, and the page's passages with their sources,
     * quotes, texts and documents (1, {@code entity-lists.rq}); its correspondents (1) and their labels (1); its life
     * (1); and, on the first page of a release that fetches a batch, which subjects the release restates in many graphs
     * (1, {@code store/RestatedStatements}), so 11. Before: 10 without that; 11, when each kind of name had its label read alone; 20 (29 before that), 28 at 10^4 documents: the passages and their texts were two more queries, and
     * labels came with each labelled thing's every statement (a count and a fetch).
     */
    static final int MOST_REQUESTS_PER_ENTITY = 11;
    @TempDir
    static Path tmp;
    private static CountedFronts store;

    @BeforeAll
    static void start() throws Exception {
        // the records converted straight into the remote store, as load --endpoint does: no copy in this JVM's
        // memory first (whose site aggregates, computed and then sent, were most of this class's time)
        store = new CountedFronts(tmp, SiteFixtures.syntheticRecords(tmp.resolve("corpus"), DOCUMENTS, 1));
    }

    @AfterAll
    static void stop() {
        if (store != null) store.close();
    }

    private static int rows(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String table = html.substring(html.indexOf("<table>"), html.indexOf("</table>"));
        return table.split("</tr>", -1).length - 2;   // less the heading row
    }

    /** Page 1 of {@code path} is full (embedded), and the first view of it and of page 2 on a new front ask the store {@code most} times at most. */
    private static void fewRequestsBehind(String path, int most) throws Exception {
        assertEquals(Paging.SIZE, rows(store.get(store.embedded(), path, "text/html").body()), "the first page of " + path + " is full");
        for (String page : new String[] {path, path + "?page=2"}) {
            int requests = store.requestsBehind(page, "text/html");
            assertTrue(requests <= most, page + " asked the store " + requests + " times: " + store.queries());
        }
    }

    @Test
    void aPageOfTheTimeline_costsAFewStoreRequests() throws Exception {
        fewRequestsBehind("/timeline", MOST_REQUESTS_PER_TIMELINE);
    }

    /**
     * A front that served other pages first (a document's, the most-referred person's and its {@code /data}, which
     * read long answers) asks no more for the timeline than a new front: at 10^4 documents such a front had forgotten
     * the batch its timeline page had just fetched, and asked for each of its time-spans alone (25 requests, not 8).
     */
    @Test
    void aPageOfTheTimeline_afterOtherPages_costsWhatItCostsOnANewFront() throws Exception {
        int fresh = store.requestsBehind("/timeline", "text/html");
        ArchiveServer front = store.front();
        for (String path : new String[] {"/", org.archivelod.uri.UriScheme.pagePath("person/stalin"), "/data/person/stalin.ttl", "/network"}) {
            assertEquals(200, store.get(front, path, path.endsWith(".ttl") ? "text/turtle" : "text/html").statusCode(), path);
        }
        int after = store.requestsBehind(front, "/timeline", "text/html");
        assertTrue(after <= fresh, "/timeline after other pages asked the store " + after + " times, " + fresh + " on a new front: " + store.queries());
    }

    @Test
    void aPageOfTheNetwork_costsAFewStoreRequests() throws Exception {
        fewRequestsBehind("/network", MOST_REQUESTS_PER_NETWORK);
    }

    @Test
    void theMostReferredEntitysPage_costsAFewStoreRequestsAndIsTheEmbeddedServersBytes() throws Exception {
        String path = org.archivelod.uri.UriScheme.pagePath("person/stalin");
        for (String page : new String[] {path, path + "?page=2"}) {
            int requests = store.requestsBehind(page, "text/html");
            assertTrue(requests <= MOST_REQUESTS_PER_ENTITY, page + " asked the store " + requests + " times: " + store.queries());
            HttpResponse<byte[]> mine = store.get(store.front(), page, "text/html");
            HttpResponse<byte[]> theirs = store.get(store.embedded(), page, "text/html");
            assertEquals(200, mine.statusCode(), page);
            assertArrayEquals(theirs.body(), mine.body(), page + ":\n" + new String(mine.body(), StandardCharsets.UTF_8));
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
