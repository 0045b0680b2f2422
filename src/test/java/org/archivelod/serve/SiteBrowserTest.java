package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real browser (Debian's headless chromium) on the site built from the project's data: from the home page to the
 * letter, on to Zhou Enlai's page by the link in the letter's text, and back by the "referred to in" link, checking
 * what a reader sees. Screenshots go to target/screenshots/. Skipped only where /usr/bin/chromium is not installed.
 */
class SiteBrowserTest {
    private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    private static final String LETTER_TITLE = "Letter, Cde. Filippov [Stalin] for Mao Zedong";
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium is not installed (apt-get install -y chromium)");
        site = RunningSite.startOnProjectData();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void readerGoesFromHomeToTheLetter_toZhouEnlai_andBack() throws Exception {
        String home = open("/", "1-home");
        assertTrue(home.contains("<h1>Archive LOD</h1>"));
        String letterPath = HeadlessChromium.href(home, "/page/document/[^\"]+", LETTER_TITLE);

        String letter = open(letterPath, "2-letter");
        assertTrue(letter.contains("<title>" + LETTER_TITLE + " — Archive LOD</title>"), "page title");
        assertTrue(letter.contains("<h1>" + LETTER_TITLE + "</h1>"));
        assertTrue(letter.contains("<p>I received your reply.</p>"), "the letter's text, paragraph by paragraph");
        assertTrue(letter.contains("I would be happy to meet them"));
        String zhouPath = HeadlessChromium.href(letter, "/page/person/zhou-enlai", "Zhou Enlai");
        assertTrue(letter.contains("class=\"mention\" href=\"" + zhouPath + "\""), "the name in the text is the link");

        String zhou = open(zhouPath, "3-zhou-enlai");
        assertTrue(zhou.contains("<h1>Zhou Enlai</h1>"));
        assertTrue(zhou.contains("Referred to in"));
        String referredTo = zhou.substring(zhou.indexOf("Referred to in"));
        String back = HeadlessChromium.href(referredTo, "/page/document/[^\"]+", LETTER_TITLE);
        assertEquals(letterPath, back, "'referred to in' lists the letter");
        assertTrue(zhou.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/data/person/zhou-enlai.ttl\">"));

        String again = open(back, "4-back-to-letter");
        assertTrue(again.contains("<h1>" + LETTER_TITLE + "</h1>"));
        for (String shot : List.of("1-home", "2-letter", "3-zhou-enlai", "4-back-to-letter")) {
            assertTrue(Files.size(SCREENSHOTS.resolve(shot + ".png")) > 10_000, shot + " screenshot");
        }
    }

    /** The DOM chromium renders for {@code path}, and a screenshot of it (one load of the page). */
    private static String open(String path, String shot) throws Exception {
        String url = site.uri(path).toString();
        return HeadlessChromium.screenshotAndDom(SCREENSHOTS.resolve(shot + ".png"), 1200, 900, url);
    }


}
