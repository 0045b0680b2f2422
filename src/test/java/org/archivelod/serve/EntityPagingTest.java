package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.archivelod.serve.site.ArchiveDocuments;
import org.archivelod.serve.site.Correspondence;
import org.archivelod.serve.site.EntityLists;
import org.archivelod.serve.site.EntityProfile;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.ReferredTo;
import org.archivelod.serve.site.SchemaOrg;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.serve.site.SiteQueries;
import org.archivelod.serve.site.TermLabels;
import org.archivelod.serve.site.Paging;
import org.archivelod.serve.http.NetworkServlet;
import org.archivelod.store.ArchiveStore;
import org.archivelod.vocab.SITE;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An entity named in hundreds of documents: its page shows its passages, documents and incoming statements
 * {@link Paging#SIZE} at a time, says how many passages there are, and links the pages; together the pages show every
 * passage. The lists are read a page at a time in the store, never whole: no single read behind them (one
 * {@code find}, as a SPARQL quad pattern makes it too) yields more than a few pages of quads, where reading one whole
 * would yield thousands.
 */
class EntityPagingTest {
    private static final Pattern PASSAGE = Pattern.compile("<li><a href=\"([^\"]+)\">[^<]*</a> <span class=\"meta\">[^<]*</span><br><q>…[^<]*<a href=\"([^\"]+)\">");
    private static final Pattern COUNT = Pattern.compile("<p class=\"meta\">(\\d+) passages across the documents");
    /** The most quads one read of the store may yield for one page of lists: a page and its next row, twice over. */
    private static final int MOST_PER_READ = 4 * (Paging.SIZE + 1);
    private static ArchiveStore store;
    private static RunningSite site;
    private static Node mao;

    @BeforeAll
    static void start() throws Exception {
        site = SharedSynthetic.muchNamedSite();   // shared, read-only: never closed here
        store = site.store;
        mao = NodeFactory.createURI(ServeFixtures.BASE + "id/person/mao-zedong");
    }

    private static String html(String path) throws Exception {
        return site.ok(path);
    }

    @Test
    void aMuchNamedPerson_isShownPageByPage_andThePagesTogetherHoldEveryPassage() throws Exception {
        String first = html("/page/person/mao-zedong");
        Matcher count = COUNT.matcher(first);
        assertTrue(count.find(), "the page says how many passages there are");
        int total = Integer.parseInt(count.group(1));
        assertTrue(total > Paging.SIZE, "the fixture names Mao in more than one page of passages: " + total);
        Matcher of = Pattern.compile("Page 1 of (\\d+)").matcher(first);
        assertTrue(of.find(), "the page says how many pages there are, at least");
        int passagePages = (total + Paging.SIZE - 1) / Paging.SIZE;
        assertTrue(Integer.parseInt(of.group(1)) >= passagePages, of.group(1) + " pages for " + total + " passages");
        int pages = 1;     // "referred to in" is not counted: the pages run on while a page links the next
        while (html("/page/person/mao-zedong?page=" + pages).contains("rel=\"next\"")) pages++;
        assertTrue(first.contains("<a rel=\"next\" href=\"?page=2\">"));
        assertFalse(first.contains("rel=\"prev\""));
        assertTrue(first.contains("1–" + Paging.SIZE + " on this page"));

        Set<String> seen = new HashSet<>();
        int shown = 0;
        for (int page = 1; page <= pages; page++) {
            String html = page == 1 ? first : html("/page/person/mao-zedong?page=" + page);
            assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 200_000, "page " + page + " stays small");
            int at = html.indexOf("Where it is mentioned");
            int onPage = 0;
            if (at >= 0) {
                Matcher m = PASSAGE.matcher(html.substring(at, html.indexOf("</ol>", at)));
                while (m.find()) {
                    onPage++;
                    seen.add(m.group(2));
                }
            }
            int expected = page < passagePages ? Paging.SIZE : page == passagePages ? total - (passagePages - 1) * Paging.SIZE : 0;
            assertEquals(expected, onPage, "passages on page " + page);
            shown += onPage;
        }
        assertEquals(total, shown, "every passage is on one page");
        assertEquals(total, seen.size(), "and none twice");
        String last = html("/page/person/mao-zedong?page=" + pages);
        assertTrue(last.contains("<a rel=\"prev\" href=\"?page=" + (pages - 1) + "\">"));
        assertFalse(last.contains("rel=\"next\""));
    }

    @Test
    void pastTheLastPage_isNotFound_andAPageThatIsNoNumber_isABadRequest() throws Exception {
        assertEquals(404, site.get("/page/person/mao-zedong?page=999").statusCode());
        for (String bad : List.of("0", "-1", "two", "1.5", "99999999999")) {
            assertEquals(400, site.get("/page/person/mao-zedong?page=" + bad).statusCode(), bad);
        }
    }

    @Test
    void theHomePage_listsDocumentsPageByPage_withTheirCount() throws Exception {
        String first = html("/");
        assertTrue(first.contains("Documents <span class=\"meta\">(600)</span>"), "the count of all documents");
        int pages = (600 + Paging.SIZE - 1) / Paging.SIZE;
        Matcher of = Pattern.compile("Page 1 of (\\d+)").matcher(first);
        assertTrue(of.find() && Integer.parseInt(of.group(1)) >= pages, "the documents need " + pages + " pages");
        int last = Integer.parseInt(of.group(1));
        Set<String> documents = new HashSet<>();
        for (int page = 1; page <= pages; page++) {
            String html = page == 1 ? first : html("/?page=" + page);
            String list = html.substring(html.indexOf("id=\"documents\""), html.indexOf("</ul>", html.indexOf("id=\"documents\"")));
            Matcher m = Pattern.compile("<li><a href=\"(/page/document/[^\"]+)\">").matcher(list);
            int onPage = 0;
            while (m.find()) {
                onPage++;
                documents.add(m.group(1));
            }
            assertEquals(Math.min(Paging.SIZE, 600 - (page - 1) * Paging.SIZE), onPage, "documents on page " + page);
        }
        assertEquals(600, documents.size(), "every document once");
        assertEquals(404, site.get("/?page=" + (last + 1)).statusCode());
        assertEquals(400, site.get("/?page=first").statusCode());
    }

    @Test
    void theTimeline_isPagedInTimeOrder_andTheNetworksLettersToo() throws Exception {
        String first = html("/timeline");
        Matcher of = Pattern.compile("Page 1 of (\\d+)").matcher(first);
        assertTrue(of.find(), "600 documents and their events need several pages");
        int pages = Integer.parseInt(of.group(1));
        assertTrue(pages >= 4, "at least one page per 150 documents: " + pages);
        String last = html("/timeline?page=" + pages);
        assertTrue(last.contains("<a rel=\"prev\" href=\"?page=" + (pages - 1) + "\">"));
        assertEquals(404, site.get("/timeline?page=" + (pages + 1)).statusCode());
        assertEquals(200, site.get("/timeline.svg?page=" + pages).statusCode());
        assertTrue(first.getBytes(StandardCharsets.UTF_8).length < 300_000, "a page of the timeline stays small");
        assertEquals(400, site.get("/network?page=x").statusCode());
        assertEquals(200, site.get("/network").statusCode());
    }

    @Test
    void theNetwork_showsOnePageOfCorrespondences_heaviestFirst() throws Exception {
        SiteAggregatesView aggregates = new SiteAggregatesView(SiteQueries.shared(), store.datasetGraph(), ServeFixtures.BASE);
        List<Correspondence.Edge> edges = Txn.calculateRead(store.datasetGraph(), () -> Correspondence.of(aggregates).edges());
        assertTrue(edges.size() > Paging.SIZE, "the fixture has more correspondences than a page: " + edges.size());
        int pages = (edges.size() + Paging.SIZE - 1) / Paging.SIZE;
        String first = html("/network");
        assertTrue(first.contains("Page 1 of " + pages), "the correspondences need " + pages + " pages");
        String picture = first.substring(first.indexOf("<svg"), first.indexOf("</svg>"));
        assertEquals(Paging.SIZE, count(picture, "<line "), "the picture draws the page's correspondences, not all " + edges.size());
        assertTrue(picture.contains("<text class=\"weight\"") && picture.contains(">" + edges.get(0).weight() + "</text>"),
                "the heaviest correspondence is on page 1");
        List<String> rows = List.of(first.substring(first.indexOf("<tr id=\"edge-")).split("<tr id=\"edge-")).subList(1, Paging.SIZE + 1);
        for (String row : rows) {
            assertTrue(count(row, "<a href=\"/page/document/") <= NetworkServlet.LETTERS_SHOWN, "a row names a few letters: " + row);
        }
        assertTrue(first.getBytes(StandardCharsets.UTF_8).length < 200_000, "a page of the network stays small");
        for (int i = 0; i < Paging.SIZE; i++) {
            // the row of the i-th heaviest correspondence names its first letters by date, then title (then IRI)
            Correspondence.Edge edge = edges.get(i);
            List<String> letters = Txn.calculateRead(store.datasetGraph(), () -> lettersByDate(edge));
            String expected = edge.weight() + ": " + String.join("",
                    letters.subList(0, Math.min(NetworkServlet.LETTERS_SHOWN, letters.size())).stream()
                            .map(href -> "<a href=\"" + href + "\">").toList());
            String row = rows.get(i).replaceAll(">[^<]*</a>; ", ">");
            assertEquals(edge.weight(), letters.size(), "a correspondence's count is its letters");
            assertTrue(row.contains(expected), "row " + (i + 1) + " names " + expected + ": " + row);
        }
        String last = html("/network?page=" + pages);
        assertEquals(edges.size() - (pages - 1) * Paging.SIZE, count(last, "<tr id=\"edge-"), "the last page holds the rest");
        assertTrue(last.contains("#edge-" + edges.size() + "\"><title>"), "its arrows link its rows");
        assertEquals(404, site.get("/network?page=" + (pages + 1)).statusCode());
    }

    /** The page addresses of the letters of {@code edge} (from the whole site graph), by date (undated last), title, IRI. */
    private static List<String> lettersByDate(Correspondence.Edge edge) {
        var dataset = store.datasetGraph();
        List<ArchiveDocuments.DocumentSummary> letters = new java.util.ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, SITE.from.asNode(), edge.from()).forEachRemaining(q -> {
            if (dataset.contains(Node.ANY, q.getSubject(), SITE.to.asNode(), edge.to())) {
                dataset.find(Node.ANY, q.getSubject(), SITE.letter.asNode(), Node.ANY)
                        .forEachRemaining(l -> letters.add(ArchiveDocuments.summary(dataset, l.getObject())));
            }
        });
        letters.sort(java.util.Comparator.comparing(ArchiveDocuments.DocumentSummary::sortDate,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(ArchiveDocuments.DocumentSummary::title).thenComparing(d -> d.node().getURI()));
        Labels labels = new Labels(dataset, TermLabels.fromClasspath(), ServeFixtures.BASE);
        return letters.stream().map(d -> labels.link(d.node()).href()).toList();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) n++;
        return n;
    }

    @Test
    void referredToIn_showsOnePage_andLinksTheNext() throws Exception {
        long all = Txn.calculateRead(store.datasetGraph(), () -> count(store.publishedData().find(Node.ANY, Node.ANY, Node.ANY, mao)));
        assertTrue(all > 3L * Paging.SIZE, "the fixture refers to Mao in more than three pages of statements: " + all);
        String first = html("/page/person/mao-zedong");
        String referred = first.substring(first.indexOf("<h2>Referred to in"), first.indexOf("</table>", first.indexOf("<h2>Referred to in")));
        assertEquals(Paging.SIZE, rows(referred), "one page of what refers to Mao");
        assertTrue(referred.contains("(1–" + Paging.SIZE + " on this page, more after)"), referred.substring(0, 120));
        assertTrue(first.contains("<a rel=\"next\" href=\"?page=2\">"));
        assertTrue(Pattern.compile("Page 1 of \\d+ or more").matcher(first).find(), "the last page is not counted");

        String second = html("/page/person/mao-zedong?page=2");
        String more = second.substring(second.indexOf("<h2>Referred to in"), second.indexOf("</table>", second.indexOf("<h2>Referred to in")));
        assertEquals(Paging.SIZE, rows(more));
        assertTrue(more.contains("(" + (Paging.SIZE + 1) + "–" + 2 * Paging.SIZE + " on this page"), more.substring(0, 120));
        assertTrue(second.contains("<a rel=\"prev\" href=\"?page=1\">"));
    }

    @Test
    void noReadOfThePagesLists_yieldsMoreThanAFewPages() {
        Counting counting = new Counting(store.datasetGraph());
        Labels labels = new Labels(counting, TermLabels.fromClasspath(), ServeFixtures.BASE);
        SiteAggregatesView aggregates = new SiteAggregatesView(SiteQueries.shared(), counting, ServeFixtures.BASE);
        Txn.executeRead(counting, () -> {
            for (int page = 1; page <= 3; page++) {
                ReferredTo.Page referred = ReferredTo.page(aggregates, labels, mao, page);
                assertEquals(Paging.SIZE, referred.rows().size(), "page " + page + " of what refers to Mao");
            }
            EntityProfile profile = EntityProfile.build(counting, labels, mao, aggregates, EntityLists.read(aggregates, EntityProfile.lists(mao), 2));
            assertFalse(profile.roles().isEmpty());
            assertFalse(Correspondence.around(aggregates, mao).empty());
            SchemaOrg.dataset(counting, ServeFixtures.BASE, List.of());
        });
        assertTrue(counting.reads.size() > 10, "the reads were seen: " + counting.reads.size());
        int most = counting.reads.stream().mapToInt(r -> r[0]).max().orElse(0);
        assertTrue(most <= MOST_PER_READ, "one read yielded " + most + " quads; the lists are read a page at a time");
    }

    private static int rows(String table) {
        return table.split("<tr>", -1).length - 1;
    }

    private static long count(Iterator<Quad> quads) {
        long n = 0;
        for (; quads.hasNext(); quads.next()) n++;
        return n;
    }
}
