package org.archivelod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

class VocabularyCheckerTest {
    private static final String STALIN = "http://localhost:3030/id/person/stalin";
    private final VocabularyChecker checker = new VocabularyChecker();

    @Test
    void conformingFixture_usesOnlyOfficialTermsWithFittingDomainsAndRanges() {
        List<Problem> problems = checker.check(DatasetValidator.union(Fixtures.conforming()));
        assertTrue(problems.isEmpty(), () -> ValidationReport.of(problems).toText());
    }

    @Test
    void misspeltCrmClass_isReportedOnTheResource_withASuggestion() {
        Problem problem = only(check("unknown-term"), "crm:E21_Persons");
        assertEquals(STALIN, problem.focusNode().getURI());
        assertEquals(RDF.type.asNode(), problem.path());
        assertEquals(CRM.NS + "E21_Persons", problem.value().getURI());
        assertEquals("crm:E21_Persons is not a term of CIDOC_CRM_v7.1.3.rdf; did you mean crm:E21_Person?",
                problem.message());
    }

    @Test
    void madeUpCrmProperty_isReportedOnTheResource_withoutADomainCheck() {
        List<Problem> problems = check("unknown-term");
        Problem problem = only(problems, "crm:P999_bogus");
        assertEquals(STALIN, problem.focusNode().getURI());
        assertEquals(CRM.NS + "P999_bogus", problem.path().getURI());
        assertNull(problem.value());
        assertTrue(problems.stream().allMatch(p -> p.kind() == Problem.Kind.UNKNOWN_TERM));
    }

    @Test
    void misspeltDublinCoreTerm_isReported() {
        Problem problem = only(check("unknown-term"), "dcterms:titel");
        assertTrue(problem.message().endsWith("did you mean dcterms:title?"), problem.message());
    }

    @Test
    void timeSpanOnAPerson_isADomainProblemNamingThePerson() {
        List<Problem> problems = check("domain");
        assertEquals(1, problems.size(), () -> ValidationReport.of(problems).toText());
        Problem problem = problems.get(0);
        assertEquals(Problem.Kind.DOMAIN, problem.kind());
        assertEquals(STALIN, problem.focusNode().getURI());
        assertEquals(CRM.P4_has_time_span.asNode(), problem.path());
        assertEquals("subject is a crm:E21_Person, expected crm:E2_Temporal_Entity"
                + " (the rdfs:domain of crm:P4_has_time-span)", problem.message());
    }

    @Test
    void personAsTimeSpan_isARangeProblem() {
        List<Problem> problems = check("range");
        Problem problem = only(problems, "crm:E52_Time-Span");
        assertEquals(Problem.Kind.RANGE, problem.kind());
        assertEquals("http://localhost:3030/id/document/x/creation", problem.focusNode().getURI());
        assertEquals(STALIN, problem.value().getURI());
        assertEquals("range: <http://localhost:3030/id/document/x/creation> crm:P4_has_time-span <" + STALIN
                + ">: object is a crm:E21_Person, expected crm:E52_Time-Span (the rdfs:range of crm:P4_has_time-span)",
                ValidationReport.line(problem));
    }

    @Test
    void resourceWhereALiteralIsExpected_isARangeProblem() {
        Problem problem = only(check("range"), "rdfs:Literal");
        assertEquals(CRM.P3_has_note.asNode(), problem.path());
        assertTrue(problem.message().startsWith("object is a resource, not a literal"), problem.message());
    }

    @Test
    void literalWhereAClassIsExpected_isARangeProblem() {
        Graph graph = GraphFactory.createDefaultGraph();
        Node creation = NodeFactory.createURI("http://localhost:3030/id/document/x/creation");
        graph.add(Triple.create(creation, RDF.type.asNode(), CRM.E65_Creation.asNode()));
        graph.add(Triple.create(creation, CRM.P4_has_time_span.asNode(), NodeFactory.createLiteralString("1950")));
        Problem problem = only(checker.check(graph), "crm:E52_Time-Span");
        assertTrue(problem.message().startsWith("object is a literal, expected crm:E52_Time-Span"), problem.message());
    }

    @Test
    void untypedObject_isARangeProblemSayingUntyped() {
        Problem problem = only(check("untyped"), "crm:E39_Actor");
        assertEquals(Problem.Kind.RANGE, problem.kind());
        assertEquals("http://localhost:3030/id/person/nobody", problem.value().getURI());
        assertTrue(problem.message().startsWith("object is untyped"), problem.message());
    }

    @Test
    void untypedSubject_isADomainProblem() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(NodeFactory.createURI(STALIN), CRM.P3_has_note.asNode(),
                NodeFactory.createLiteralString("a note")));
        Problem problem = only(checker.check(graph), "crm:E1_CRM_Entity");
        assertEquals(Problem.Kind.DOMAIN, problem.kind());
        assertTrue(problem.message().startsWith("subject is untyped"), problem.message());
    }

    @Test
    void termsOfTheOtherOfficialVocabularies_areKnown() {
        Graph graph = GraphFactory.createDefaultGraph();
        Node annotation = NodeFactory.createURI("http://localhost:3030/id/annotation/1");
        graph.add(Triple.create(annotation, RDF.type.asNode(), OA.Annotation.asNode()));
        graph.add(Triple.create(annotation, OA.motivatedBy.asNode(), OA.identifying.asNode()));
        graph.add(Triple.create(annotation, OA.hasBody.asNode(), NodeFactory.createURI(STALIN)));
        assertTrue(checker.check(graph).isEmpty());
        graph.add(Triple.create(annotation, NodeFactory.createURI(OA.NS + "hasTargets"), NodeFactory.createURI(STALIN)));
        assertEquals("oa:hasTargets is not a term of oa.ttl; did you mean oa:hasTarget?",
                checker.check(graph).get(0).message());
    }

    @Test
    void profileShapes_useOnlyOfficialTerms() {
        List<Problem> problems = checker.check(ShapesValidator.profileShapesGraph()).stream()
                .filter(p -> p.kind() == Problem.Kind.UNKNOWN_TERM).toList();
        assertTrue(problems.isEmpty(), () -> ValidationReport.of(problems).toText());
    }

    private List<Problem> check(String fixture) {
        return checker.check(DatasetValidator.union(Fixtures.read(Fixtures.DIR.resolve(fixture + "/input.trig"))));
    }

    private static Problem only(List<Problem> problems, String mentioned) {
        List<Problem> matching = problems.stream().filter(p -> p.message().contains(mentioned)).toList();
        assertEquals(1, matching.size(), () -> "one problem mentioning " + mentioned + " in\n"
                + ValidationReport.of(problems).toText());
        return matching.get(0);
    }
}
