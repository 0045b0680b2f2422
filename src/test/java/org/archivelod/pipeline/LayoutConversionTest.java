package org.archivelod.pipeline;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.TestFiles;
import org.archivelod.validate.DatasetValidator;
import org.archivelod.validate.ValidationReport;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every record layout the parser reads converts into data that conforms, and states what its title and citation say. */
class LayoutConversionTest {
    static final String BASE = UriScheme.DEFAULT_BASE;

    static DatasetGraph convert(String fixture) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new Conversion(new ConversionSettings(BASE, TestFiles.AUTHORITY))
                .run(List.of(TestFiles.fixture("parse", fixture)), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    static Node uri(String path) { return NodeFactory.createURI(BASE + path); }

    static Node documentOf(Graph g) {
        List<Node> docs = g.find(Node.ANY, RDF.type.asNode(), CRM.E31_Document.asNode()).mapWith(Triple::getSubject).toList();
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"labelled-information", "page-current", "page-labelled-empty", "single-line-breaks", "citation-block",
            "pdf-export", "chinese-footnotes", "glued-footnote", "cut-in-uploaded-date", "several-archives", "printed-book", "numeric-dates",
            "citation-block-bare", "search-header", "neighbour-summaries", "no-document-text", "header-lines-telegram", "header-lines-memo",
            "type-decree", "type-journal-record", "type-line", "type-speech-heading", "type-record-of-meeting", "type-note-of",
            "journal-and-archive", "collection-source"})
    void everyLayoutConvertsToConformingData(String fixture) throws Exception {
        ValidationReport report = new DatasetValidator().validate(convert(fixture));
        assertTrue(report.conforms(), fixture + ":\n" + report.toText());
    }

    @Test
    void minutesOfAConversation_noAuthorInvented_participantsOfTheConversation() throws Exception {
        Graph g = convert("pdf-export").getUnionGraph();
        Node doc = documentOf(g);
        assertFalse(g.find(doc, DCTerms.creator.asNode(), Node.ANY).hasNext(), "minutes name no author: none is invented");
        Node conversation = g.find(doc, CRM.P70_documents.asNode(), Node.ANY).next().getObject();
        assertTrue(g.contains(conversation, CRM.P11_had_participant.asNode(), uri("id/person/stalin")));
        assertTrue(g.contains(conversation, CRM.P11_had_participant.asNode(), uri("id/person/zhou-enlai")));
    }

    @Test
    void pseudonymInTitleResolvesToStalin_andArchivalReferencesBecomeHoldings() throws Exception {
        Graph g = convert("several-archives").getUnionGraph();
        Node doc = documentOf(g);
        assertEquals(List.of(uri("id/person/stalin")), g.find(doc, DCTerms.creator.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
        Node delo = uri("id/holding/aprf-fond-45-opis-1-delo-999");
        assertTrue(g.contains(delo, RDF.type.asNode(), CRM.E78_Curated_Holding.asNode()));
        assertEquals("Archive of the President of the Russian Federation, fond 45, opis 1, delo 999", g.find(delo, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertTrue(g.contains(delo, CRM.P46i_forms_part_of.asNode(), uri("id/holding/aprf-fond-45-opis-1")));
        assertTrue(g.contains(uri("id/holding/aprf-fond-45"), CRM.P50_has_current_keeper.asNode(), uri("id/group/aprf")));
    }
}
