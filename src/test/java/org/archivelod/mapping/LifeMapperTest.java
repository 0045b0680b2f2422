package org.archivelod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.TestFiles;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.uri.IriMinter;
import org.archivelod.validate.DatasetValidator;
import org.archivelod.validate.ValidationReport;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

/** The authority graph states a person's birth, death and offices, each with its source, and conforms to the shapes. */
class LifeMapperTest {
    private static final String BASE = "http://example.org/";
    private static final IriMinter IRIS = new IriMinter(BASE);
    private static final Node ZHOU = IRIS.entity("person", "zhou-enlai");

    private static Graph authorityGraph() throws Exception {
        GraphEmitter g = new GraphEmitter(IRIS.authorityGraph());
        new AuthorityMapper(IRIS, new Concepts(IRIS)).map(AuthorityFile.read(TestFiles.AUTHORITY), g);
        DatasetGraph dsg = DatasetGraphFactory.create();
        g.flush(StreamRDFLib.dataset(dsg));
        return dsg.getGraph(IRIS.authorityGraph());
    }

    private static Node one(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        List<Node> o = g.find(s, p.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(1, o.size(), s + " " + p + ": " + o);
        return o.get(0);
    }

    @Test
    void birthAndDeath_haveATimeSpanCoveringTheDay_andASource() throws Exception {
        Graph g = authorityGraph();
        Node birth = one(g, ZHOU, CRM.P98i_was_born);
        assertTrue(g.contains(birth, RDF.type.asNode(), CRM.E67_Birth.asNode()));
        assertTrue(one(g, birth, DCTerms.source).getLiteralLexicalForm().startsWith("http"));
        Node span = one(g, birth, CRM.P4_has_time_span);
        assertEquals("1898-03-05T00:00:00", one(g, span, CRM.P82a_begin_of_the_begin).getLiteralLexicalForm());
        assertEquals("1898-03-05T23:59:59", one(g, span, CRM.P82b_end_of_the_end).getLiteralLexicalForm());
        assertEquals("1898-03-05", one(g, span, RDFS.label).getLiteralLexicalForm());
        Node death = one(g, ZHOU, CRM.P100i_died_in);
        assertTrue(g.contains(death, RDF.type.asNode(), CRM.E69_Death.asNode()));
        assertEquals("1976-01-08T23:59:59",
                one(g, one(g, death, CRM.P4_has_time_span), CRM.P82b_end_of_the_end).getLiteralLexicalForm());
    }

    @Test
    void aYearOnlyDate_coversTheWholeYear() throws Exception {
        Graph g = authorityGraph();
        Node span = one(g, one(g, IRIS.entity("person", "syngman-rhee"), CRM.P98i_was_born), CRM.P4_has_time_span);
        assertEquals("1875-01-01T00:00:00", one(g, span, CRM.P82a_begin_of_the_begin).getLiteralLexicalForm());
        assertEquals("1875-12-31T23:59:59", one(g, span, CRM.P82b_end_of_the_end).getLiteralLexicalForm());
    }

    @Test
    void anOffice_isAnActivityOfThePerson_typedOffice_withItsYearsAndSource() throws Exception {
        Graph g = authorityGraph();
        List<Node> offices = g.find(Node.ANY, CRM.P14_carried_out_by.asNode(), ZHOU).mapWith(t -> t.getSubject()).toList();
        Node premier = offices.stream()
                .filter(o -> one(g, o, RDFS.label).getLiteralLexicalForm().equals("Premier of the People's Republic of China"))
                .findFirst().orElseThrow();
        assertTrue(g.contains(premier, RDF.type.asNode(), CRM.E7_Activity.asNode()));
        assertEquals(IRIS.concept("activity-type", "office"), one(g, premier, CRM.P2_has_type));
        assertTrue(one(g, premier, DCTerms.source).getLiteralLexicalForm().startsWith("http"));
        Node span = one(g, premier, CRM.P4_has_time_span);
        assertEquals("1949–1976", one(g, span, RDFS.label).getLiteralLexicalForm());
        assertEquals("1949-01-01T00:00:00", one(g, span, CRM.P82a_begin_of_the_begin).getLiteralLexicalForm());
        assertEquals("1976-12-31T23:59:59", one(g, span, CRM.P82b_end_of_the_end).getLiteralLexicalForm());
    }

    @Test
    void aPersonWithoutDates_getsNone() throws Exception {
        Graph g = authorityGraph();
        Node zubok = IRIS.entity("person", "vladislav-zubok");
        assertFalse(g.contains(zubok, CRM.P98i_was_born.asNode(), Node.ANY));
        assertFalse(g.contains(zubok, CRM.P100i_died_in.asNode(), Node.ANY));
    }

    @Test
    void theAuthorityAndVocabularyGraphs_conformToTheShapesAndVocabularies() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.create();
        new Conversion(new ConversionSettings(BASE, TestFiles.AUTHORITY)).run(List.of(), StreamRDFLib.dataset(dsg));
        assertTrue(dsg.getGraph(IRIS.authorityGraph()).contains(ZHOU, CRM.P98i_was_born.asNode(), Node.ANY));
        ValidationReport report = new DatasetValidator().validate(dsg);
        assertTrue(report.conforms(), report::toText);
    }

    @Test
    void sameAuthority_givesTheSameTriplesInTheSameOrder() throws Exception {
        assertEquals(authorityGraph().find().toList().toString(), authorityGraph().find().toList().toString());
    }
}
