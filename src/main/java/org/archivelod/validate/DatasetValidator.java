package org.archivelod.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Validates data against the application profile: the SHACL shapes ({@link ShapesValidator}) and the official
 * vocabularies ({@link VocabularyChecker}), on the union of all graphs of a dataset (a document graph refers to
 * people and concepts described in other graphs).
 *
 * <pre>{@code
 * ValidationReport report = new DatasetValidator().validate(dataset);
 * if (!report.conforms()) System.err.print(report.toText());
 * }</pre>
 */
public final class DatasetValidator {
    private final ShapesValidator shapes;
    private final VocabularyChecker vocabulary;

    /** The profile's shapes and the official vocabularies. */
    public DatasetValidator() {
        this(ShapesValidator.profile(), new VocabularyChecker());
    }

    public DatasetValidator(ShapesValidator shapes, VocabularyChecker vocabulary) {
        this.shapes = shapes;
        this.vocabulary = vocabulary;
    }

    /** Validates the union of the default graph and all named graphs. */
    public ValidationReport validate(DatasetGraph dataset) {
        return validate(union(dataset));
    }

    /** Validates one graph. */
    public ValidationReport validate(Graph graph) {
        List<Problem> problems = new ArrayList<>(shapes.validate(graph));
        problems.addAll(vocabulary.check(graph));
        return ValidationReport.of(problems);
    }

    /** The triples of every graph of the dataset, in one graph, read inside a read transaction when needed. */
    static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        Runnable copy = () -> dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        if (dataset.supportsTransactions() && !dataset.isInTransaction()) Txn.executeRead(dataset, copy);
        else copy.run();
        return union;
    }
}
