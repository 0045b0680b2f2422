package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.serve.http.RequestLimits;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A harvest of {@code /oai} over real HTTP from a server on a free port (the letter and the two site fixtures, two
 * records a page): every verb, every list followed through its resumption tokens to the end, selective harvesting by
 * set and by release time, and each error code the protocol defines that this repository can give. Every answer is
 * validated with the JDK's own XML Schema validator against the OAI-PMH 2.0 schema, with the oai_dc schema written for
 * these tests and the RDF schema the server serves (src/test/resources/oai-pmh/SOURCES.md).
 */
class OaiPmhHarvestTest {
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String LETTER = ServeFixtures.BASE + "id/document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
    private static final List<String> DOCUMENTS = List.of(LETTER, SiteFixtures.REPLY, SiteFixtures.TO_KIM).stream().sorted().toList();
    /** The letter's IRI in an imagined earlier release, replaced by this one's (as serve records it): a deleted record. */
    private static final String REPLACED = ServeFixtures.BASE + "id/document/1950-10-05-letter-filippov-stalin-to-mao-zedong";
    /** What a harvest without a set lists: the documents and the replaced IRI, by IRI. */
    private static final List<String> HARVESTED = java.util.stream.Stream.concat(DOCUMENTS.stream(), java.util.stream.Stream.of(REPLACED))
            .sorted().toList();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(java.time.ZoneOffset.UTC);

    private static RunningSite site;
    private static Schema schema;
    private static Instant released;

    @BeforeAll
    static void start() throws Exception {
        Path dumps = Files.createTempDirectory("archive-lod-dumps");
        ServeSettings settings = new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, false, dumps)
                .withLimits(RequestLimits.defaults().withOaiPageSize(2));
        ArchiveStore store = SiteFixtures.store();
        org.apache.jena.system.Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(
                org.archivelod.pipeline.IriRedirects.graph(ServeFixtures.BASE), NodeFactory.createURI(REPLACED),
                DCTerms.isReplacedBy.asNode(), NodeFactory.createURI(LETTER)));
        // as a load that writes the redirect does: the aggregates (the list of records) are computed after it
        org.archivelod.store.SiteAggregates.refresh(store.datasetGraph());
        site = RunningSite.serve(store, settings, dumps);
        released = site.server.site().release().loaded();
        schema = schema();
    }

    @AfterAll
    static void stop() throws IOException {
        site.close();
    }

    @Test
    void identify_describesTheRepository() throws Exception {
        Element identify = verb(ok("verb=Identify"), "Identify");
        assertEquals(ServeFixtures.BASE + "oai", text(identify, "baseURL"));
        assertEquals("2.0", text(identify, "protocolVersion"));
        assertEquals(SECONDS.format(released), text(identify, "earliestDatestamp"));
        assertEquals("transient", text(identify, "deletedRecord"));
        assertEquals("YYYY-MM-DDThh:mm:ssZ", text(identify, "granularity"));
        assertTrue(text(identify, "adminEmail").contains("@"));
    }

    @Test
    void listMetadataFormats_offersDublinCoreAndRdf() throws Exception {
        for (String query : List.of("verb=ListMetadataFormats", "verb=ListMetadataFormats&identifier=" + encode(LETTER))) {
            Element formats = verb(ok(query), "ListMetadataFormats");
            assertEquals(List.of("oai_dc", "rdf"), texts(formats, "metadataPrefix"), query);
            assertEquals(List.of("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", ServeFixtures.BASE + "oai/rdf.xsd"),
                    texts(formats, "schema"), query);
        }
    }

    @Test
    void listSets_byArchiveAndByType_throughTheirTokens() throws Exception {
        List<Document> pages = harvest("verb=ListSets");
        assertTrue(pages.size() > 1, "two sets a page: the list takes several pages");
        List<String> specs = new ArrayList<>();
        pages.forEach(p -> specs.addAll(texts(p.getDocumentElement(), "setSpec")));
        assertEquals(specs.size(), new TreeSet<>(specs).size(), "no set twice: " + specs);
        assertEquals("archive", specs.get(0));
        assertTrue(specs.contains("archive:aprf"), specs.toString());
        assertTrue(specs.contains("type"), specs.toString());
        assertTrue(specs.contains("type:letter"), specs.toString());
        assertTrue(specs.stream().allMatch(s -> s.equals("archive") || s.equals("type") || s.startsWith("archive:") || s.startsWith("type:")),
                specs.toString());
    }

    @Test
    void listIdentifiers_everyDocumentOnce_byIri_acrossPages() throws Exception {
        List<Document> pages = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc");
        assertEquals(2, pages.size(), "three documents and a replaced IRI, two a page");
        List<String> ids = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (Document p : pages) {
            NodeList headers = p.getElementsByTagNameNS(OAI, "header");
            for (int i = 0; i < headers.getLength(); i++) {
                Element h = (Element) headers.item(i);
                ids.add(text(h, "identifier"));
                if (h.getAttribute("status").equals("deleted")) deleted.add(text(h, "identifier"));
            }
        }
        assertEquals(HARVESTED, ids);
        assertEquals(List.of(REPLACED), deleted);
        Element first = token(pages.get(0));
        assertEquals("4", first.getAttribute("completeListSize"));
        assertEquals("0", first.getAttribute("cursor"));
        Element last = token(pages.get(1));
        assertEquals("", last.getTextContent(), "the last page's token is empty");
        assertEquals("2", last.getAttribute("cursor"));
        for (Document p : pages) {
            for (String stamp : texts(p.getDocumentElement(), "datestamp")) assertEquals(SECONDS.format(released), stamp);
        }
    }

    @Test
    void listRecords_inBothFormats_followedToTheEnd() throws Exception {
        for (String prefix : List.of("oai_dc", "rdf")) {
            List<Document> pages = harvest("verb=ListRecords&metadataPrefix=" + prefix);
            List<String> ids = new ArrayList<>();
            int metadata = 0;
            for (Document p : pages) {
                ids.addAll(texts(p.getDocumentElement(), "identifier").stream().filter(i -> !i.isEmpty()).toList());
                metadata += p.getElementsByTagNameNS(OAI, "metadata").getLength();
            }
            // oai_dc records repeat the identifier inside dc:identifier (another namespace): only headers counted here
            assertEquals(HARVESTED, ids, prefix);
            assertEquals(3, metadata, prefix + ": a deleted record has a header only");
        }
    }

    @Test
    void getRecord_dublinCore_fromTheDocumentsData() throws Exception {
        Document answer = ok("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(LETTER));
        Element dc = (Element) answer.getElementsByTagNameNS("http://www.openarchives.org/OAI/2.0/oai_dc/", "dc").item(0);
        assertEquals(List.of("Letter, Cde. Filippov [Stalin] for Mao Zedong"), dcs(dc, "title"));
        assertEquals(List.of("1950-10-05"), dcs(dc, "date"));
        assertEquals(List.of("Joseph Stalin"), dcs(dc, "creator"));
        assertTrue(dcs(dc, "identifier").contains(LETTER));
        assertTrue(dcs(dc, "type").contains("letter"), dcs(dc, "type").toString());
        assertTrue(dcs(dc, "subject").contains("Mao Zedong"), dcs(dc, "subject").toString());
        assertTrue(dcs(dc, "source").get(0).startsWith("Archive of the President of the Russian Federation"));
        assertFalse(dcs(dc, "rights").isEmpty());
        assertFalse(dcs(dc, "description").isEmpty());
        Element header = (Element) answer.getElementsByTagNameNS(OAI, "header").item(0);
        assertTrue(texts(header, "setSpec").containsAll(List.of("archive:aprf", "type:letter")), texts(header, "setSpec").toString());
    }

    @Test
    void getRecord_rdf_isTheDocumentsDescription() throws Exception {
        Document answer = ok("verb=GetRecord&metadataPrefix=rdf&identifier=" + encode(LETTER));
        String xml = site.get("/oai?verb=GetRecord&metadataPrefix=rdf&identifier=" + encode(LETTER)).body();
        int start = xml.indexOf("<rdf:RDF");
        int end = xml.indexOf("</rdf:RDF>") + "</rdf:RDF>".length();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(xml.substring(start, end), Lang.RDFXML).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(LETTER), DCTerms.title.asNode(), org.apache.jena.graph.Node.ANY));
        assertEquals(1, answer.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "RDF").getLength());
    }

    @Test
    void getRecord_ofAReplacedIri_isDeleted() throws Exception {
        Document answer = ok("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(REPLACED));
        Element header = (Element) answer.getElementsByTagNameNS(OAI, "header").item(0);
        assertEquals("deleted", header.getAttribute("status"));
        assertEquals(0, answer.getElementsByTagNameNS(OAI, "metadata").getLength());
        assertEquals("transient", text(verb(ok("verb=Identify"), "Identify"), "deletedRecord"));
    }

    @Test
    void post_isAnsweredLikeGet() throws Exception {
        HttpResponse<String> r = site.send(HttpRequest.newBuilder(site.uri("/oai"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(LETTER))).build());
        assertEquals(200, r.statusCode());
        Document answer = valid(r.body());
        assertEquals(List.of(LETTER), texts((Element) answer.getElementsByTagNameNS(OAI, "header").item(0), "identifier"));
    }

    @Test
    void sets_selectTheirDocuments() throws Exception {
        assertEquals(List.of(LETTER), identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=archive:aprf"));
        assertEquals(List.of(LETTER), identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:letter"));
        List<String> typed = identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=type");
        assertEquals(DOCUMENTS, typed, "every document has a type: the top set holds them all");
        assertTrue(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=archive").contains(LETTER));
    }

    @Test
    void fromAndUntil_selectByReleaseTime() throws Exception {
        String at = SECONDS.format(released);
        String before = SECONDS.format(released.minusSeconds(1));
        String day = DAY.format(released);
        assertEquals(HARVESTED, identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + at));
        assertEquals(HARVESTED, identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + at));
        assertEquals(HARVESTED, identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + day + "&until=" + day));
        assertEquals(HARVESTED, identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + before + "&until=" + at));
        assertError("noRecordsMatch", "verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + before);
        assertError("noRecordsMatch", "verb=ListRecords&metadataPrefix=oai_dc&until=" + DAY.format(released.minus(1, ChronoUnit.DAYS)));
        // the token carries from and until on to the next page
        List<Document> pages = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + day);
        assertEquals(2, pages.size());
    }

    @Test
    void errors_eachCodeWhereTheProtocolAsksForIt() throws Exception {
        String token = token(ok("verb=ListIdentifiers&metadataPrefix=oai_dc")).getTextContent();
        String release = token.substring(0, token.indexOf('.'));
        String setsToken = token(ok("verb=ListSets")).getTextContent();

        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("", "badVerb");
        cases.put("verb=Nope", "badVerb");
        cases.put("verb=Identify&verb=ListSets", "badVerb");
        cases.put("verb=ListRecords", "badArgument");
        cases.put("verb=GetRecord&metadataPrefix=oai_dc", "badArgument");
        cases.put("verb=Identify&identifier=x", "badArgument");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=rdf", "badArgument");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=2000-01-02&until=2000-01-01", "badArgument");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=2000-01-01&until=2030-01-01T00:00:00Z", "badArgument");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=" + encode(token), "badArgument");
        cases.put("verb=ListRecords&resumptionToken=zzz", "badResumptionToken");
        cases.put("verb=ListRecords&resumptionToken=" + encode(release + ".%%%"), "badResumptionToken");
        cases.put("verb=ListRecords&resumptionToken=" + encode("000000000000" + token.substring(token.indexOf('.'))), "badResumptionToken");
        cases.put("verb=ListRecords&resumptionToken=" + encode(release + "." + state("offset::99|prefix::oai_dc")), "badResumptionToken");
        cases.put("verb=ListRecords&resumptionToken=" + encode(setsToken), "badResumptionToken");
        cases.put("verb=ListSets&resumptionToken=" + encode(token), "badResumptionToken");
        cases.put("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat");
        cases.put("verb=ListIdentifiers&metadataPrefix=marc21", "cannotDisseminateFormat");
        cases.put("verb=GetRecord&metadataPrefix=marc21&identifier=" + encode(LETTER), "cannotDisseminateFormat");
        cases.put("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode("http://example.org/no-such-document"), "idDoesNotExist");
        cases.put("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(ServeFixtures.BASE + "id/person/stalin"), "idDoesNotExist");
        cases.put("verb=ListMetadataFormats&identifier=nope", "idDoesNotExist");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&until=2000-01-01", "noRecordsMatch");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&set=type:no-such-type", "noRecordsMatch");
        for (var c : cases.entrySet()) {
            assertError(c.getValue(), c.getKey());
        }
    }

    @Test
    void badVerbAndBadArgument_echoOnlyTheBaseUrl() throws Exception {
        for (String query : List.of("verb=Nope&metadataPrefix=oai_dc", "verb=ListRecords&metadataPrefix=oai_dc&bogus=1")) {
            Element request = (Element) ok(query).getElementsByTagNameNS(OAI, "request").item(0);
            assertEquals(0, request.getAttributes().getLength(), query);
            assertEquals(ServeFixtures.BASE + "oai", request.getTextContent());
        }
    }

    @Test
    void theRdfSchemaIsServed() throws Exception {
        HttpResponse<String> r = site.get("/oai/rdf.xsd");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("targetNamespace=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""));
        assertEquals(404, site.get("/oai/elsewhere").statusCode());
    }

    @Test
    void theSchemaCheck_refusesWhatTheProtocolRefuses() throws Exception {
        String good = site.get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(LETTER)).body();
        valid(good);
        List<String> broken = List.of(
                good.replaceFirst("<responseDate>[^<]*</responseDate>", ""),                   // a required element missing
                good.replace("<dc:title", "<dc:heading").replace("</dc:title>", "</dc:heading>"), // not a Dublin Core element
                good.replace("<oai_dc:dc ", "<oai_dc:record ").replace("</oai_dc:dc>", "</oai_dc:record>"),
                good.replaceFirst("<datestamp>[^<]*</datestamp>", "<datestamp>5 October 1950</datestamp>"));
        for (String xml : broken) {
            assertFalse(xml.equals(good), "the change applies");
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try {
                validator.validate(new StreamSource(new StringReader(xml)));
                fail("accepted: " + xml.substring(0, Math.min(600, xml.length())));
            } catch (SAXException expected) {
                // refused, as it should be
            }
        }
    }

    /** The same answers from a TDB2 store, which refuses reads outside a transaction (the in-memory store does not). */
    @Test
    void onATdb2Store_everyVerbAnswers() throws Exception {
        Path dir = Files.createTempDirectory("archive-lod-oai-tdb2");
        ArchiveStore store = ArchiveStore.open(dir.resolve("store"));
        org.archivelod.pipeline.Conversion conversion = new org.archivelod.pipeline.Conversion(
                new org.archivelod.pipeline.ConversionSettings(ServeFixtures.BASE, Path.of("data/authority")));
        new org.archivelod.store.DatasetLoader(store).load(sink -> conversion.run(List.of(Path.of("data/documents"), SiteFixtures.DOCUMENTS), sink));
        try (RunningSite tdb = RunningSite.serve(store, false)) {
            for (String query : List.of("verb=Identify", "verb=ListSets", "verb=ListMetadataFormats&identifier=" + encode(LETTER),
                    "verb=ListIdentifiers&metadataPrefix=oai_dc&set=type", "verb=ListRecords&metadataPrefix=oai_dc",
                    "verb=ListRecords&metadataPrefix=rdf", "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(LETTER))) {
                HttpResponse<String> r = tdb.get("/oai?" + query);
                assertEquals(200, r.statusCode(), query + ": " + r.body());
                Document answer = valid(r.body());
                assertEquals(0, answer.getElementsByTagNameNS(OAI, "error").getLength(), query + ": " + r.body());
            }
            Document records = valid(tdb.get("/oai?verb=ListRecords&metadataPrefix=oai_dc").body());
            assertEquals(3, records.getElementsByTagNameNS(OAI, "record").getLength());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    // --- harvesting helpers

    /** Every page of a list, following resumption tokens until an empty one; each page validated. */
    private static List<Document> harvest(String query) throws Exception {
        String verb = query.replaceFirst("^verb=([A-Za-z]+).*", "$1");
        List<Document> pages = new ArrayList<>();
        Document page = ok(query);
        pages.add(page);
        Set<String> seen = new TreeSet<>();
        while (token(page) != null && !token(page).getTextContent().isEmpty()) {
            String next = token(page).getTextContent();
            assertTrue(seen.add(next), "a token is not given twice: " + next);
            assertTrue(pages.size() < 50, "the list ends");
            page = ok("verb=" + verb + "&resumptionToken=" + encode(next));
            pages.add(page);
        }
        return pages;
    }

    private static List<String> identifiers(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        for (Document p : harvest(query)) {
            NodeList headers = p.getElementsByTagNameNS(OAI, "header");
            for (int i = 0; i < headers.getLength(); i++) ids.addAll(texts((Element) headers.item(i), "identifier"));
        }
        return ids;
    }

    private static Element token(Document page) {
        return (Element) page.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
    }

    private static void assertError(String code, String query) throws Exception {
        Document answer = ok(query);
        NodeList errors = answer.getElementsByTagNameNS(OAI, "error");
        assertTrue(errors.getLength() > 0, query + ": expected " + code);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < errors.getLength(); i++) codes.add(((Element) errors.item(i)).getAttribute("code"));
        assertTrue(codes.contains(code), query + ": expected " + code + ", got " + codes);
    }

    /** GET /oai?query: 200, text/xml, valid against the OAI-PMH schema; the parsed answer. */
    private static Document ok(String query) throws Exception {
        HttpResponse<String> r = site.get("/oai" + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, r.statusCode(), query);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), query);
        return valid(r.body());
    }

    private static Document valid(String xml) throws Exception {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            fail("not valid OAI-PMH: " + e.getMessage() + "\n" + xml.substring(0, Math.min(3000, xml.length())));
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** OAI-PMH 2.0, the oai_dc and Dublin Core schemas written for the tests, and the RDF schema /oai/rdf.xsd serves. */
    private static Schema schema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<Source> sources = new ArrayList<>();
        for (String name : List.of("dc-elements-as-specified.xsd", "oai_dc-as-specified.xsd", "OAI-PMH.xsd")) {
            sources.add(new StreamSource(OaiPmhHarvestTest.class.getResource("/oai-pmh/" + name).toExternalForm()));
        }
        sources.add(new StreamSource(new StringReader(site.get("/oai/rdf.xsd").body())));
        return factory.newSchema(sources.toArray(Source[]::new));
    }

    private static Element verb(Document answer, String name) {
        NodeList found = answer.getElementsByTagNameNS(OAI, name);
        assertEquals(1, found.getLength(), name);
        return (Element) found.item(0);
    }

    private static String text(Element parent, String name) {
        return texts(parent, name).get(0);
    }

    private static List<String> texts(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(OAI, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) out.add(found.item(i).getTextContent());
        return out;
    }

    private static List<String> dcs(Element dc, String name) {
        NodeList found = dc.getElementsByTagNameNS(DC, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) out.add(found.item(i).getTextContent());
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A list state as the server encodes it (xoai's simple token format, URL-safe Base64). */
    private static String state(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
