package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The historian's site over real HTTP: search, passages, reading view, pictures, query editor, languages. */
class HistorianSiteTest {
    private static final String LETTER_PAGE = "/page/document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.startOnSiteFixtures();
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    private static String html(String path, String... headers) throws Exception {
        HttpResponse<String> r = site.get(path, headers);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertTrue(r.body().getBytes(StandardCharsets.UTF_8).length < 100_000, path + " is under 100 KB");
        return r.body();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void search_returnsTheLetterForVolunteerDivisions_withMarkedWords() throws Exception {
        String page = html("/search?q=" + q("volunteer divisions"));
        assertTrue(page.contains("<a href=\"" + LETTER_PAGE + "\"><strong>Letter, Cde. Filippov [Stalin] for Mao Zedong</strong></a>"));
        assertTrue(page.contains("Chinese <mark>volunteer</mark> <mark>divisions</mark>"), "highlighted snippet");
        assertTrue(page.contains("value=\"volunteer divisions\""), "the search box keeps the query");
    }

    @Test
    void search_isKeptForTheRelease_withItsEtag_andAnswers304ToACurrentClient() throws Exception {
        for (String path : List.of("/search?q=" + q("Chou En-lai"), "/search?format=json&q=Korea")) {
            HttpResponse<String> first = site.get(path);
            HttpResponse<String> again = site.get(path);
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            assertEquals(etag, again.headers().firstValue("ETag").orElse(""), path);
            assertEquals(first.body(), again.body(), path + ": the kept answer is the one rendered");
            assertEquals(304, site.get(path, "If-None-Match", etag).statusCode(), path);
        }
        HttpResponse<String> other = site.get("/search?q=Korea");
        assertEquals(200, other.statusCode());
        assertFalse(other.body().equals(site.get("/search?q=" + q("Chou En-lai")).body()), "each search is kept apart");
        assertEquals(404, site.get("/search?q=Korea&page=99").statusCode(), "past the last page, as before");
    }

    @Test
    void search_asJson_byAcceptOrFormat_tellsTheNamesItWidened() throws Exception {
        for (HttpResponse<String> r : List.of(site.get("/search?q=" + q("Chou En-lai"), "Accept", "application/json"),
                site.get("/search?format=json&q=" + q("Chou En-lai")))) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertEquals(3, body.get("total").asInt());
            assertEquals(SiteFixtures.REPLY, body.get("hits").get(0).get("iri").asText());
            assertTrue(body.get("alsoSearchedAs").get(0).get("alsoAs").toString().contains("Zhou Enlai"));
            assertTrue(body.get("hits").get(0).get("snippets").get(0).get("runs").toString().contains("\"match\":true"));
        }
        assertTrue(site.get("/search?q=x").headers().allValues("Vary").toString().contains("Accept"));
    }

    @Test
    void search_fromSparql_throughTheEndpoint() throws Exception {
        String query = "PREFIX search: <http://localhost:3030/def/search#> SELECT ?doc ?score WHERE { (?doc ?score) search:query \"Korea\" }";
        HttpResponse<String> r = site.get("/sparql?query=" + q(query), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(ServeFixtures.LETTER) && r.body().contains(SiteFixtures.TO_KIM), r.body());
    }

    @Test
    void entityPage_listsPassagesAcrossDocuments_asPrinted_linkedToTheirPlace() throws Exception {
        String zhou = html("/page/person/zhou-enlai");
        String passages = zhou.substring(zhou.indexOf("Where it is mentioned"));
        assertTrue(passages.contains("<mark>Chou En-lai</mark>"), "the reply prints the Wade-Giles form");
        assertTrue(passages.contains("<mark>Zhou Enlai</mark>"));
        int letter = passages.indexOf("5 October 1950");
        int reply = passages.indexOf("7 October 1950");
        int kim = passages.indexOf("2 November 1950");
        assertTrue(0 <= letter && letter < reply && reply < kim, "oldest document first");
        Matcher link = Pattern.compile("<a href=\"(" + LETTER_PAGE + ")#(m\\d+)\"><mark>Zhou Enlai</mark>").matcher(passages);
        assertTrue(link.find(), "the passage links to its place in the letter");
        String letterPage = html(link.group(1));
        assertTrue(letterPage.contains("id=\"" + link.group(2) + "\">Zhou Enlai</a>"), "the anchor is on the mention");
        assertTrue(zhou.contains("Chou En-lai</li>") || zhou.contains("Chou En-lai <span class=\"meta\">— romanization"));
    }

    @Test
    void personPage_showsDatesOfLifeAndOffices_eachWithItsSource() throws Exception {
        String zhou = html("/page/person/zhou-enlai");
        String life = zhou.substring(zhou.indexOf("<div class=\"life\">"), zhou.indexOf("</div>", zhou.indexOf("<div class=\"life\">")));
        assertTrue(life.contains("Born <time datetime=\"1898-03-05\">5 March 1898</time>"), life);
        assertTrue(life.contains(" · Died <time datetime=\"1976-01-08\">8 January 1976</time>"), life);
        assertTrue(life.contains("<li>Premier of the People&#39;s Republic of China, 1949–1976 <a class=\"source external\" href=\"http"), life);
        assertTrue(life.indexOf("1898") < life.indexOf("Premier"), "dates first, then offices");
        assertEquals(life.split("source</a>", -1).length - 1, life.split("<a ", -1).length - 1, "every fact has its source link");
        assertTrue(zhou.indexOf("<div class=\"life\">") < zhou.indexOf("id=\"names\""), "under the name");
        assertFalse(html("/page/person/vladislav-zubok").contains("class=\"life\""), "nothing when the data has none");
    }

    @Test
    void personPage_showsDocumentsWrittenAndReceived_andTheirCorrespondence() throws Exception {
        String stalin = html("/page/person/stalin");
        String docs = stalin.substring(stalin.indexOf("id=\"documents\""), stalin.indexOf("id=\"passages\""));
        assertTrue(docs.contains("wrote") && docs.contains("Telegram from Filippov [Stalin] to Kim Il Sung"));
        assertTrue(docs.contains("received") && docs.contains("Ciphered Telegram from Mao Zedong to Filippov [Stalin]"));
        assertTrue(stalin.contains("<mark>FILIPPOV</mark>"), "the name as printed in the letter");
        assertTrue(stalin.contains("Wikidata: <a class=\"external\" href=\"https://www.wikidata.org/wiki/Q855\">Q855</a>"),
                "identifiers link out");
        assertTrue(stalin.contains("<svg") && stalin.contains("Correspondence of Joseph Stalin"));
    }

    @Test
    void readingView_setsApartBracketsAndHandwrittenNotes_andShowsTheMetadataPanel() throws Exception {
        String letter = html(LETTER_PAGE);
        assertTrue(letter.contains("<span class=\"editorial\">[k bol&#39;shoi voine]</span>")
                || letter.contains("<span class=\"editorial\">[k bol'shoi voine]</span>"), "editor's gloss");
        assertTrue(letter.contains("<p class=\"handwritten\">"), "the handwritten dispatch note");
        String panel = letter.substring(letter.indexOf("About this document"), letter.indexOf("Events it records"));
        for (String expected : List.of("5 October 1950", "October 5, 1950", "Joseph Stalin", "Mao Zedong", "Nikolai Bulganin",
                "Vladislav Zubok", "mm97083838", "History and Public Policy Program", "Leon Levy Foundation")) {
            assertTrue(panel.contains(expected), expected);
        }
        String events = letter.substring(letter.indexOf("id=\"events\""));
        assertTrue(events.contains("<time datetime=\"1950-10-05T23:00\">23:00, 5 October 1950</time>"), "the dispatch, at its hour");
        assertTrue(events.contains("<time datetime=\"1950-10-05\">5 October 1950</time>"), "the writing, a day, not a time");
        assertTrue(letter.contains("href=\"/graph/document/1950-10-05-letter-filippov-stalin-for-mao-zedong.trig\""));
    }

    @Test
    void graphDownload_isTheDocumentsNamedGraph() throws Exception {
        HttpResponse<String> r = site.get("/graph/document/1950-10-05-letter-filippov-stalin-for-mao-zedong.trig");
        assertEquals(200, r.statusCode());
        DatasetGraph g = RDFParser.fromString(r.body(), Lang.TRIG).toDatasetGraph();
        assertEquals(1, g.size(), "one named graph");
        assertTrue(g.listGraphNodes().next().getURI().endsWith("graph/document/1950-10-05-letter-filippov-stalin-for-mao-zedong"));
        assertEquals(404, site.get("/graph/document/nothing.ttl").statusCode());
        assertEquals(400, site.get("/graph/../x.ttl").statusCode() == 400 ? 400 : site.get("/graph/%2e%2e/x.ttl").statusCode());
    }

    @Test
    void timelineAndNetwork_areServerDrawnSvg_linkedFromHome() throws Exception {
        String home = html("/");
        assertTrue(home.contains("<a href=\"/timeline\">") && home.contains("<a href=\"/network\">"));
        for (String path : List.of("/timeline.svg", "/network.svg")) {
            HttpResponse<String> r = site.get(path);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
            var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getLocalName(), "well-formed SVG");
            assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a").getLength() >= 3, path + " links");
        }
        String timeline = html("/timeline");
        assertTrue(timeline.contains("<svg") && timeline.contains("href=\"" + LETTER_PAGE + "\""));
        assertTrue(timeline.contains("Dispatch of"), "dated events");
        String network = html("/network");
        assertTrue(network.contains("Joseph Stalin → Mao Zedong: 1 document"));
        assertTrue(network.contains("Mao Zedong → Joseph Stalin: 1 document"));
        assertFalse(SchemaOrgTest.withoutDataBlock(network).contains("<script"));
    }

    @Test
    void queryEditor_runsASampleQuery_andOffersDownloads() throws Exception {
        String list = html("/query");
        assertTrue(list.contains("href=\"/query?name=stalin-names\""));
        assertTrue(list.contains("how many times the documents print each"), "descriptions from the comment lines");
        String ran = html("/query?name=stalin-names");
        assertTrue(ran.contains("<textarea id=\"query-text\" name=\"query\""));
        assertTrue(ran.contains("<td>Filippov</td><td>pseudonym</td>"), ran);
        Matcher csv = Pattern.compile("<a href=\"(/sparql\\?query[^\"]+csv)\"").matcher(ran);
        assertTrue(csv.find(), "a CSV download link");
        HttpResponse<String> download = site.get(csv.group(1).replace("&#61;", "=").replace("&amp;", "&"));
        assertEquals(200, download.statusCode());
        assertTrue(download.body().startsWith("name,kind,mentions"), download.body());
        HttpResponse<String> bad = site.get("/query?query=" + q("SELECT nonsense"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("does not parse"));
        assertEquals(400, site.get("/query?query=" + q("DELETE WHERE { ?s ?p ?o }")).statusCode(), "no updates here");
    }

    @Test
    void languages_fromAcceptLanguageOrTheSwitch_putTheSourcesScriptsFirst() throws Exception {
        assertTrue(html("/page/person/stalin", "Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")
                .contains("<h1>Иосиф Виссарионович Сталин (Joseph Stalin)</h1>"));
        HttpResponse<String> zh = site.get("/page/person/mao-zedong?lang=zh");
        assertTrue(zh.body().contains("<h1>毛泽东 (Mao Zedong)</h1>"));
        assertTrue(zh.headers().firstValue("Set-Cookie").orElse("").startsWith("lang=zh"));
        assertTrue(zh.body().contains("aria-current=\"true\">中文</a>"));
        assertTrue(html("/page/person/mao-zedong", "Cookie", "lang=zh").contains("<h1>毛泽东 (Mao Zedong)</h1>"));
        String english = html("/page/person/stalin");
        assertTrue(english.contains("<h1>Joseph Stalin</h1>"));
        assertTrue(english.contains("<span lang=\"ru\">Иосиф Виссарионович Сталин</span>"), "alongside, tagged");
        assertNotEquals(site.get("/page/person/stalin").headers().firstValue("ETag"),
                site.get("/page/person/stalin?lang=ru").headers().firstValue("ETag"));
        assertTrue(site.get("/").headers().allValues("Vary").toString().contains("Accept-Language"));
    }

    @Test
    void everyPage_hasTheSearchBox_aSkipLink_andNoScript_butTheQueryEditorsFromTheJar() throws Exception {
        for (String path : List.of("/", LETTER_PAGE, "/page/person/zhou-enlai", "/search?q=Korea", "/timeline", "/network", "/query")) {
            String page = html(path);
            assertTrue(page.contains("<form role=\"search\" action=\"/search\""), path);
            assertTrue(page.contains("<a class=\"skip\" href=\"#content\">"), path);
            assertTrue(page.contains("<main id=\"content\">"), path);
            String scripts = SchemaOrgTest.withoutDataBlock(page);
            if (path.equals("/query")) {
                // the editor: deferred scripts of this server only, over a form that works without them
                scripts = scripts.replaceAll("<script src=\"/assets/[^\"]+\" defer></script>", "");
            }
            assertFalse(scripts.contains("<script"), path);
            assertTrue(page.contains("@media print"), path);
        }
    }

    /** Counts read as people write them, property names as words, no raw scores, the home page titled once. */
    @Test
    void countsPropertiesAndTitles_readAsWords() throws Exception {
        String kim = html("/page/person/kim-il-sung");
        assertTrue(kim.matches("(?s).*\\b(1 passage|[02-9]\\d* passages|1\\d+ passages) across the documents.*"), "plural-correct count");
        assertFalse(kim.contains("1 passages"));
        String zhou = html("/page/person/zhou-enlai");
        assertFalse(zhou.contains(">hasBody<"), "a vocabulary's camel-cased label is shown as words");
        assertTrue(zhou.contains(">has body<"), "incoming link from an annotation");
        String found = html("/search?q=" + q("Zhou Enlai"));
        assertTrue(found.matches("(?s).*\\b(1 document|\\d+ documents) found.*"), found);
        assertFalse(found.contains("score "), "no raw scores");
        assertFalse(html("/").contains("Archive LOD — Archive LOD"));
        String samples = html("/query");
        int first = samples.indexOf("Who wrote to whom");
        assertTrue(first > 0 && samples.indexOf("Who wrote to whom", first + 1) < 0, "each sample's description once");
        String query = html("/queries/mentions-of-zhou-enlai");
        assertFalse(query.matches("(?s).*\\b1 rows\\b.*"));
    }

    /** The letter's page: its kind in the dataset's terms, the dispatch time as people write it, and how to cite it. */
    @Test
    void letterPage_typeTimeAndCitation() throws Exception {
        String letter = html(LETTER_PAGE);
        assertFalse(letter.contains("; </p>"), "no stray separators in the Type line");
        assertFalse(letter.contains("Linguistic Object</a></p>"), "the kind in the dataset's terms, not class names");
        assertTrue(letter.contains("23:00, 5 October 1950"), "the dispatch time as people write it");
        assertTrue(letter.contains("<h2 id=\"cite\">Cite this</h2>"));
        assertTrue(letter.contains("“Letter, Cde. Filippov [Stalin] for Mao Zedong,” 5 October 1950, "), letter);
        String slug = LETTER_PAGE.substring("/page/document/".length());
        HttpResponse<String> bib = site.get("/cite/document/" + slug + ".bib");
        assertEquals(200, bib.statusCode());
        assertTrue(bib.body().startsWith("@misc{" + slug + ",\n"), bib.body());
        assertTrue(bib.body().contains("date = {1950-10-05}"), bib.body());
        HttpResponse<String> csl = site.get("/cite/document/" + slug + ".json");
        var item = new com.fasterxml.jackson.databind.ObjectMapper().readTree(csl.body()).get(0);
        assertEquals("[[1950,10,5]]", item.get("issued").get("date-parts").toString());
        assertEquals(ServeFixtures.BASE + "id/document/" + slug, item.get("URL").asText());
        assertTrue(site.get("/cite/document/" + slug + ".ris").body().contains("TY  - MANSCPT\nTI  - Letter, Cde."));
        assertEquals(404, site.get("/cite/person/zhou-enlai.bib").statusCode(), "only documents are cited");
        assertTrue(letter.contains("Next in time: <a href=\"/page/document/1950-10-07-ciphered-telegram-from-mao-zedong-to-filippov-stalin\" rel=\"next\">"),
                "the next document in time");
        String telegram = html("/page/document/1950-10-07-ciphered-telegram-from-mao-zedong-to-filippov-stalin");
        assertTrue(telegram.contains("Previous in time: <a href=\"" + LETTER_PAGE + "\" rel=\"prev\">"), "and back");
    }

    /** The home page says what the collection holds, and lists only the people the documents name. */
    @Test
    void home_isTheCollectionsFrontDoor() throws Exception {
        String home = html("/");
        java.util.regex.Matcher holds = java.util.regex.Pattern.compile("The collection holds (\\d+) documents from 1950 to 1950|"
                + "The collection holds (\\d+) documents from 1950, naming").matcher(home);
        assertTrue(holds.find(), home);
        assertTrue(home.contains("<h2 id=\"kinds-heading\">Kinds of document</h2>"));
        assertTrue(home.contains("Archive of the President of the Russian Federation</a> <span class=\"meta\">"), "archives with counts");
        assertTrue(home.contains(">Zhou Enlai</a>"), "named in the letter");
        assertFalse(home.contains(">Nikolay Shvernik</a>"), "in the authority file, named by no document here: reachable, not listed");
        assertEquals(200, site.get("/page/person/nikolay-shvernik").statusCode());
        // each kind's and archive's count is the search filtered by it, and that search finds those documents
        String unescaped = home.replace("&#61;", "=");   // Mustache writes '=' in attributes as a character reference
        java.util.regex.Matcher byKind = java.util.regex.Pattern.compile("<a href=\"(/search\\?type=[^\"]+)\">(\\d+) documents?</a>").matcher(unescaped);
        assertTrue(byKind.find(), home);
        String listed = html(byKind.group(1).replace("&amp;", "&"));
        assertTrue(listed.contains(byKind.group(2) + (byKind.group(2).equals("1") ? " document" : " documents")), listed);
        assertTrue(unescaped.matches("(?s).*<a href=\"/search\\?archive=[^\"]+\">\\d+ documents?</a>.*"), "archives link their documents too");
    }

    /** A person's page lists their correspondents with which way the letters went and how many. */
    @Test
    void personPage_listsCorrespondentsWithCounts() throws Exception {
        String stalin = html("/page/person/stalin");
        assertTrue(stalin.contains("<table class=\"correspondents\">"), "a table beside the picture");
        assertTrue(stalin.contains("Letters of Joseph Stalin over time"), "a picture of the letters over time");
        int letters = stalin.indexOf("Letters of Joseph Stalin over time");
        String picture = stalin.substring(letters, stalin.indexOf("</svg>", letters));
        assertTrue(picture.contains("href=\"" + LETTER_PAGE + "\""), "each letter a link to its document: " + picture);
        assertFalse(picture.matches("(?s).*>\\d{1,2}:\\d{2}<.*"), "no hours on the axis: " + picture);
        assertTrue(stalin.contains("<a href=\"/page/person/kim-il-sung\">Kim Il Sung</a></td><td>wrote to</td><td>1 letter</td>"), stalin);
        assertTrue(stalin.contains("<a href=\"/page/person/mao-zedong\">Mao Zedong</a></td><td>received from</td><td>1 letter</td>")
                || stalin.contains("<a href=\"/page/person/mao-zedong\">Mao Zedong</a></td><td>wrote to</td><td>1 letter</td>"), stalin);
    }
}
