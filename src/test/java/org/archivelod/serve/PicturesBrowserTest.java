package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The timeline, the network and the map in Debian's headless chromium, measured with its own fonts: each picture's
 * text is measured with {@code getBBox()} against the SVG's view box (a copy of the served page with a measuring script
 * added, since the pages themselves carry no JavaScript), so a clipped or overlapping label fails the test. On the
 * seed letter alone, on the historian's site (the letter and two records we wrote; its screenshots are the README's),
 * and on the archive's sample records converted together ({@code ../shared/sources/records*}, skipped when absent).
 * Screenshots go to target/screenshots/pictures-*.png. Skipped where /usr/bin/chromium is not installed.
 */
class PicturesBrowserTest {
    private static final Path SOURCES = Path.of(System.getProperty("archivelod.sources", "../shared/sources"));
    private static final Pattern MEASURED = Pattern.compile("<pre id=\"measured\">([^<]*)</pre>");
    private static final String SCRIPT = """
            <script>
            const out = [];
            for (const svg of document.querySelectorAll('figure.picture svg')) {
              const vb = svg.viewBox.baseVal;
              const labels = [];
              for (const t of svg.querySelectorAll('text')) {
                const b = t.getBBox();
                const inside = b.x >= vb.x - 0.5 && b.y >= vb.y - 0.5 && b.x + b.width <= vb.x + vb.width + 0.5
                    && b.y + b.height <= vb.y + vb.height + 0.5;
                out.push(['text', svg.id, inside ? 'in' : 'OUT', t.getAttribute('class') || '', t.textContent].join('|'));
                const kind = t.getAttribute('class');
                if (kind === 'label' || kind === 'weight') labels.push([b, t.textContent, kind]);
              }
              // names must not cover each other, nor be covered by an arrow's number
              for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
                const [a, s, k] = labels[i], [b, u, l] = labels[j];
                if (k === 'weight' && l === 'weight') continue;
                if (a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1)
                  out.push(['overlap', svg.id, s, u].join('|'));
              }
              out.push(['box', svg.id, vb.width, vb.height, svg.querySelectorAll('a').length].join('|'));
            }
            const pre = document.createElement('pre');
            pre.id = 'measured';
            pre.textContent = out.join('\\n');
            document.body.appendChild(pre);
            </script>
            """;

    /**
     * The chromium that measures the pictures, one for the class (a chromium of its own per measurement cost 14 starts:
     * a {@code --dump-dom} of a one-line page took 7 s at a load average of 11, most of it the start): each measured
     * page is a document of its own in its tab, in the window a run of {@code --dump-dom} has ({@value #WIDTH} ×
     * {@value #HEIGHT}).
     */
    private static DevToolsPage measuring;
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    @BeforeAll
    static void chromium() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium is not installed (apt-get install -y chromium)");
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        measuring = DevToolsPage.open(WIDTH, HEIGHT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (measuring != null) measuring.close();
    }

    @Test
    void seedAlone_timelineOfDaysWithTheYear_networkAndMapDrawnWhole() throws Exception {
        try (RunningSite site = RunningSite.startOnProjectData()) {
            String timeline = page(site, "/timeline");
            assertEquals("days", unit(timeline), "one letter of one day: an axis of days");
            assertTrue(timeline.contains("<text class=\"year\"") && timeline.contains(">1950</text>"), "the year is written");
            assertNoHours(timeline);
            clean(measure(site, "/timeline"), "timeline");
            clean(measure(site, "/network"), "network");
            // the letter names areas only (Korea, Taiwan, the Far East, the 38th parallel): listed, not pointed, and
            // no empty map is drawn on the page; the outline alone is at /map.svg
            String map = page(site, "/map");
            assertTrue(map.contains("id=\"no-points\"") && !map.contains("<svg"), "no empty map on the page");
            assertTrue(map.contains("<a href=\"/page/place/korea\">Korea</a></td><td>1</td><td class=\"meta\">an area: no point</td>"), "Korea listed");
            String outline = site.get("/map.svg").body();
            assertTrue(Pattern.compile("<path class=\"land\" d=\"M[^\"]{5000,}\"").matcher(outline).find(), "the world's outline");
        }
    }

    @Test
    void historianSite_dotsSizedByDocuments_aPlaceOnTheMap_andScreenshots() throws Exception {
        try (RunningSite site = RunningSite.startOnSiteFixtures()) {
            String timeline = shot(site, "/timeline", "pictures-timeline", 900);
            assertEquals("days", unit(timeline), "5 October to 2 November 1950: an axis of days");
            assertTrue(timeline.contains(">1950</text>"), "the year is written");
            assertNoHours(timeline);
            String network = shot(site, "/network", "pictures-network", 820);
            assertTrue(documentsPerDot(network).size() > 1, "dots of different sizes: " + documentsPerDot(network));
            assertTrue(radius(network, "/page/person/stalin") > radius(network, "/page/person/kim-il-sung"),
                    "Stalin (3 documents) larger than Kim Il Sung (1)");
            String map = shot(site, "/map", "pictures-map", 900);
            assertTrue(map.contains("<a href=\"/page/place/moscow\" class=\"place\"><title>Moscow: named in 1 document</title><circle"),
                    "Moscow, which the telegram names, is a circle linking to its page");
            for (String path : List.of("/timeline", "/network", "/map")) clean(measure(site, path), path);
            shot(site, "/page/person/stalin", "pictures-entity-network", 1400);
            clean(measure(site, "/page/person/stalin"), "Stalin's page");
        }
    }

    @Test
    void sampleRecords_manyYears_manyCorrespondents_manyPlaces() throws Exception {
        List<Path> inputs = sampleFolders();
        Assumptions.assumeTrue(!inputs.isEmpty(), "no sample records at " + SOURCES + "/records*/ (they stay outside the repository): skipped");
        ArchiveStore store = ArchiveStore.inMemory();
        List<Path> all = new ArrayList<>(List.of(Path.of("data/documents")));
        all.addAll(inputs);
        Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, Path.of("data/authority")));
        new DatasetLoader(store).load(sink -> conversion.run(all, sink));
        try (RunningSite site = RunningSite.serve(store, false)) {
            String timeline = shot(site, "/timeline", "pictures-samples-timeline", 1300);
            assertEquals("years", unit(timeline), "1944 to 1991: an axis of years");
            assertNoHours(timeline);
            String network = shot(site, "/network", "pictures-samples-network", 1100);
            assertTrue(documentsPerDot(network).size() > 2, "dots of several sizes: " + documentsPerDot(network));
            String map = shot(site, "/map", "pictures-samples-map", 900);
            Matcher circle = Pattern.compile("<a href=\"(/page/place/[^\"]+)\" class=\"place\"><title>[^<]+</title><circle").matcher(map);
            int circles = 0;
            while (circle.find()) circles++;
            assertTrue(circles >= 10, "the cities the records name: " + circles);
            for (String path : List.of("/timeline", "/network", "/map")) clean(measure(site, path), path);
            // names in the scripts of the sources: Chinese and Russian labels measured the same way
            for (String path : List.of("/network?lang=zh", "/map?lang=zh", "/network?lang=ru", "/map?lang=ru", "/timeline?lang=ru")) {
                clean(measure(site, path), path);
            }
            assertTrue(page(site, "/map?lang=zh").contains("河内 (Hanoi)"), "Hanoi in Chinese, from the gazetteer");
            assertTrue(page(site, "/network?lang=zh").contains("毛泽东"), "Mao Zedong in Chinese");
        }
    }

    private static List<Path> sampleFolders() throws Exception {
        if (!Files.isDirectory(SOURCES)) return List.of();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("records") && Files.isDirectory(d)).sorted().toList();
        }
    }

    /** The page as served: 200, HTML, under 100 KB. */
    private static String page(RunningSite site, String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.body().getBytes(StandardCharsets.UTF_8).length < 100_000, path + " is under 100 KB: " + r.body().length());
        return r.body();
    }

    /** The DOM chromium renders for {@code path}, and a screenshot of it (one load of the page). */
    private static String shot(RunningSite site, String path, String name, int height) throws Exception {
        page(site, path);
        Path png = HeadlessChromium.SCREENSHOTS.resolve(name + ".png");
        String dom = HeadlessChromium.screenshotAndDom(png, 1200, height, site.uri(path).toString());
        assertTrue(Files.size(png) > 10_000, name + " screenshot");
        return dom;
    }

    @Test
    void theMeasuringChromium_findsALabelOutsideItsPicture_andTwoOverEachOther() throws Exception {
        String clipped = "<html><body><figure class=\"picture\"><svg id=\"clipped\" viewBox=\"0 0 100 40\">"
                + "<a href=\"/x\"><text class=\"label\" x=\"70\" y=\"20\">a name too long for its picture</text></a>"
                + "<text class=\"label\" x=\"2\" y=\"35\">Kim</text><text class=\"label\" x=\"4\" y=\"36\">Kim</text>"
                + "</svg></figure></body></html>";
        List<String> measured = measure(clipped, "a clipped picture");
        assertTrue(measured.contains("text|clipped|OUT|label|a name too long for its picture"), measured.toString());
        assertTrue(measured.contains("overlap|clipped|Kim|Kim"), measured.toString());
    }

    /** What the measuring script found in chromium, one line per text, overlap and picture. */
    private static List<String> measure(RunningSite site, String path) throws Exception {
        return measure(page(site, path), path);
    }

    /** What the measuring script found in chromium in {@code page} ({@code path} names it in failures). */
    private static List<String> measure(String page, String path) throws Exception {
        String html = page.replace("</body>", SCRIPT + "</body>");
        Path file = Files.createTempFile("archive-lod-picture", ".html");
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
            measuring.navigate(file.toUri().toString());
            Matcher m = MEASURED.matcher(measuring.text("document.documentElement.outerHTML"));
            assertTrue(m.find(), path + ": the measuring script ran");
            List<String> lines = m.group(1).lines().map(PicturesBrowserTest::unescape).toList();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("box|")), path + ": a picture was measured");
            return lines;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** No text outside its picture, no two labels over each other, and no picture without links in it. */
    private static void clean(List<String> measured, String what) {
        List<String> problems = measured.stream().filter(l -> l.startsWith("text|") && l.split("\\|")[2].equals("OUT")
                || l.startsWith("overlap|")).toList();
        assertTrue(problems.isEmpty(), what + ": " + problems);
        for (String box : measured.stream().filter(l -> l.startsWith("box|")).toList()) {
            String[] f = box.split("\\|");
            assertTrue(Integer.parseInt(f[4]) > 0, what + ": a picture without a link in it: " + box);
        }
        assertTrue(measured.stream().anyMatch(l -> l.startsWith("text|")), what + ": texts measured");
    }

    private static String unit(String html) {
        Matcher m = Pattern.compile("class=\"timeline\" id=\"timeline\" data-unit=\"([a-z]+)\"").matcher(html);
        assertTrue(m.find(), "the timeline says its unit");
        return m.group(1);
    }

    private static void assertNoHours(String html) {
        Matcher tick = Pattern.compile("<text class=\"tick\"[^>]*>([^<]*)</text>").matcher(html);
        int ticks = 0;
        while (tick.find()) {
            ticks++;
            assertTrue(!tick.group(1).matches(".*\\d{1,2}:\\d\\d.*"), "a tick at an hour: " + tick.group(1));
        }
        assertTrue(ticks >= 2, "ticks on the axis");
    }

    private static Set<Integer> documentsPerDot(String html) {
        Matcher m = Pattern.compile("data-documents=\"(\\d+)\"").matcher(html);
        Set<Integer> sizes = new TreeSet<>();
        while (m.find()) sizes.add(Integer.parseInt(m.group(1)));
        return sizes;
    }

    private static double radius(String html, String href) {
        Matcher m = Pattern.compile("<a href=\"" + Pattern.quote(href) + "\"><title>[^<]*</title><circle [^>]*r=\"([0-9.]+)\"").matcher(html);
        assertTrue(m.find(), "a dot for " + href);
        return Double.parseDouble(m.group(1));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
