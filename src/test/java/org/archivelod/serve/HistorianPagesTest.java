package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.serve.http.AssetServlet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of issue 13 over real HTTP, on the letter and the site fixtures: the document's reading mode and events,
 * its record in the archive, the search's facets, order and pages, the query page's editor and its results' links.
 */
class HistorianPagesTest {
    private static final String LETTER_PAGE = "/page/document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
    private static final String ZHOU_MENTION = "<a class=\"mention\" href=\"/page/person/zhou-enlai\"";
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.startOnSiteFixtures();
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    private static HttpResponse<String> ok(String path, String... headers) throws Exception {
        HttpResponse<String> r = site.get(path, headers);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.body().getBytes(StandardCharsets.UTF_8).length < 100_000, path + " is under 100 KB");
        return r;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void readingMode_namesMarkedOnlyWhenPointedAtByDefault_allHighlightedWithTheSwitch_rememberedInACookie() throws Exception {
        HttpResponse<String> plain = ok(LETTER_PAGE);
        assertTrue(plain.body().contains("<div class=\"reading\">"), "plain reading by default");
        assertTrue(plain.body().contains(ZHOU_MENTION), "the names stay linked");
        assertTrue(plain.body().contains("<a href=\"?highlight=on\">all highlighted</a>"), "the switch is a plain link");

        HttpResponse<String> on = ok(LETTER_PAGE + "?highlight=on");
        assertTrue(on.body().contains("<div class=\"reading highlight\">"));
        assertTrue(on.body().contains(ZHOU_MENTION));
        assertTrue(on.body().contains("<a href=\"?highlight=on\" aria-current=\"true\">all highlighted</a>"));
        String cookie = on.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("highlight=on")).findFirst()
                .orElseThrow(() -> new AssertionError("the choice is kept: " + on.headers().map()));
        assertTrue(cookie.contains("Path=/"), cookie);
        assertNotEquals(plain.headers().firstValue("ETag"), on.headers().firstValue("ETag"), "the two modes are two variants");

        String remembered = ok("/page/document/1950-10-07-ciphered-telegram-from-mao-zedong-to-filippov-stalin",
                "Cookie", "highlight=on").body();
        assertTrue(remembered.contains("<div class=\"reading highlight\">"), "remembered on the next document");
        assertTrue(ok(LETTER_PAGE + "?highlight=off", "Cookie", "highlight=on").body().contains("<div class=\"reading\">"));
        assertTrue(ok(LETTER_PAGE + "?highlight=bogus").body().contains("<div class=\"reading\">"), "anything else is the default");
    }

    @Test
    void eventsItRecords_aListWithDatesAsPeopleWriteThem_andNamesWithoutTheTitleRepeated() throws Exception {
        String letter = ok(LETTER_PAGE).body();
        String events = letter.substring(letter.indexOf("<section class=\"events\""), letter.indexOf("</section>", letter.indexOf("<section class=\"events\"")));
        assertTrue(events.contains("<time datetime=\"1950-10-05T23:00\">23:00, 5 October 1950</time>"
                + "<a href=\"/page/event/1950-10-05-letter-filippov-stalin-for-mao-zedong/dispatch-1\">Dispatch of this document to Nikolai Bulganin</a>"
                + "<span class=\"meta\">printed “23 hours, 5 October”</span>"), events);
        assertTrue(events.contains("<time datetime=\"1950-10-05\">5 October 1950</time>"), "the writing: a day, never a time");
        assertFalse(events.contains("00:00"), "no day shown as midnight");
        assertTrue(events.contains("date not stated</span><a href=\"/page/event/1950-10-05-letter-filippov-stalin-for-mao-zedong/translation\">Translation of this document into English</a>"),
                "undated events are listed too, last");
        assertFalse(events.contains("<svg"), "no picture with tiny labels");
        assertTrue(Pattern.compile("\\d+ events in this document").matcher(events).find(), events);
    }

    @Test
    void recordInTheArchive_onlyWhereTheDataGivesItsRecordId() throws Exception {
        // the letter's page has an empty "Record ID": no address is made up for it
        assertFalse(ok(LETTER_PAGE).body().contains("digitalarchive.wilsoncenter.org/document/"));
        assertFalse(ok(LETTER_PAGE).body().contains("<dt>In the archive</dt>"));
    }

    @Test
    void search_facetsWithCountsAmongTheDocumentsFound_narrowAndWidenByLinks() throws Exception {
        String page = ok("/search?q=" + q("Stalin")).body();
        assertTrue(page.contains("3 documents found"), "all three name Stalin");
        assertTrue(page.contains("<h2 id=\"facet-type\">Type of document</h2>"));
        assertTrue(page.contains("<h2 id=\"facet-person\">Person named</h2>"));
        assertTrue(page.contains("<h2 id=\"facet-correspondent\">Correspondent</h2>"));
        assertTrue(page.contains("<a href=\"/search?q=Stalin&amp;from=1950&amp;to=1950\">1950</a> <span class=\"count\" title=\"3 documents\">3</span>")
                || page.contains("<a href=\"/search?q&#61;Stalin&amp;from&#61;1950&amp;to&#61;1950\">1950</a> <span class=\"count\" title=\"3 documents\">3</span>"), "the year, with its count");
        Matcher letterType = Pattern.compile("<a href=\"([^\"]+)\">letter</a> <span class=\"count\" title=\"1 document\">1</span>").matcher(page);
        assertTrue(letterType.find(), "one letter, in the singular");
        assertFalse(page.contains("score"), "no raw scores");

        String narrowed = ok(unescape(letterType.group(1))).body();
        assertTrue(unescape(letterType.group(1)).contains("type=concept%2Fdocument-type%2Fletter"), letterType.group(1));
        assertTrue(narrowed.contains("1 document found"), "narrowed to the letter");
        assertTrue(narrowed.contains("Letter, Cde. Filippov [Stalin] for Mao Zedong"));
        assertTrue(narrowed.contains("<strong aria-current=\"true\">letter</strong>"), "the chosen value is marked");
        Matcher remove = Pattern.compile("Type of document: <strong>letter</strong> <a href=\"([^\"]+)\"").matcher(narrowed);
        assertTrue(remove.find(), "the choice can be taken away");
        assertTrue(ok(unescape(remove.group(1))).body().contains("3 documents found"));
        assertTrue(narrowed.contains("<input type=\"hidden\" name=\"type\" value=\"concept/document-type/letter\">"),
                "the form keeps the choice when the words change");

        String zhou = ok("/search?q=" + q("Stalin") + "&person=person/zhou-enlai&person=person/kim-il-sung").body();
        assertTrue(zhou.contains("0 documents found") || zhou.contains("1 document found"), "every person chosen must be named");
    }

    @Test
    void search_byYearsAlone_listsTheDocumentsOldestFirst_inPages() throws Exception {
        String years = ok("/search?from=1950&to=1950&limit=1").body();
        assertTrue(years.contains("3 documents found, 1–1 shown, oldest first"), years);
        assertTrue(years.contains("Letter, Cde. Filippov [Stalin] for Mao Zedong"), "5 October comes first");
        assertTrue(years.contains("Page 1 of 3"));
        Matcher next = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\">").matcher(years);
        assertTrue(next.find());
        String second = ok(unescape(next.group(1))).body();
        assertTrue(unescape(next.group(1)).contains("from=1950") && unescape(next.group(1)).contains("page=2"), "paging keeps the rest");
        assertTrue(second.contains("Ciphered Telegram from Mao Zedong to Filippov [Stalin]"), "7 October next");
        assertTrue(second.contains("<ol class=\"hits\" start=\"2\">"));
        assertTrue(ok("/search?from=1951").body().contains("0 documents found"));
        assertEquals(404, site.get("/search?from=1950&limit=1&page=4").statusCode(), "past the last page");
    }

    @Test
    void search_ordersByRelevanceOrDate() throws Exception {
        String byDate = ok("/search?q=" + q("Stalin") + "&sort=date").body();
        assertTrue(byDate.contains("oldest first") && byDate.contains("<strong aria-current=\"true\">date</strong>"));
        int letter = byDate.indexOf("Letter, Cde. Filippov [Stalin] for Mao Zedong</strong>");
        int reply = byDate.indexOf("Ciphered Telegram from Mao Zedong to Filippov [Stalin]</strong>");
        int toKim = byDate.indexOf("Telegram from Filippov [Stalin] to Kim Il Sung</strong>");
        assertTrue(0 < letter && letter < reply && reply < toKim, "5 October, 7 October, 2 November");
        String byRelevance = ok("/search?q=" + q("Stalin")).body();
        assertTrue(byRelevance.contains("best first") && byRelevance.contains("<strong aria-current=\"true\">relevance</strong>"));
    }

    @Test
    void search_refusesWhatItCannotRead_andAnswersJsonWithTheFacets() throws Exception {
        assertEquals(400, site.get("/search?q=x&from=nineteen").statusCode());
        assertEquals(400, site.get("/search?q=x&sort=random").statusCode());
        assertEquals(400, site.get("/search?q=x&page=0").statusCode());
        HttpResponse<String> json = ok("/search?format=json&q=" + q("Stalin") + "&type=concept/document-type/letter");
        JsonNode body = new ObjectMapper().readTree(json.body());
        assertEquals(1, body.get("total").asInt());
        assertEquals(ServeFixtures.LETTER, body.get("hits").get(0).get("iri").asText());
        assertEquals("1950", body.get("facets").get("year").get(0).get("value").asText());
        assertEquals(1, body.get("facets").get("year").get(0).get("documents").asInt());
    }

    @Test
    void queryPage_isAFormThatAScriptFromTheJarTurnsIntoAnEditor() throws Exception {
        String page = ok("/query?name=stalin-names").body();
        assertTrue(page.contains("<form class=\"editor\" action=\"/query#results\" method=\"get\">"), "a working form without scripts");
        assertTrue(page.contains("<textarea id=\"query-text\" name=\"query\""));
        Matcher prefixes = Pattern.compile("data-prefixes=\"([^\"]+)\"").matcher(page);
        assertTrue(prefixes.find());
        JsonNode known = new ObjectMapper().readTree(unescape(prefixes.group(1)));
        assertEquals("http://www.cidoc-crm.org/cidoc-crm/", known.get("crm").asText());
        assertEquals(ServeFixtures.BASE + "id/person/", known.get("person").asText());
        assertEquals(ServeFixtures.BASE + "def/search#", known.get("search").asText());
        List<String> assets = new ArrayList<>();
        Matcher src = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"").matcher(page);
        while (src.find()) assets.add(src.group(1));
        assertEquals(7, assets.size(), assets.toString());
        for (String asset : assets) {
            HttpResponse<String> r = site.get(asset);
            assertEquals(200, r.statusCode(), asset);
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript"), asset + ": " + type);
            assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("max-age"), asset);
        }
        assertFalse(page.contains("https://cdn") || page.contains("unpkg.com") || page.contains("jsdelivr"), "nothing from a CDN");
        assertEquals(404, site.get("/assets/codemirror/" + AssetServlet.CODEMIRROR_VERSION + "/package.json").statusCode(),
                "only the editor's files are offered");
        assertEquals(404, site.get("/assets/../templates/header.mustache").statusCode() == 404 ? 404
                : site.get("/assets/%2e%2e/templates/header.mustache").statusCode());
    }

    @Test
    void queryResults_everyIriOfTheSiteLinksToAPageThatAnswers() throws Exception {
        String query = "SELECT DISTINCT ?g ?s ?type WHERE { GRAPH ?g { ?s a ?type } } ORDER BY DESC(?g) ?s LIMIT 150";
        String page = ok("/query?query=" + q(query)).body();
        String results = page.substring(page.indexOf("<table class=\"results\">"));
        Matcher link = Pattern.compile("<td><a href=\"([^\"]+)\"").matcher(results);
        List<String> local = new ArrayList<>();
        while (link.find()) {
            String href = unescape(link.group(1));
            if (href.startsWith(ServeFixtures.BASE)) local.add("/" + href.substring(ServeFixtures.BASE.length()));
            else if (href.startsWith("/")) local.add(href);
        }
        assertTrue(local.stream().anyMatch(h -> h.startsWith("/graph/document/")), "document graphs are among them");
        String authority = ok("/graph/authority", "Accept", "text/html").body();
        assertTrue(authority.contains("<h1>Named graph “authority”</h1>") && authority.contains("href=\"/graph/authority.trig\""),
                "a graph of no document has a page too");
        assertTrue(local.size() > 100, local.size() + " links");
        for (String href : local.stream().distinct().toList()) {
            HttpResponse<String> r = site.get(href.replaceAll("#.*", ""), "Accept", "text/html");
            if (r.statusCode() == 303) {
                String to = r.headers().firstValue("Location").orElseThrow();
                r = site.get(to.substring(to.indexOf('/', "http://".length())), "Accept", "text/html");
            }
            assertEquals(200, r.statusCode(), href);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), href);
        }
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#61;", "=").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
