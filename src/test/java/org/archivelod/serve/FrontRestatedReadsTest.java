package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;
import org.archivelod.vocab.PROV;
import org.archivelod.vocab.SITE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front answers {@code /id/…} and {@code /page/…} of a thing every document graph restates (the software that
 * converted them) without reading its copies: that it exists is known from the release's list of the subjects many
 * graphs restate ({@code queries/aggregates/5-restated.ru}), where asking whether the store says anything about it
 * fetched every copy ({@value #DOCUMENTS} graphs, 5 statements each), and each pattern of its page fetched them again. Counted as the rows the store
 * answered; nothing is timed.
 */
class FrontRestatedReadsTest {
    /**
     * Documents restating the software: more than a page's batch counts the copies of (1,000) and, at 5 statements
     * each, more quads than a front keeps of one subject (5,000).
     */
    static final int DOCUMENTS = 1_100;
    private static final UriScheme URIS = UriScheme.at(ServeFixtures.BASE);
    private static final String SOFTWARE = "software/archive-lod-0-1-0";
    private static final Node LETTER = NodeFactory.createURI(URIS.concept("document-type", "letter"));
    @TempDir
    static Path tmp;
    private static CountedFronts store;

    @BeforeAll
    static void start() throws Exception {
        store = new CountedFronts(tmp, sink -> {
            for (int i = 0; i < DOCUMENTS; i++) describe(sink, i);
            // the store's base is read from its concepts' IRIs
            Node vocabulary = NodeFactory.createURI(URIS.vocabularyGraph());
            sink.quad(Quad.create(vocabulary, LETTER, RDF.type.asNode(), SKOS.Concept.asNode()));
            sink.quad(Quad.create(vocabulary, LETTER, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("letter", "en")));
        });
    }

    @AfterAll
    static void stop() {
        if (store != null) store.close();
    }

    @Test
    void theIdOfTheSoftware_isRedirected_withoutReadingItsCopies() throws Exception {
        HttpResponse<byte[]> answer = store.viewed(store.front(), UriScheme.idPath(SOFTWARE), "text/html");
        assertEquals(303, answer.statusCode());
        long rows = store.rowsAnswered();
        assertTrue(rows < DOCUMENTS, "the store answered " + rows + " rows for a redirect: " + store.queries());
    }

    @Test
    void thePageOfTheSoftware_isTheEmbeddedServersBytes_withoutReadingItsCopies() throws Exception {
        String page = UriScheme.pagePath(SOFTWARE);
        HttpResponse<byte[]> answer = store.viewed(store.front(), page, "text/html");
        long rows = store.rowsAnswered();
        assertEquals(200, answer.statusCode());
        assertTrue(rows < DOCUMENTS, "the store answered " + rows + " rows for the page: " + store.queries());
        assertArrayEquals(store.get(store.embedded(), page, "text/html").body(), answer.body());
    }

    /**
     * A document's {@code /data} on a new front reads the software's distinct statements once: its graph names the
     * software, and both the batch of its subjects and the labels of what it points at asked for them (one request more
     * on the first {@code /data} of every new front, of the 11 at 3×10^4 documents).
     */
    @Test
    void aDocumentsData_readsTheRestatedStatementsOnce() throws Exception {
        String data = UriScheme.dataPath(URIS.sitePath(URIS.documentSpace() + "d7").orElseThrow().replaceFirst("^/id/", "")) + ".ttl";
        HttpResponse<byte[]> answer = store.viewed(store.front(), data, "text/turtle");
        assertEquals(200, answer.statusCode());
        String restated = "<" + SITE.restated.getURI() + ">";
        long reads = store.queries().lines().filter(query -> query.contains(restated)).count();
        assertEquals(1, reads, "the software's statements were read " + reads + " times:\n" + store.queries());
        assertArrayEquals(store.get(store.embedded(), data, "text/turtle").body(), answer.body());
    }

    @Test
    void aThingNoGraphSaysAnythingAbout_isNotFound() throws Exception {
        assertEquals(404, store.get(store.front(), UriScheme.idPath("software/none"), "text/html").statusCode());
        assertEquals(404, store.get(store.front(), UriScheme.pagePath("software/none"), "text/html").statusCode());
    }

    /** Document {@code i} in its own graph: converted by the software, whose statements the graph restates. */
    private static void describe(StreamRDF sink, int i) {
        Node g = NodeFactory.createURI(URIS.documentGraph("d" + i));
        Node document = NodeFactory.createURI(URIS.documentSpace() + "d" + i);
        Node conversion = NodeFactory.createURI(URIS.entity("conversion", "d" + i));
        Node software = NodeFactory.createURI(URIS.entity(SOFTWARE));
        sink.quad(Quad.create(g, document, RDF.type.asNode(), CRM.E31_Document.asNode()));
        sink.quad(Quad.create(g, document, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Document " + i, "en")));
        sink.quad(Quad.create(g, document, DCTerms.type.asNode(), LETTER));
        sink.quad(Quad.create(g, g, PROV.wasGeneratedBy.asNode(), conversion));
        sink.quad(Quad.create(g, conversion, RDF.type.asNode(), PROV.Activity.asNode()));
        sink.quad(Quad.create(g, conversion, PROV.wasAssociatedWith.asNode(), software));
        sink.quad(Quad.create(g, software, RDF.type.asNode(), PROV.SoftwareAgent.asNode()));
        sink.quad(Quad.create(g, software, RDFS.label.asNode(), NodeFactory.createLiteralString("archive-lod 0.1.0")));
        sink.quad(Quad.create(g, software, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString("0.1.0")));
        sink.quad(Quad.create(g, software, RDFS.comment.asNode(), NodeFactory.createLiteralLang("Converts archival records to RDF", "en")));
        sink.quad(Quad.create(g, software, RDFS.seeAlso.asNode(), NodeFactory.createURI("https://example.org/archive-lod")));
    }
}
