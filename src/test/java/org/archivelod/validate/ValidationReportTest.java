package org.archivelod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
    private static final Node STALIN = NodeFactory.createURI("http://localhost:3030/id/person/stalin");
    private static final Node MAO = NodeFactory.createURI("http://localhost:3030/id/person/mao-zedong");

    private static final Problem RANGE = new Problem(Problem.Kind.RANGE, STALIN, CRM.P4_has_time_span.asNode(), MAO,
            "object is a crm:E21_Person, expected crm:E52_Time-Span");
    private static final Problem SHAPE = new Problem(Problem.Kind.SHAPE, STALIN, RDFS.label.asNode(), null,
            "a person has exactly one rdfs:label (shape:PersonShape, sh:MinCountConstraintComponent)");
    private static final Problem ON_MAO = new Problem(Problem.Kind.DOMAIN, MAO, CRM.P3_has_note.asNode(),
            NodeFactory.createLiteralString("x".repeat(100)), "subject is untyped (no rdf:type)");

    @Test
    void emptyReport_conforms() {
        ValidationReport report = ValidationReport.of(List.of());
        assertTrue(report.conforms());
        assertEquals("conforms: no problems\n", report.toText());
    }

    @Test
    void problems_areSortedByResourceThenKind_andDeduplicated() {
        List<Problem> shuffled = new ArrayList<>(List.of(RANGE, ON_MAO, SHAPE, RANGE));
        Collections.reverse(shuffled);
        ValidationReport report = ValidationReport.of(shuffled);
        assertFalse(report.conforms());
        assertEquals(List.of(ON_MAO, SHAPE, RANGE), report.problems());
        assertEquals(List.of(RANGE), report.problems(Problem.Kind.RANGE));
    }

    @Test
    void text_hasOneLinePerProblemNamingTheResource_andASummary() {
        String text = ValidationReport.of(List.of(RANGE, SHAPE, ON_MAO)).toText();
        String[] lines = text.split("\n");
        assertEquals(4, lines.length, text);
        assertTrue(lines[0].startsWith("domain: <http://localhost:3030/id/person/mao-zedong> crm:P3_has_note \"xxx"),
                lines[0]);
        assertTrue(lines[0].contains("…\":"), "long literals are shortened: " + lines[0]);
        assertEquals("shape: <http://localhost:3030/id/person/stalin> rdfs:label: a person has exactly one rdfs:label"
                + " (shape:PersonShape, sh:MinCountConstraintComponent)", lines[1]);
        assertEquals("range: <http://localhost:3030/id/person/stalin> crm:P4_has_time-span"
                + " <http://localhost:3030/id/person/mao-zedong>: object is a crm:E21_Person, expected crm:E52_Time-Span",
                lines[2]);
        assertEquals("does not conform: 3 problems (1 shape, 1 domain, 1 range)", lines[3]);
    }

    @Test
    void json_carriesFullIrisAndLiteralDetails() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ValidationReport.of(List.of(RANGE, ON_MAO)).toJson());
        assertFalse(json.get("conforms").asBoolean());
        JsonNode first = json.get("problems").get(0);
        assertEquals("domain", first.get("kind").asText());
        assertEquals(MAO.getURI(), first.get("focusNode").asText());
        assertEquals(CRM.P3_has_note.getURI(), first.get("path").asText());
        assertEquals("x".repeat(100), first.get("value").asText());
        assertEquals(XSD.xstring.getURI(), first.get("valueDatatype").asText());
        JsonNode second = json.get("problems").get(1);
        assertEquals(MAO.getURI(), second.get("value").asText());
        assertFalse(second.has("valueDatatype"));
    }

    @Test
    void json_ofAConformingReport_hasNoProblems() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ValidationReport.of(List.of()).toJson());
        assertTrue(json.get("conforms").asBoolean());
        assertEquals(0, json.get("problems").size());
    }
}
