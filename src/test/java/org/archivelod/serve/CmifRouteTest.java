package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.archivelod.cmif.CmifSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code GET /cmif.xml} over real HTTP: a valid CMIF file with each letter of the site's fixtures once, with its parties. */
class CmifRouteTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String STALIN = "http://www.wikidata.org/entity/Q855";
    private static final String MAO = "http://www.wikidata.org/entity/Q5816";
    private static final String KIM = "http://www.wikidata.org/entity/Q41117";
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
    void cmif_listsEachLetterOnceWithItsSenderAndAddressee_andIsValid() throws Exception {
        HttpResponse<byte[]> r = site.getBytes("/cmif.xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(List.of(), CmifSchema.problems(r.body()));
        Map<String, List<String>> letters = letters(r.body());
        assertEquals(Map.of(
                ServeFixtures.LETTER, List.of("sent " + STALIN, "when 1950-10-05", "received " + MAO),
                SiteFixtures.REPLY, List.of("sent " + MAO, "when 1950-10-07", "received " + STALIN),
                SiteFixtures.TO_KIM, List.of("sent " + STALIN, "when 1950-11-02", "received " + KIM)), letters);
        // a second request is served from the file written by the first, byte for byte, and revalidates
        HttpResponse<byte[]> again = site.getBytes("/cmif.xml");
        assertEquals(new String(r.body()), new String(again.body()));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, site.get("/cmif.xml", "If-None-Match", etag).statusCode());
    }

    /** Each correspDesc by its document: "sent REF", "when DATE", "received REF" in file order; a document twice fails. */
    private static Map<String, List<String>> letters(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList descs = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagNameNS(TEI, "correspDesc");
        Map<String, List<String>> out = new TreeMap<>();
        for (int i = 0; i < descs.getLength(); i++) {
            Element desc = (Element) descs.item(i);
            List<String> parts = new ArrayList<>();
            NodeList actions = desc.getElementsByTagNameNS(TEI, "correspAction");
            for (int a = 0; a < actions.getLength(); a++) {
                Element action = (Element) actions.item(a);
                NodeList names = action.getElementsByTagNameNS(TEI, "persName");
                for (int n = 0; n < names.getLength(); n++) {
                    parts.add(action.getAttribute("type") + " " + ((Element) names.item(n)).getAttribute("ref"));
                }
                NodeList dates = action.getElementsByTagNameNS(TEI, "date");
                for (int d = 0; d < dates.getLength(); d++) parts.add("when " + ((Element) dates.item(d)).getAttribute("when"));
            }
            assertEquals(null, out.put(desc.getAttribute("ref"), parts), "twice: " + desc.getAttribute("ref"));
        }
        return out;
    }
}
