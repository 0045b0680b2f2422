package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.archivelod.serve.site.Sitemap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** /sitemap.xml lists every page (split into an index past the per-file limit); /robots.txt points to it. */
class SitemapTest {
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.startOnSiteFixtures();
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    @Test
    void sitemap_listsTheDocumentsPeopleGroupsAndPlaces_eachPageAnswering() throws Exception {
        HttpResponse<byte[]> r = site.getBytes("/sitemap.xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        Document xml = parse(r.body());
        assertEquals("urlset", xml.getDocumentElement().getLocalName());
        List<String> locs = locs(xml);
        String base = ServeFixtures.BASE;
        for (String page : List.of("", "page/document/1950-10-05-letter-filippov-stalin-for-mao-zedong",
                "page/document/1950-11-02-telegram-from-filippov-stalin-to-kim-il-sung", "page/person/stalin",
                "page/person/kim-il-sung", "page/group/usa", "page/place/korea")) {
            assertTrue(locs.contains(base + page), page + " in " + locs);
        }
        assertEquals(new TreeSet<>(locs).size(), locs.size(), "each once");
        for (String loc : locs) {
            assertTrue(loc.startsWith(base), loc);
            assertEquals(200, site.get("/" + loc.substring(base.length()), "Accept", "text/html").statusCode(), loc);
        }
        assertEquals(404, site.get("/sitemaps/1.xml").statusCode(), "no parts while one file holds them all");
    }

    @Test
    void sitemap_pastThePerFileLimit_isAnIndexOfParts() throws Exception {
        List<String> urls = List.of("http://x/", "http://x/page/a", "http://x/page/b?c&d", "http://x/page/e", "http://x/page/f");
        Sitemap map = Sitemap.listed("http://x/", urls, 2);
        Document index = parse(map.main());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(List.of("http://x/sitemaps/1.xml", "http://x/sitemaps/2.xml", "http://x/sitemaps/3.xml"), locs(index));
        List<String> all = new ArrayList<>();
        for (int n = 1; n <= map.parts(); n++) all.addAll(locs(parse(map.part(n))));
        assertEquals(urls, all);
        assertTrue(new String(map.part(2)).contains("b?c&amp;d"), "escaped by the writer");
    }

    @Test
    void robots_allowsThePages_disallowsQueries_andNamesTheSitemap() throws Exception {
        HttpResponse<String> r = site.get("/robots.txt");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = r.body().lines().toList();
        assertTrue(lines.contains("Sitemap: " + ServeFixtures.BASE + "sitemap.xml"), r.body());
        assertTrue(lines.contains("Allow: /page/"));
        assertTrue(lines.contains("Disallow: /sparql?"));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> locs(Document xml) {
        NodeList locs = xml.getElementsByTagNameNS(Sitemap.NS, "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) out.add(locs.item(i).getTextContent());
        return out;
    }
}
