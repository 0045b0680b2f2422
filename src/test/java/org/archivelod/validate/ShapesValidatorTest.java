package org.archivelod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.archivelod.vocab.Prefixes;

/**
 * Every node shape in {@code ontology/shapes.ttl} has at least one fixture that fails it: a SPARQL Update
 * ({@code fixtures/validate/shapes/<ShapeName>[-case].ru}) that breaks the conforming dataset in one way.
 */
class ShapesValidatorTest {
    private static final Pattern SOURCE_SHAPE = Pattern.compile("\\(shape:(\\w+),");

    static Stream<Path> shapeFixtures() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.SHAPES)) {
            return files.filter(f -> f.toString().endsWith(".ru")).sorted().toList().stream();
        }
    }

    @Test
    void conformingFixture_passesEveryShape() {
        List<Problem> problems = validate(Fixtures.conforming());
        assertTrue(problems.isEmpty(), () -> ValidationReport.of(problems).toText());
    }

    @Test
    void everyNodeShape_hasAFailingFixture() throws IOException {
        Set<String> covered = shapeFixtures().map(ShapesValidatorTest::shapeOf).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(nodeShapes());
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "node shapes without a failing fixture: " + missing);
        assertTrue(nodeShapes().containsAll(covered), "fixtures for shapes that do not exist: " + covered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapeFixtures")
    void fixtureFailsItsShape_andNoOther(Path fixture) {
        List<Problem> problems = validate(Fixtures.conformingChangedBy(fixture));
        String shape = shapeOf(fixture);
        assertFalse(problems.isEmpty(), fixture + " should fail " + shape);
        Set<String> failed = problems.stream().map(ShapesValidatorTest::sourceShape).collect(Collectors.toSet());
        assertEquals(Set.of(shape), failed, () -> ValidationReport.of(problems).toText());
    }

    @Test
    void problem_namesTheResourceThePropertyAndTheShape() {
        Path fixture = Fixtures.SHAPES.resolve("PersonShape.ru");
        Problem problem = validate(Fixtures.conformingChangedBy(fixture)).get(0);
        assertEquals("http://localhost:3030/id/person/stalin", problem.focusNode().getURI());
        assertEquals("http://www.w3.org/2000/01/rdf-schema#label", problem.path().getURI());
        assertEquals(Problem.Kind.SHAPE, problem.kind());
        assertTrue(problem.message().startsWith("a person has exactly one rdfs:label (shape:PersonShape, "),
                problem.message());
    }

    private static List<Problem> validate(DatasetGraph dsg) {
        return ShapesValidator.profile().validate(DatasetValidator.union(dsg));
    }

    private static Set<String> nodeShapes() {
        Graph shapes = ShapesValidator.profileShapesGraph();
        Node nodeShape = NodeFactory.createURI(Prefixes.SH + "NodeShape");
        return shapes.find(Node.ANY, RDF.type.asNode(), nodeShape)
                .mapWith(t -> t.getSubject().getURI().substring(Prefixes.SHAPE.length())).toSet();
    }

    private static String shapeOf(Path fixture) {
        return fixture.getFileName().toString().replaceAll("[-.].*$", "");
    }

    private static String sourceShape(Problem problem) {
        Matcher m = SOURCE_SHAPE.matcher(problem.message());
        return m.find() ? m.group(1) : "(none) " + problem.message();
    }
}
