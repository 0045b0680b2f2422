package org.archivelod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

/** One document at a time, read with the shared graphs it points into; the shared graphs checked once, on their own. */
class DocumentValidatorTest {
    private static final String EX = "http://example.org/id/";
    private static final Node SHARED = NodeFactory.createURI("http://example.org/graph/authority");
    private static final Node DOC = NodeFactory.createURI("http://example.org/graph/document/d");

    @Test
    void documentPointingIntoTheSharedGraphs_isReadWithThem() {
        List<Quad> shared = new ArrayList<>();
        shared.add(quad(SHARED, "name/a", RDF.type.asNode(), CRM.E41_Appellation.asNode()));
        shared.add(quad(SHARED, "name/a", CRM.P190_has_symbolic_content.asNode(), NodeFactory.createLiteralString("A")));
        List<Quad> doc = person(DOC, "person/a", "A");
        doc.add(quad(DOC, "person/a", CRM.P1_is_identified_by.asNode(), iri("name/a")));
        DocumentValidator check = new DocumentValidator(shared);
        ValidationReport withShared = check.validate(doc);
        assertTrue(withShared.conforms(), withShared.toText());
        ValidationReport alone = new DocumentValidator(List.of()).validate(doc);
        assertFalse(alone.conforms(), "without the shared graph the appellation is not one");
    }

    @Test
    void aDocumentsOwnProblem_isReported() {
        List<Quad> doc = new ArrayList<>();
        doc.add(quad(DOC, "person/b", RDF.type.asNode(), CRM.E21_Person.asNode()));
        ValidationReport report = new DocumentValidator(List.of()).validate(doc);
        assertEquals(1, report.problems().size(), report.toText());
        assertTrue(report.toText().contains("a person has exactly one rdfs:label"), report.toText());
    }

    @Test
    void sharedProblems_areTheSharedGraphs_notEachDocuments() {
        List<Quad> shared = new ArrayList<>();
        shared.add(quad(SHARED, "person/c", RDF.type.asNode(), CRM.E21_Person.asNode()));
        DocumentValidator check = new DocumentValidator(shared);
        assertTrue(check.validate(person(DOC, "person/a", "A")).conforms());
        assertFalse(check.validateShared().conforms());
    }

    private static List<Quad> person(Node graph, String id, String label) {
        List<Quad> quads = new ArrayList<>();
        quads.add(quad(graph, id, RDF.type.asNode(), CRM.E21_Person.asNode()));
        quads.add(quad(graph, id, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en")));
        return quads;
    }

    private static Quad quad(Node graph, String subject, Node p, Node o) {
        return Quad.create(graph, iri(subject), p, o);
    }

    private static Node iri(String id) {
        return NodeFactory.createURI(EX + id);
    }
}
