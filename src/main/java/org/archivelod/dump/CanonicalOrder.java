package org.archivelod.dump;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.archivelod.uri.UriScheme;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The contents of a dataset in one fixed order (graph, subject, predicate, object, each compared by its
 * N-Triples form), so that the same data always gives the same bytes however it was loaded.
 */
public final class CanonicalOrder {
    /** Orders terms as their N-Triples text sorts; IRIs come before literals ({@code <} before {@code "}). */
    public static final Comparator<Node> NODES = Comparator.comparing(NodeFmtLib::strNT);

    private CanonicalOrder() {}

    /**
     * The graphs to write, one at a time: the default graph first (when it holds triples), then named graphs in order;
     * never the site graph, whose aggregates are computed from the data at each load, nor the release description (what
     * the dumps are of is not part of them): neither is published.
     */
    public static List<Node> graphNames(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> { if (!(g.isURI() && UriScheme.isBookkeepingGraph(g.getURI()))) names.add(g); });
        names.sort(NODES);
        if (!dataset.getDefaultGraph().isEmpty()) names.add(0, Quad.defaultGraphIRI);
        return names;
    }

    /** A triple with the N-Triples form of its terms, which is how it sorts and how it is written as N-Triples. */
    public record Statement(Triple triple, String subject, String predicate, String object) implements Comparable<Statement> {
        /** The N-Triples line, without its line end. */
        public String ntLine() {
            return subject + " " + predicate + " " + object + " .";
        }

        @Override
        public int compareTo(Statement other) {
            int c = subject.compareTo(other.subject);
            if (c == 0) c = predicate.compareTo(other.predicate);
            return c != 0 ? c : object.compareTo(other.object);
        }
    }

    /**
     * The statements of one graph of the dataset, sorted: only this graph is held in memory, and each term is put
     * in N-Triples form once (not at every comparison).
     */
    public static List<Statement> statements(DatasetGraph dataset, Node graph) {
        return sorted((Quad.isDefaultGraph(graph) ? dataset.getDefaultGraph() : dataset.getGraph(graph)).find());
    }

    /** {@code triples} (one graph's) as sorted statements. */
    public static List<Statement> sorted(Iterator<Triple> triples) {
        Map<Node, String> forms = new HashMap<>();
        Function<Node, String> form = n -> forms.computeIfAbsent(n, NodeFmtLib::strNT);
        List<Statement> statements = new ArrayList<>();
        triples.forEachRemaining(t ->
                statements.add(new Statement(t, form.apply(t.getSubject()), form.apply(t.getPredicate()), form.apply(t.getObject()))));
        Collections.sort(statements);
        return statements;
    }
}
