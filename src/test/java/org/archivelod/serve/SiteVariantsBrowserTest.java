package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Headless chromium (DevTools protocol) on the letter alone, as the project ships it, and on the letter with the 27
 * sample records of ../shared/sources (skipped where they are absent): the document page, the search's facets and
 * the query editor on each, and on the samples the screenshots the README shows (target/screenshots/readme-*.png),
 * each page checked for what a reader should never see: class or property names, "1 documents", empty boxes,
 * text running off the page.
 */
class SiteVariantsBrowserTest {
    private static final String LETTER_TITLE = "Letter, Cde. Filippov [Stalin] for Mao Zedong";
    private static final Pattern RAW = Pattern.compile("\\b(?:crm|rdfs?|dcterms|skos|owl|oa|prov):[A-Za-z]|\\b[EP]\\d{1,3}i?_[A-Za-z]"
            + "|\\b1 (?:documents|events|rows|letters|passages|statements)\\b|\\{\\{|\\bnull\\b|\\bundefined\\b|\\bNaN\\b");
    private static RunningSite seed;
    private static RunningSite samples;
    private DevToolsPage tab;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium is not installed (apt-get install -y chromium)");
        seed = RunningSite.startOnProjectData();
        if (SampleRecordsSite.available()) samples = SampleRecordsSite.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (seed != null) seed.close();
        if (samples != null) samples.close();
    }

    @BeforeEach
    void openTab() throws Exception {
        tab = DevToolsPage.open(1280, 1600);
    }

    @AfterEach
    void closeTab() throws Exception {
        if (tab != null) tab.close();
    }

    static Stream<Arguments> sites() {
        List<Arguments> sites = new ArrayList<>(List.of(Arguments.of("the letter alone")));
        sites.add(Arguments.of("the letter and the sample records"));
        return sites.stream();
    }

    private static RunningSite site(String name) {
        if (name.startsWith("the letter alone")) return seed;
        Assumptions.assumeTrue(samples != null, SampleRecordsSite.skipReason());
        return samples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void documentPage_fromHome_readsPlain_withItsEventsListed(String name) throws Exception {
        RunningSite site = site(name);
        tab.navigate(site.uri("/").toString());
        tab.follow("a[href^='/page/document/'][href*='1950-10-05-letter']");
        assertEquals(LETTER_TITLE, tab.text("document.querySelector('h1').textContent"));
        assertEquals("rgba(0, 0, 0, 0)", tab.text("getComputedStyle(document.querySelector('.text a.mention')).backgroundColor"));
        assertTrue(tab.text("document.querySelector('section.events').innerText").contains("23:00, 5 October 1950"));
        assertFalse(tab.text("document.body.innerText").contains("digitalarchive.wilsoncenter.org"), "the letter has no record ID");
        readerSeesNothingRaw();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void search_facetsNarrowTheDocuments(String name) throws Exception {
        RunningSite site = site(name);
        tab.navigate(site.uri("/search?q=Korea").toString());
        int found = count(tab.text("document.querySelector('[role=status]').textContent"));
        assertTrue(found >= 1);
        assertTrue(tab.eval("document.querySelectorAll('aside.facets h2').length").asInt() >= 4, "year, type, correspondent, person");
        tab.follow("ul.facet-person a");
        int narrowed = count(tab.text("document.querySelector('[role=status]').textContent"));
        assertTrue(1 <= narrowed && narrowed <= found, narrowed + " of " + found);
        readerSeesNothingRaw();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void queryPage_editorCompletesPrefixes(String name) throws Exception {
        RunningSite site = site(name);
        tab.navigate(site.uri("/query").toString());
        String cm = "document.querySelector('.CodeMirror').CodeMirror";
        tab.eval(cm + ".setValue('PREFIX cr'); " + cm + ".focus(); " + cm + ".setCursor({line: 0, ch: 9}); " + cm + ".execCommand('autocomplete')");
        tab.press("Enter", false);
        assertEquals("PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>", tab.text(cm + ".getValue()"));
    }

    @Test
    void readmeScreenshots_ofTheSampleRecords() throws Exception {
        Assumptions.assumeTrue(samples != null, SampleRecordsSite.skipReason());
        Path dir = HeadlessChromium.SCREENSHOTS;
        shoot("/", dir.resolve("readme-home.png"), 1600);
        shoot("/page/document/1950-10-05-letter-filippov-stalin-for-mao-zedong", dir.resolve("readme-document.png"), 3000);
        shoot(SampleRecordsSite.RECORD_111199, dir.resolve("readme-document-record.png"), 1600);
        assertTrue(tab.text("document.body.innerText").contains("Digital Archive record 111199"));
        shoot("/page/person/zhou-enlai", dir.resolve("readme-entity.png"), 1600);
        shoot("/search?q=Korea", dir.resolve("readme-search.png"), 1600);
        tab.navigate(samples.uri("/query?name=mentions-of-zhou-enlai").toString());
        String cm = "document.querySelector('.CodeMirror').CodeMirror";
        tab.eval(cm + ".focus(); " + cm + ".setCursor({line: " + cm + ".lineCount() - 1, ch: 0})");
        tab.type("sk");
        assertTrue(tab.eval("document.querySelectorAll('.CodeMirror-hint').length").asInt() >= 1, "completion open");
        tab.screenshot(dir.resolve("readme-query.png"), 1600);
    }

    private void shoot(String path, Path file, int height) throws Exception {
        tab.navigate(samples.uri(path).toString());
        readerSeesNothingRaw();
        tab.screenshot(file, height);
        assertTrue(Files.size(file) > 10_000, file.toString());
    }

    /** What a reader sees holds no class or property names, broken plurals or template marks, no empty list and nothing off the page. */
    private void readerSeesNothingRaw() throws Exception {
        String visible = tab.text("(() => { const c = document.body.cloneNode(true);"
                + " c.querySelectorAll('pre, code, textarea, .CodeMirror, .iri, details:not([open]) > :not(summary), script, style').forEach(e => e.remove());"
                + " return c.innerText; })()");
        Matcher raw = RAW.matcher(visible);
        assertFalse(raw.find(), () -> "the reader sees '" + raw.group() + "' in: "
                + visible.substring(Math.max(0, raw.start() - 80), Math.min(visible.length(), raw.end() + 80)));
        assertEquals("", tab.text("[...document.querySelectorAll('main ul, main ol, main dd, main dl, main li, main figure')]"
                + ".filter(e => e.offsetParent !== null && e.textContent.trim() === '' && !e.querySelector('svg, img, input'))"
                + ".map(e => e.outerHTML.slice(0, 80)).join(' | ')"), "no empty boxes");
        assertTrue(tab.eval("document.documentElement.scrollWidth <= document.documentElement.clientWidth").asBoolean(),
                "nothing runs off the page");
    }

    private static int count(String status) {
        Matcher m = Pattern.compile("^([\\d,]+) documents? found").matcher(status.strip());
        assertTrue(m.find(), status);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }
}
