package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Debian's headless chromium, driven over the DevTools protocol, on the letter and the site fixtures: the reading
 * mode as a reader sees it (computed styles, focus, the switch followed and remembered), the events list legible and
 * unclipped, the search's facets followed by clicks, the query editor's highlighting, prefix completion and keyboard
 * behaviour, and the query form without JavaScript. Skipped only where /usr/bin/chromium is not installed.
 */
class HistorianPagesBrowserTest {
    private static final String LETTER_PAGE = "/page/document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
    private static final String ZHOU = "document.querySelector('.text a.mention[href=\"/page/person/zhou-enlai\"]')";
    private static final String MARK = "rgb(255, 243, 196)";
    private static RunningSite site;
    private DevToolsPage tab;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium is not installed (apt-get install -y chromium)");
        site = RunningSite.startOnSiteFixtures();
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) site.close();
    }

    @BeforeEach
    void openTab() throws Exception {
        tab = DevToolsPage.open(1280, 1600);
    }

    @AfterEach
    void closeTab() throws Exception {
        if (tab != null) tab.close();
    }

    private String url(String path) {
        return site.uri(path).toString();
    }

    private String background(String element) throws Exception {
        return tab.text("getComputedStyle(" + element + ").backgroundColor");
    }

    @Test
    void readingMode_namesMarkedOnFocus_switchFollowedAndRemembered() throws Exception {
        tab.navigate(url(LETTER_PAGE));
        assertEquals("rgba(0, 0, 0, 0)", background(ZHOU), "plain text by default");
        assertEquals("A", tab.text(ZHOU + ".tagName"), "still a link");
        tab.eval(ZHOU + ".focus()");
        assertEquals(MARK, background(ZHOU), "marked when the keyboard reaches it");

        tab.follow("a[href='?highlight=on']");
        assertTrue(tab.text("location.search").equals("?highlight=on"));
        assertEquals(MARK, background(ZHOU), "every name highlighted");
        tab.navigate(url("/page/document/1950-10-07-ciphered-telegram-from-mao-zedong-to-filippov-stalin"));
        assertEquals(MARK, background("document.querySelector('.text a.mention')"), "the choice is remembered");
        tab.follow("a[href='?highlight=off']");
        assertEquals("rgba(0, 0, 0, 0)", background("document.querySelector('.text a.mention')"));
    }

    @Test
    void keyboard_reachesTheSwitchAndTheNames_withVisibleFocus() throws Exception {
        tab.navigate(url(LETTER_PAGE));
        tab.press("Tab", false);
        assertEquals("Skip to content", tab.text("document.activeElement.textContent"), "the skip link first");
        boolean switchReached = false;
        boolean mentionReached = false;
        for (int i = 0; i < 60 && !(switchReached && mentionReached); i++) {
            tab.press("Tab", false);
            switchReached |= tab.eval("document.activeElement.matches('.switch a')").asBoolean();
            if (tab.eval("document.activeElement.matches('.text a.mention')").asBoolean()) {
                mentionReached = true;
                assertEquals(MARK, background("document.activeElement"), "the focused name is marked");
                assertEquals("solid", tab.text("getComputedStyle(document.activeElement).outlineStyle"), "focus is visible");
            }
        }
        assertTrue(switchReached && mentionReached, "Tab reaches the switch and the names");
    }

    @Test
    void eventsItRecords_legibleAndUnclipped() throws Exception {
        tab.navigate(url(LETTER_PAGE));
        int items = tab.eval("document.querySelectorAll('ol.strip li').length").asInt();
        assertTrue(items >= 2, items + " events");
        assertTrue(tab.eval("[...document.querySelectorAll('ol.strip li, ol.strip li *')]"
                + ".every(e => parseFloat(getComputedStyle(e).fontSize) >= 14)").asBoolean(), "labels at reading size");
        assertTrue(tab.eval("[...document.querySelectorAll('ol.strip li *')]"
                + ".every(e => e.scrollWidth <= e.clientWidth + 1 || getComputedStyle(e).display === 'inline')").asBoolean(), "nothing clipped");
        assertTrue(tab.eval("[...document.querySelectorAll('ol.strip li')].every(e => e.getBoundingClientRect().right <= document.documentElement.clientWidth)")
                .asBoolean(), "nothing runs off the page");
        assertEquals("23:00, 5 October 1950", tab.text("[...document.querySelectorAll('ol.strip time')].map(t => t.textContent)"
                + ".find(t => t.includes(':'))"));
    }

    @Test
    void searchFacets_followedByClicks() throws Exception {
        tab.navigate(url("/search?q=Stalin"));
        assertTrue(tab.text("document.querySelector('[role=status]').textContent").startsWith("3 documents found"));
        boolean facetReached = false;
        for (int i = 0; i < 60 && !facetReached; i++) {
            tab.press("Tab", false);
            facetReached = tab.eval("document.activeElement.matches('aside.facets a')").asBoolean();
        }
        assertTrue(facetReached, "the keyboard reaches the facets");
        tab.follow("ul.facet-type a[href*='document-type%2Fletter']");
        assertTrue(tab.text("document.querySelector('[role=status]').textContent").startsWith("1 document found"));
        assertEquals("letter", tab.text("document.querySelector('ul.facet-type [aria-current]').textContent"));
        tab.follow("ul.chosen a");
        assertTrue(tab.text("document.querySelector('[role=status]').textContent").startsWith("3 documents found"));
        tab.eval("document.getElementById('from').value = '1950'; document.getElementById('to').value = '1950'");
        tab.follow("form.find button");
        assertTrue(tab.text("location.search").contains("from=1950&to=1950"), tab.text("location.search"));
        assertTrue(tab.text("document.querySelector('ul.chosen').textContent").contains("Years: 1950"));
    }

    @Test
    void queryEditor_highlightsAndCompletesThePrefixesTheSiteKnows() throws Exception {
        tab.navigate(url("/query?name=stalin-names"));
        assertTrue(tab.eval("document.documentElement.classList.contains('query-editor-ready')").asBoolean(), "the script ran");
        assertTrue(tab.eval("document.querySelectorAll('.CodeMirror .cm-keyword').length").asInt() > 3, "keywords highlighted");
        String cm = "document.querySelector('.CodeMirror').CodeMirror";
        tab.eval(cm + ".setValue('SELECT * WHERE { ?s ?p ?o }\\n'); " + cm + ".focus(); " + cm + ".setCursor({line: 1, ch: 0})");
        tab.type("sk");
        assertTrue(tab.eval("[...document.querySelectorAll('.CodeMirror-hint')].some(h => h.textContent.startsWith('skos:'))").asBoolean(),
                "a prefix offered while typing");
        tab.press("Enter", false);
        String value = tab.text(cm + ".getValue()");
        assertTrue(value.startsWith("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"), value);
        assertTrue(value.endsWith("skos:"), value);

        tab.eval(cm + ".setValue('PREFIX pers'); " + cm + ".setCursor({line: 0, ch: 11}); " + cm + ".execCommand('autocomplete')");
        tab.press("Enter", false);
        assertEquals("PREFIX person: <" + ServeFixtures.BASE + "id/person/>", tab.text(cm + ".getValue()"), "the dataset's own namespaces");

        tab.eval(cm + ".setValue('SELECT ?name WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name LIMIT 3'); " + cm + ".focus()");
        tab.press("Tab", false);
        assertEquals("Run the query", tab.text("document.activeElement.textContent"), "Tab leaves the editor");
        tab.follow("form.editor button");
        assertTrue(tab.eval("document.querySelectorAll('table.results tr').length").asInt() == 4, "the edited query ran: 3 rows");
    }

    @Test
    void queryPage_withoutJavaScript_isAWorkingForm() throws Exception {
        tab.send("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        tab.navigate(url("/query?name=stalin-names"));
        assertFalse(tab.eval("!!document.querySelector('.CodeMirror')").asBoolean(), "no editor without scripts");
        assertTrue(tab.eval("document.getElementById('query-text').offsetHeight").asInt() > 100, "the text area is there");
        tab.follow("form.editor button");
        assertTrue(tab.eval("document.querySelectorAll('table.results td').length").asInt() > 0, "the query ran");
    }

    /** Screenshots of the site fixtures for target/screenshots/ (the README's come from the sample records). */
    @Test
    void screenshots() throws Exception {
        Path dir = HeadlessChromium.SCREENSHOTS;
        for (Map.Entry<String, String> shot : Map.of("pages-document", LETTER_PAGE, "pages-search", "/search?q=Stalin",
                "pages-query", "/query?name=stalin-names").entrySet()) {
            tab.navigate(url(shot.getValue()));
            tab.screenshot(dir.resolve(shot.getKey() + ".png"), 3200);
            assertTrue(Files.size(dir.resolve(shot.getKey() + ".png")) > 10_000, shot.getKey());
        }
    }
}
