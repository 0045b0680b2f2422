package org.archivelod.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates a conversion one document at a time, so that memory holds one document's graph beside the shared graphs
 * (the concepts, the authority file) rather than the dataset: each document's statements are checked against the
 * shapes (for the nodes it describes) and the official vocabularies, read together with the shared graphs they point
 * into; the shared graphs themselves are checked once ({@link #validateShared()}). Statements about one node spread over
 * several documents are seen only by the whole-dataset {@link DatasetValidator} ({@code validate}, {@code serve}).
 * Thread-safe once built: documents may be validated in parallel.
 *
 * <pre>{@code
 * DocumentValidator check = new DocumentValidator(sharedQuads);
 * ValidationReport report = check.validate(documentQuads);
 * }</pre>
 */
public final class DocumentValidator {
    private final Graph shared;
    private final ShapesValidator shapes;
    private final VocabularyChecker vocabulary;

    /** A validator against the profile, with the statements every document may point into. */
    public DocumentValidator(Collection<Quad> sharedQuads) {
        this(sharedQuads, ShapesValidator.profile(), new VocabularyChecker());
    }

    public DocumentValidator(Collection<Quad> sharedQuads, ShapesValidator shapes, VocabularyChecker vocabulary) {
        this.shared = graphOf(sharedQuads);
        this.shapes = shapes;
        this.vocabulary = vocabulary;
    }

    /** The problems of the shared graphs on their own. */
    public ValidationReport validateShared() {
        return new DatasetValidator(shapes, vocabulary).validate(shared);
    }

    /** The problems of one document's statements, read with the shared graphs. */
    public ValidationReport validate(Collection<Quad> document) {
        Graph own = graphOf(document);
        Graph both = new Union(own, shared);
        Set<Node> described = new LinkedHashSet<>();
        own.find().forEach(t -> described.add(t.getSubject()));
        List<Problem> problems = new ArrayList<>(shapes.validate(both, described));
        problems.addAll(vocabulary.check(own, both));
        return ValidationReport.of(problems);
    }

    private static Graph graphOf(Collection<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return g;
    }
}
