package org.archivelod.cmif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The CMIF file: valid against the CMIF schema, one correspDesc per sending, dates, places and names as the data has them. */
class CmifExportTest {
    private static final String BASE = "http://localhost:3030/";
    private static final String TEI = CmifWriter.TEI;

    @Test
    void seedLetterAndSiteFixtures_validAgainstTheCmifSchema_sameBytesTwice() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        new Conversion(new ConversionSettings(BASE, Path.of("data/authority"))).run(
                List.of(Path.of("data/documents"), Path.of("src/test/resources/fixtures/site/documents")), StreamRDFLib.dataset(data));
        byte[] first = cmif(data);
        assertEquals(List.of(), CmifSchema.problems(first));
        assertArrayEquals(first, cmif(data));
        Document xml = parse(first);
        assertEquals(3, xml.getElementsByTagNameNS(TEI, "correspDesc").getLength());
        Element letter = (Element) xml.getElementsByTagNameNS(TEI, "correspDesc").item(0);
        assertEquals(BASE + "id/document/1950-10-05-letter-filippov-stalin-for-mao-zedong", letter.getAttribute("ref"));
        assertEquals("#archive-lod", letter.getAttribute("source"));
        assertEquals("http://www.wikidata.org/entity/Q855", name(letter, "sent", "persName").getAttribute("ref"));
        assertEquals("Joseph Stalin", name(letter, "sent", "persName").getTextContent());
        assertEquals("1950-10-05", name(letter, "sent", "date").getAttribute("when"));
        assertEquals("http://www.wikidata.org/entity/Q5816", name(letter, "received", "persName").getAttribute("ref"));
        assertEquals(0, letter.getElementsByTagNameNS(TEI, "placeName").getLength(), "the records state no places");
        assertEquals("2026-12-01T05:00:00Z", ((Element) xml.getElementsByTagNameNS(TEI, "publicationStmt").item(0))
                .getElementsByTagNameNS(TEI, "date").item(0).getAttributes().getNamedItem("when").getNodeValue());
    }

    @Test
    void partialDates_giveNotBeforeAndNotAfter_placesTheirGeoNames_localPartiesOurIri_textEscaped() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        RDFParser.source(Files.newInputStream(Path.of("src/test/resources/fixtures/cmif/letters.trig"))).lang(Lang.TRIG)
                .parse(data);
        byte[] bytes = cmif(data);
        assertEquals(List.of(), CmifSchema.problems(bytes));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("Ministry &lt;of&gt; Foreign Affairs &amp; Trade"), text);
        assertFalse(text.contains("\u0001"));
        NodeList letters = parse(bytes).getElementsByTagNameNS(TEI, "correspDesc");
        assertEquals(3, letters.getLength());
        // in date order: 1950 (a year), October 1950 (a month), then the undated letter
        Element year = (Element) letters.item(0);
        assertEquals("1950-01-01", name(year, "sent", "date").getAttribute("notBefore"));
        assertEquals("1950-12-31", name(year, "sent", "date").getAttribute("notAfter"));
        assertFalse(name(year, "sent", "date").hasAttribute("when"));
        Element month = (Element) letters.item(1);
        assertEquals("1950-10-01", name(month, "sent", "date").getAttribute("notBefore"));
        assertEquals("1950-10-31", name(month, "sent", "date").getAttribute("notAfter"));
        assertEquals("https://sws.geonames.org/524901/", name(month, "sent", "placeName").getAttribute("ref"));
        assertEquals("Moscow", name(month, "sent", "placeName").getTextContent());
        assertEquals(BASE + "id/group/ministry", name(month, "received", "orgName").getAttribute("ref"));
        Element undated = (Element) letters.item(2);
        assertEquals(0, undated.getElementsByTagNameNS(TEI, "date").getLength());
        assertEquals(BASE + "id/person/local-clerk", name(undated, "sent", "persName").getAttribute("ref"));
    }

    @Test
    void schema_refusesWhatCmifDoesNotAllow() throws Exception {
        String wrong = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc/></teiHeader></TEI>";
        assertFalse(CmifSchema.problems(wrong.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    private static byte[] cmif(DatasetGraph data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CmifExport.write(data, BASE, Optional.of(Instant.parse("2026-12-01T05:00:00.250Z")), out);
        return out.toByteArray();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The first {@code element} of the letter's correspAction of {@code type}. */
    static Element name(Element letter, String type, String element) {
        NodeList actions = letter.getElementsByTagNameNS(TEI, "correspAction");
        for (int i = 0; i < actions.getLength(); i++) {
            Element action = (Element) actions.item(i);
            if (action.getAttribute("type").equals(type)) {
                return (Element) action.getElementsByTagNameNS(TEI, element).item(0);
            }
        }
        throw new AssertionError("no correspAction of type " + type);
    }
}
