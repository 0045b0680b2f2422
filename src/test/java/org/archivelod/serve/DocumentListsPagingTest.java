package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.serve.site.Paging;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person who wrote more than a page of letters to one addressee: on both their pages, the documents of each part
 * ("wrote", "received") and the letters in the picture of their letters over time come a page at a time, with the count
 * of all and a link to the next page, in date order across the pages.
 */
class DocumentListsPagingTest {
    private static final int LETTERS = Paging.SIZE + 30;
    private static final UriScheme IRIS = UriScheme.at(ServeFixtures.BASE);
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Node writer = NodeFactory.createURI(IRIS.entity("person", "prolific-writer"));
        Node reader = NodeFactory.createURI(IRIS.entity("person", "patient-reader"));
        Node sending = NodeFactory.createURI(IRIS.concept("activity-type", "sending"));
        List<Quad> quads = new ArrayList<>();
        Node authority = NodeFactory.createURI(IRIS.authorityGraph());
        // a concept tells the store the base its data was minted under (ArchiveStore.mintedBase): the site graph's
        quads.add(Quad.create(NodeFactory.createURI(IRIS.vocabularyGraph()), sending, RDF.type.asNode(), SKOS.Concept.asNode()));
        for (Node person : List.of(writer, reader)) {
            quads.add(Quad.create(authority, person, RDF.type.asNode(), CRM.E21_Person.asNode()));
            quads.add(Quad.create(authority, person, RDFS.label.asNode(), NodeFactory.createLiteralString(
                    person.equals(writer) ? "Prolific Writer" : "Patient Reader")));
        }
        for (int i = 1; i <= LETTERS; i++) {
            String slug = String.format("letter-%03d", i);
            Node graph = NodeFactory.createURI(IRIS.documentGraph(slug));
            Node doc = NodeFactory.createURI(IRIS.entity("document", slug));
            Node send = NodeFactory.createURI(doc.getURI() + "/sending");
            String date = String.format("1950-%02d-%02d", 1 + (LETTERS - i) / 28, 1 + (LETTERS - i) % 28);
            quads.add(Quad.create(graph, graph, DCTerms.subject.asNode(), doc));
            quads.add(Quad.create(graph, doc, RDF.type.asNode(), CRM.E31_Document.asNode()));
            quads.add(Quad.create(graph, doc, DCTerms.title.asNode(), NodeFactory.createLiteralString("Letter " + slug)));
            quads.add(Quad.create(graph, doc, DCTerms.date.asNode(), NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
            quads.add(Quad.create(graph, doc, DCTerms.creator.asNode(), writer));
            quads.add(Quad.create(graph, send, RDF.type.asNode(), CRM.E7_Activity.asNode()));
            quads.add(Quad.create(graph, send, CRM.P2_has_type.asNode(), sending));
            quads.add(Quad.create(graph, send, CRM.P14_carried_out_by.asNode(), writer));
            quads.add(Quad.create(graph, send, CRM.P11_had_participant.asNode(), reader));
        }
        ArchiveStore store = ArchiveStore.inMemory();
        new DatasetLoader(store).load(sink -> quads.forEach(sink::quad));
        site = RunningSite.serve(store, false);
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    private static String html(String path) throws Exception {
        return site.ok(path);
    }

    /** The documents listed under {@code part} on the page, in order. */
    private static List<String> documents(String html, String part) {
        int at = html.indexOf("<dt class=\"meta\">" + part + " (" + LETTERS + ")</dt>");
        assertTrue(at >= 0, part + " with the count of all its documents");
        String rest = html.substring(at + 10);
        int end = rest.indexOf("<dt");
        String list = end < 0 ? rest.substring(0, rest.indexOf("</dl>")) : rest.substring(0, end);
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<dd><a href=\"/page/document/(letter-\\d+)\">").matcher(list);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static int lettersDrawn(String html) {
        int at = html.indexOf("id=\"letters\"");
        return at < 0 ? 0 : html.substring(at, html.indexOf("</svg>", at)).split("href=\"/page/document/", -1).length - 1;
    }

    @Test
    void theDocumentsOfEachPart_comeAPageAtATime_inDateOrder() throws Exception {
        for (String[] who : new String[][] {{"prolific-writer", "wrote"}, {"patient-reader", "received"}}) {
            String first = html("/page/person/" + who[0]);
            String second = html("/page/person/" + who[0] + "?page=2");
            List<String> one = documents(first, who[1]);
            List<String> two = documents(second, who[1]);
            assertEquals(Paging.SIZE, one.size(), who[1] + " on page 1");
            assertEquals(LETTERS - Paging.SIZE, two.size(), who[1] + " on page 2");
            assertEquals(String.format("letter-%03d", LETTERS), one.get(0), "the oldest first");
            assertEquals("letter-001", two.get(two.size() - 1), "the newest last");
            assertTrue(first.contains("Page 1 of 2") && first.contains("<a rel=\"next\" href=\"?page=2\">"));
            // what refers to the writer (a creator and a sending per letter) runs on to a third page, their documents do not
            HttpResponse<String> third = site.get("/page/person/" + who[0] + "?page=3");
            assertTrue(third.statusCode() == 404 || !third.body().contains("<dt class=\"meta\">" + who[1]), who[0] + " page 3");
        }
    }

    @Test
    void thePictureOfTheLetters_drawsThePagesLetters() throws Exception {
        assertEquals(Paging.SIZE, lettersDrawn(html("/page/person/prolific-writer")));
        assertEquals(LETTERS - Paging.SIZE, lettersDrawn(html("/page/person/prolific-writer?page=2")));
        assertTrue(html("/page/person/prolific-writer").contains(LETTERS + " letters"), "the correspondent's row counts them all");
    }
}
