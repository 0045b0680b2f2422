package org.archivelod.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.archivelod.vocab.Prefixes;

/**
 * Checks a graph against the SHACL shapes of the application profile ({@code ontology/shapes.ttl} on the
 * classpath). Each problem's message ends with the node shape and the constraint that raised it, e.g.
 * {@code (shape:DocumentShape, sh:MinCountConstraintComponent)}.
 *
 * <pre>{@code
 * List<Problem> problems = ShapesValidator.profile().validate(graph);
 * }</pre>
 */
public final class ShapesValidator {
    /** The classpath resource holding the profile's shapes. */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private static final Node SH_PROPERTY = NodeFactory.createURI(Prefixes.SH + "property");

    private final Shapes shapes;
    /** Each property shape to the node shape that holds it, so that problems name a node shape. */
    private final Map<Node, Node> owner = new HashMap<>();

    public ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        shapesGraph.find(Node.ANY, SH_PROPERTY, Node.ANY).forEach(t -> owner.put(t.getObject(), t.getSubject()));
    }

    /** The validator for the application profile; the shapes are parsed once. */
    public static ShapesValidator profile() {
        return Profile.INSTANCE;
    }

    /** The profile's shapes graph, as read from the classpath. */
    public static Graph profileShapesGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapesValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) throw new IllegalStateException("not on the classpath: " + SHAPES_RESOURCE);
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(SHAPES_RESOURCE, e);
        }
        return graph;
    }

    /** The shape problems of a graph; empty when it conforms. */
    public List<Problem> validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data).getEntries().stream().map(this::problem).toList();
    }

    /**
     * The shape problems of the given focus nodes only, read in {@code data} (which may hold more: what they point to);
     * each node is checked against the shapes that target it there.
     */
    public List<Problem> validate(Graph data, Collection<Node> focusNodes) {
        List<Problem> problems = new ArrayList<>();
        for (Node node : focusNodes) {
            ShaclValidator.get().validate(shapes, data, node).getEntries().forEach(e -> problems.add(problem(e)));
        }
        return problems;
    }

    private Problem problem(ReportEntry entry) {
        Path path = entry.resultPath();
        Node predicate = path instanceof P_Link link ? link.getNode() : null;
        String pathNote = path != null && predicate == null ? " (path " + path + ")" : "";
        // a constraint on the focus node itself (sh:class on a node shape) reports the node as its own value
        Node value = path == null && entry.focusNode().equals(entry.value()) ? null : entry.value();
        return new Problem(Problem.Kind.SHAPE, entry.focusNode(), predicate, value,
                entry.message() + pathNote + " (" + BriefTerms.brief(nodeShape(entry.source())) + ", "
                        + BriefTerms.brief(entry.sourceConstraintComponent()) + ")");
    }

    private Node nodeShape(Node source) {
        Node shape = source;
        for (int depth = 0; depth < 8 && owner.containsKey(shape); depth++) shape = owner.get(shape);
        return shape;
    }

    private static final class Profile {
        static final ShapesValidator INSTANCE = new ShapesValidator(profileShapesGraph());
    }
}
