package org.archivelod.pipeline;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.vocab.CRM;
import org.apache.jena.vocabulary.OA;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The converted seed letter states what the letter says (issue "the spine", Done when). */
class ConversionTest {
    static final String BASE = UriScheme.DEFAULT_BASE;
    static final Node LETTER = uri("id/document/1950-10-05-letter-filippov-stalin-for-mao-zedong");
    static final Node ORIGINAL = uri("id/document/1950-10-05-letter-filippov-stalin-for-mao-zedong/original");
    static final Node STALIN = uri("id/person/stalin");
    static Graph g;
    static DatasetGraph dsg;

    static Node uri(String path) { return NodeFactory.createURI(BASE + path); }

    @BeforeAll
    static void convert() throws Exception {
        dsg = ConvertedLetter.dataset();
        g = dsg.getUnionGraph();
    }

    private static List<Node> objects(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node one(Node s, Node p) {
        List<Node> o = objects(s, p);
        assertEquals(1, o.size(), s + " " + p + ": " + o);
        return o.get(0);
    }

    private static String label(Node n) {
        return one(n, RDFS.label.asNode()).getLiteralLexicalForm();
    }

    @Test
    void oneNamedGraphPerDocumentPlusAuthorityAndVocabulary() {
        Set<String> graphs = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
        assertEquals(Set.of(BASE + "graph/authority", BASE + "graph/vocabulary",
                BASE + "graph/document/1950-10-05-letter-filippov-stalin-for-mao-zedong"), graphs);
    }

    @Test
    void titleDateType() {
        assertEquals("Letter, Cde. Filippov [Stalin] for Mao Zedong", one(LETTER, DCTerms.title.asNode()).getLiteralLexicalForm());
        Node date = one(LETTER, DCTerms.date.asNode());
        assertEquals("1950-10-05", date.getLiteralLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", date.getLiteralDatatypeURI());
        assertEquals("letter", label(one(LETTER, DCTerms.type.asNode())));
        assertTrue(g.contains(LETTER, RDF.type.asNode(), CRM.E31_Document.asNode()));
    }

    @Test
    void authorIsStalinNamedFilippov() {
        assertEquals(List.of(STALIN), objects(LETTER, DCTerms.creator.asNode()));
        Node creation = one(ORIGINAL, CRM.P94i_was_created_by.asNode());
        assertEquals(List.of(STALIN), objects(creation, CRM.P14_carried_out_by.asNode()));
        Node filippov = uri("id/person/stalin/name/filippov");
        assertTrue(g.contains(STALIN, CRM.P1_is_identified_by.asNode(), filippov));
        assertEquals("pseudonym", label(one(filippov, CRM.P2_has_type.asNode())));
    }

    @Test
    void addresseeIsMaoZedong() {
        Node sending = uri("id/event/1950-10-05-letter-filippov-stalin-for-mao-zedong/sending");
        assertEquals(List.of(uri("id/person/mao-zedong")), objects(sending, CRM.P11_had_participant.asNode()));
        assertEquals(List.of(STALIN), objects(sending, CRM.P14_carried_out_by.asNode()));
    }

    @Test
    void translatorIsZubok() {
        Node zubok = uri("id/person/vladislav-zubok");
        assertEquals(List.of(zubok), objects(LETTER, DCTerms.contributor.asNode()));
        Node translation = one(LETTER, CRM.P94i_was_created_by.asNode());
        assertEquals(List.of(zubok), objects(translation, CRM.P14_carried_out_by.asNode()));
        assertEquals(ORIGINAL, one(LETTER, CRM.P73i_is_translation_of.asNode()));
    }

    @Test
    void originalKeptByAprfCopyInVolkogonovPapers() {
        Node carrier = uri("id/document/1950-10-05-letter-filippov-stalin-for-mao-zedong/original-object");
        assertEquals(ORIGINAL, one(carrier, CRM.P128_carries.asNode()));
        assertEquals(uri("id/group/aprf"), one(carrier, CRM.P50_has_current_keeper.asNode()));
        Node copy = uri("id/document/1950-10-05-letter-filippov-stalin-for-mao-zedong/copy-1");
        Node holding = one(copy, CRM.P46i_forms_part_of.asNode());
        assertEquals("Dmitriĭ Antonovich Volkogonov papers, 1887-1995", label(holding));
        Node id = one(holding, CRM.P1_is_identified_by.asNode());
        assertEquals("mm97083838", one(id, CRM.P190_has_symbolic_content.asNode()).getLiteralLexicalForm());
        assertEquals(uri("id/group/library-of-congress-manuscript-division"), one(holding, CRM.P50_has_current_keeper.asNode()));
    }

    @Test
    void dispatchToBulganinAt2300() {
        Node dispatch = uri("id/event/1950-10-05-letter-filippov-stalin-for-mao-zedong/dispatch-1");
        assertEquals(List.of(uri("id/person/bulganin")), objects(dispatch, CRM.P11_had_participant.asNode()));
        Node t = one(dispatch, CRM.P4_has_time_span.asNode());
        assertEquals("1950-10-05T23:00:00", one(t, CRM.P82a_begin_of_the_begin.asNode()).getLiteralLexicalForm());
    }

    @Test
    void plansTheLetterSpeaksOf() {
        Node divisions = uri("id/event/1950-10-05-letter-filippov-stalin-for-mao-zedong/plan-chinese-volunteer-divisions");
        Node arrival = uri("id/event/1950-10-05-letter-filippov-stalin-for-mao-zedong/plan-arrival-zhou-enlai-lin-biao");
        for (Node plan : List.of(divisions, arrival)) {
            assertTrue(g.contains(plan, RDF.type.asNode(), CRM.E29_Design_or_Procedure.asNode()));
            assertTrue(g.contains(LETTER, CRM.P67_refers_to.asNode(), plan));
        }
        assertTrue(g.contains(arrival, CRM.P67_refers_to.asNode(), uri("id/person/zhou-enlai")));
        assertTrue(g.contains(arrival, CRM.P67_refers_to.asNode(), uri("id/person/lin-biao")));
    }

    /** Every person of the issue is referred to, each with the exact words and offsets of the text that name them. */
    @Test
    void everyPersonReferredToWithWordsAndOffsets() {
        Map<String, Set<String>> wordsByPerson = new TreeMap<>();
        for (Triple t : g.find(Node.ANY, OA.hasBody.asNode(), Node.ANY).toList()) {
            Node body = t.getObject();
            if (!g.contains(body, RDF.type.asNode(), CRM.E21_Person.asNode())) continue;
            Node target = one(t.getSubject(), OA.hasTarget.asNode());
            Node source = one(target, OA.hasSource.asNode());
            String text = one(source, CRM.P190_has_symbolic_content.asNode()).getLiteralLexicalForm();
            Node quote = null;
            Node position = null;
            for (Node sel : objects(target, OA.hasSelector.asNode())) {
                if (g.contains(sel, RDF.type.asNode(), OA.TextQuoteSelector.asNode())) quote = sel;
                if (g.contains(sel, RDF.type.asNode(), OA.TextPositionSelector.asNode())) position = sel;
            }
            String exact = one(quote, OA.exact.asNode()).getLiteralLexicalForm();
            int start = Integer.parseInt(one(position, OA.start.asNode()).getLiteralLexicalForm());
            int end = Integer.parseInt(one(position, OA.end.asNode()).getLiteralLexicalForm());
            String selected = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(exact, selected, "offsets select the exact words of " + t.getSubject());
            assertTrue(g.contains(source, CRM.P67_refers_to.asNode(), body), source + " refers to " + body);
            wordsByPerson.computeIfAbsent(body.getURI().substring((BASE + "id/person/").length()), k -> new TreeSet<>()).add(exact);
        }
        assertEquals(Set.of("FILIPPOV", "Filippov", "Stalin"), wordsByPerson.get("stalin"));   // "Filippov" in the title
        assertEquals(Set.of("Mao Zedong"), wordsByPerson.get("mao-zedong"));
        assertEquals(Set.of("Zhou Enlai"), wordsByPerson.get("zhou-enlai"));
        assertEquals(Set.of("Lin Biao"), wordsByPerson.get("lin-biao"));
        assertEquals(Set.of("Bulganiin"), wordsByPerson.get("bulganin"));
        assertEquals(Set.of("Kim"), wordsByPerson.get("kim-il-sung"));
        assertEquals(Set.of("Syngman Rhee"), wordsByPerson.get("syngman-rhee"));
        assertEquals(Set.of("Chiang Kai-shek", "Jiang Jieshi"), wordsByPerson.get("chiang-kai-shek"));
        assertEquals(Set.of("Vladislav Zubok"), wordsByPerson.get("vladislav-zubok"));
        assertEquals(Set.of("Dmitriĭ Antonovich Volkogonov"), wordsByPerson.get("dmitri-volkogonov"));
    }

    @Test
    void noBlankNodesAndNoClockTimeInTheData() {
        List<Triple> blanks = new ArrayList<>();
        g.find().forEachRemaining(t -> { if (t.getSubject().isBlank() || t.getObject().isBlank()) blanks.add(t); });
        assertEquals(List.of(), blanks);
        assertFalse(g.find(Node.ANY, DCTerms.created.asNode(), Node.ANY).hasNext());
    }

    @Test
    void provenanceNamesTheSourceFileAndItsChecksum() {
        Node graph = uri("graph/document/1950-10-05-letter-filippov-stalin-for-mao-zedong");
        Node source = one(graph, org.archivelod.vocab.PROV.wasDerivedFrom.asNode());
        assertEquals("000_889d9281fe3b1f1e.txt", label(source));
        assertTrue(one(source, DCTerms.identifier.asNode()).getLiteralLexicalForm().matches("sha256:[0-9a-f]{64}"));
    }
}
