package org.archivelod.mapping;

import org.archivelod.uri.UriScheme;
import org.archivelod.uri.IriMinter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.parse.DocumentTypes;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

/** Every kind the parser can state is a document-type concept, found by its label or alternative label. */
class DocumentTypeConceptsTest {
    private final IriMinter iris = new IriMinter(UriScheme.DEFAULT_BASE);
    private final Concepts concepts = new Concepts(iris);

    @Test
    void everyPhraseTheParserStates_isFoundByLabel() {
        for (String phrase : DocumentTypes.phrases())
            assertTrue(concepts.byLabel("document-type", phrase).isPresent(), "no document-type concept labelled '" + phrase + "'");
    }

    @Test
    void namedKinds_findTheirConcepts() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("minutes", "minutes"), Map.entry("memorandum", "memorandum"), Map.entry("working notes", "working-notes"),
                Map.entry("speech", "speech"), Map.entry("resolution", "resolution"), Map.entry("decree", "decree"),
                Map.entry("diary", "diary"), Map.entry("transcript", "transcript"), Map.entry("report", "report"),
                Map.entry("note", "note"), Map.entry("interview", "interview"), Map.entry("instruction", "instruction"),
                Map.entry("cable", "telegram"), Map.entry("record of meeting", "memorandum-of-conversation"),
                Map.entry("record of conversation", "memorandum-of-conversation"), Map.entry("journal entry", "diary"),
                Map.entry("notes", "working-notes"), Map.entry("handwritten notes", "working-notes"), Map.entry("letter", "letter"),
                Map.entry("telegram", "telegram"), Map.entry("ciphered telegram", "ciphered-telegram"),
                Map.entry("ciphergram", "ciphered-telegram"), Map.entry("Memorandum of Conversation", "memorandum-of-conversation"));
        expected.forEach((label, slug) -> assertEquals(Optional.of(iris.concept("document-type", slug)),
                concepts.byLabel("document-type", label), label));
    }

    @Test
    void documentTypes_areTypesWithLabels_andNoLabelNamesTwoConcepts() {
        Node scheme = iris.iri("id/concept/document-type");
        Map<String, Node> seen = new HashMap<>();
        var graph = concepts.graph();
        for (Triple t : graph.find(Node.ANY, SKOS.inScheme.asNode(), scheme).toList()) {
            Node c = t.getSubject();
            assertTrue(graph.contains(c, RDF.type.asNode(), CRM.E55_Type.asNode()), c + " is a crm:E55_Type");
            assertTrue(graph.contains(c, RDF.type.asNode(), SKOS.Concept.asNode()), c + " is a skos:Concept");
            assertTrue(graph.find(c, RDFS.label.asNode(), Node.ANY).hasNext(), c + " has an rdfs:label");
            for (var label : new org.apache.jena.rdf.model.Property[] {SKOS.prefLabel, SKOS.altLabel})
                for (Triple l : graph.find(c, label.asNode(), Node.ANY).toList()) {
                    Node before = seen.put(l.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT), c);
                    assertTrue(before == null || before.equals(c), "'" + l.getObject().getLiteralLexicalForm() + "' labels " + before + " and " + c);
                }
        }
        assertTrue(seen.size() > 60, "labels: " + seen.size());
    }
}
