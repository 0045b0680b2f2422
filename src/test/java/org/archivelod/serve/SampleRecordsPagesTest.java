package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of issue 13 on the letter and the 27 sample records converted together (../shared/sources/records and
 * records2; skipped where they are absent): every document page, the records' addresses in the archive, the facets.
 */
class SampleRecordsPagesTest {
    private static final Pattern DOCUMENT_LINK = Pattern.compile("href=\"(/page/document/[^\"#?]+)\"");
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(SampleRecordsSite.available(), SampleRecordsSite.skipReason());
        site = SampleRecordsSite.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) site.close();
    }

    private static String html(String path) throws Exception {
        String body = site.ok(path);
        assertTrue(body.getBytes(StandardCharsets.UTF_8).length < 100_000, path + " is under 100 KB");
        return body;
    }

    private static List<String> documentPages() throws Exception {
        List<String> pages = new ArrayList<>();
        Matcher m = DOCUMENT_LINK.matcher(html("/"));
        while (m.find()) if (!pages.contains(m.group(1))) pages.add(m.group(1));
        return pages;
    }

    @Test
    void everyDocumentPage_readsPlainByDefault_andListsItsEventsWithDatesAtTheirPrecision() throws Exception {
        List<String> pages = documentPages();
        assertEquals(28, pages.size(), "the letter and 27 records");
        Pattern time = Pattern.compile("<time datetime=\"([^\"]+)\">([^<]+)</time>");
        int timed = 0;
        int withoutText = 0;
        for (String path : pages) {
            String page = html(path);
            if (!page.contains("<div class=\"reading")) {
                withoutText++;   // records2/205: a page with a summary and no document text
                continue;
            }
            assertTrue(page.contains("<div class=\"reading\">"), path);
            assertTrue(page.contains("id=\"events\""), path);
            Matcher t = time.matcher(page);
            while (t.find()) {
                boolean hasHour = t.group(1).contains("T");
                assertEquals(hasHour, t.group(2).contains(":"), path + ": " + t.group());
                assertFalse(t.group(2).contains("00:00,"), path + ": a day shown as midnight: " + t.group());
                assertTrue(t.group(2).matches("(\\d\\d:\\d\\d, )?(\\d{1,2}(–\\d{1,2})? )?([A-Z][a-z]+ )?\\d{4}( – .+)?"), t.group(2));
                if (hasHour) timed++;
            }
        }
        assertTrue(timed >= 1, "the letter's dispatch at 23:00 at least");
        assertEquals(1, withoutText, "only 205 has no text to read");
    }

    @Test
    void recordInTheArchive_linkedWhereTheRecordGivesItsId_andNowhereElse() throws Exception {
        assertTrue(html(SampleRecordsSite.RECORD_111199).contains(
                "<dt>In the archive</dt><dd><a class=\"external\" href=\"https://digitalarchive.wilsoncenter.org/document/111199\">Digital Archive record 111199</a></dd>"),
                "016: its page's Record ID");
        assertTrue(html(SampleRecordsSite.RECORD_111244).contains(
                "href=\"https://digitalarchive.wilsoncenter.org/document/111244\">Digital Archive record 111244</a>"),
                "024: the record address its citation prints");
        int linked = 0;
        for (String path : documentPages()) {
            String page = html(path);
            if (page.contains("digitalarchive.wilsoncenter.org/document/")) {
                linked++;
                assertTrue(path.startsWith("/page/document/record-"), path + " links to the archive without a record ID");
            }
        }
        assertEquals(2, linked, "only the two records whose ID the data holds");
    }

    @Test
    void search_facetsAcrossTheSamples_countEachDocumentOncePerValue() throws Exception {
        JsonNode all = new ObjectMapper().readTree(site.get("/search?format=json&from=1&limit=1").body());
        assertEquals(28, all.get("total").asInt(), "years alone: every dated document");
        int types = 0;
        for (JsonNode type : all.get("facets").get("type")) types += type.get("documents").asInt();
        assertEquals(28, types, "each document has one type");
        List<String> years = new ArrayList<>();
        all.get("facets").get("year").forEach(y -> years.add(y.get("value").asText()));
        assertEquals("1944", years.get(0));
        assertEquals("1991", years.get(years.size() - 1));
        assertEquals(years.stream().sorted().toList(), years, "years in time order");

        String sixties = html("/search?from=1960&to=1969");
        assertTrue(sixties.contains("7 documents found"), "1961 to 1966: seven records");
        assertTrue(sixties.contains("Years: <strong>1960–1969</strong>"));
        String archives = html("/search?q=Stalin");
        assertTrue(archives.contains("<h2 id=\"facet-archive\">Archive</h2>"));
        assertTrue(archives.contains(">Archive of the President of the Russian Federation</a> <span class=\"count\""));
        assertFalse(Pattern.compile("title=\"1 documents\"|title=\"\\d*[02-9] document\"").matcher(archives + sixties).find(),
                "plurals");
    }
}
