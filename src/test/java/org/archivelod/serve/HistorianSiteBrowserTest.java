package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Debian's headless chromium on the historian's site (the letter and the site fixtures): reading the letter and
 * following a highlighted mention, an entity page's passages across documents back to their place, a search, the
 * timeline and network pictures, running a sample query from the page, labels in Russian. Screenshots go to
 * target/screenshots/site-*.png. Skipped only where /usr/bin/chromium is not installed.
 */
class HistorianSiteBrowserTest {
    private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    private static final String LETTER_TITLE = "Letter, Cde. Filippov [Stalin] for Mao Zedong";
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium is not installed (apt-get install -y chromium)");
        site = RunningSite.startOnSiteFixtures();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void readerReadsTheLetter_followsAHighlightedMention_andComesBackToThePassage() throws Exception {
        String home = open("/", "site-1-home", 1000);
        String letterPath = HeadlessChromium.href(home, "/page/document/[^\"]+", LETTER_TITLE);
        String letter = open(letterPath, "site-2-reading-view", 1500);
        assertTrue(letter.contains("<p class=\"handwritten\">"), "handwritten note set apart");
        assertTrue(letter.contains("<span class=\"editorial\">[the possibility]</span>"), "editor's insertion set apart");
        Matcher mention = Pattern.compile("<a class=\"mention\" href=\"(/page/person/zhou-enlai)\"[^>]*id=\"(m\\d+)\">Zhou Enlai</a>")
                .matcher(letter);
        assertTrue(mention.find(), "Zhou Enlai is highlighted and linked in the text");

        String zhou = open(mention.group(1), "site-3-entity-passages", 1300);
        String passages = zhou.substring(zhou.indexOf("Where it is mentioned"));
        assertTrue(passages.contains("Ciphered Telegram from Mao Zedong to Filippov [Stalin]"), "the reply");
        assertTrue(passages.contains("Telegram from Filippov [Stalin] to Kim Il Sung"), "the telegram to Kim");
        assertTrue(passages.contains("<mark>Chou En-lai</mark>"), "the name as printed there");
        String back = HeadlessChromium.href(passages, "/page/document/1950-10-05[^\"#]+#" + mention.group(2), "Zhou Enlai");
        // headless chromium paints a blank screenshot when it scrolls to a fragment, so only the DOM is read here
        String again = HeadlessChromium.run("--dump-dom", site.uri(back).toString());
        assertTrue(again.contains("id=\"" + mention.group(2) + "\">Zhou Enlai</a>"), "the place the passage quotes");
    }

    @Test
    void searchForVolunteerDivisions_returnsTheLetter() throws Exception {
        String results = open("/search?q=" + URLEncoder.encode("volunteer divisions", StandardCharsets.UTF_8), "site-5-search", 900);
        assertTrue(results.contains("<strong>" + LETTER_TITLE + "</strong>"));
        assertTrue(results.contains("<mark>volunteer</mark> <mark>divisions</mark>"));
        String widened = open("/search?q=" + URLEncoder.encode("Chou En-lai", StandardCharsets.UTF_8), "site-6-search-romanisation", 900);
        assertTrue(widened.contains("also searched as") && widened.contains("<strong>" + LETTER_TITLE + "</strong>"));
    }

    @Test
    void timelineAndNetwork_arePicturesLinkedFromHome() throws Exception {
        String home = open("/", "site-1-home", 1000);
        String timeline = open(HeadlessChromium.href(home, "/timeline", "Timeline"), "site-7-timeline", 900);
        assertTrue(timeline.contains("<svg") && timeline.contains("id=\"timeline\""), "timeline SVG");
        assertTrue(Pattern.compile("<a href=\"/page/document/1950-10-05[^\"]*\">").matcher(timeline).find(), "marks link to documents");
        String network = open(HeadlessChromium.href(home, "/network", "Correspondence network"), "site-8-network", 900);
        assertTrue(network.contains("<svg") && network.contains("id=\"network\""), "network SVG");
        assertTrue(network.contains("<a href=\"/page/person/stalin\">"), "people link to their pages");
    }

    @Test
    void runsASampleQueryFromThePage() throws Exception {
        String queries = open("/query", "site-9-queries", 900);
        String samplePath = HeadlessChromium.href(queries, "/query\\?name=[a-z-]+", "The names Stalin goes by in the data, with their kind (pseudonym, short form ...),")
                .replace("&amp;", "&");
        String sample = open(samplePath, "site-10-query-results", 1300);
        assertTrue(sample.contains("<td>Filippov</td><td>pseudonym</td>"), "the results table");
        Matcher text = Pattern.compile("<textarea id=\"query-text\" name=\"query\"[^>]*>([^<]*)</textarea>").matcher(sample);
        assertTrue(text.find());
        String edited = unescape(text.group(1)).replace("ORDER BY DESC(?mentions) ?name", "ORDER BY ?name");
        String submitted = open("/query?query=" + URLEncoder.encode(edited, StandardCharsets.UTF_8), "site-11-query-edited", 900);
        int feng = submitted.indexOf("<td>Feng Xi</td>");
        int stalin = submitted.indexOf("<td>Stalin</td>");
        assertTrue(0 < feng && feng < stalin, "the edited query ran: names in alphabetical order");
    }

    @Test
    void labelsInRussian_alongsideEnglish() throws Exception {
        String ru = open("/page/person/stalin?lang=ru", "site-12-russian-labels", 900);
        assertTrue(ru.contains("<h1>Иосиф Виссарионович Сталин (Joseph Stalin)</h1>"));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#61;", "=").replace("&#96;", "`").replace("&amp;", "&");
    }

    /** The DOM chromium renders for {@code path}, and a screenshot of it (one load of the page). */
    private static String open(String path, String shot, int height) throws Exception {
        String url = site.uri(path).toString();
        String dom = HeadlessChromium.screenshotAndDom(SCREENSHOTS.resolve(shot + ".png"), 1200, height, url);
        assertTrue(Files.size(SCREENSHOTS.resolve(shot + ".png")) > 10_000, shot + " screenshot");
        return dom;
    }


}
