package org.archivelod.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Loads quads into an {@link ArchiveStore} inside one write transaction: each named graph that the input
 * mentions replaces the stored graph of that name as a unit, and any error aborts, leaving the store as it was.
 *
 * <pre>{@code
 * new DatasetLoader(store).load(sink -> conversion.run(inputs, sink));
 * }</pre>
 */
public final class DatasetLoader {
    private final DatasetGraph dataset;

    public DatasetLoader(ArchiveStore store) {
        this.dataset = store.datasetGraph();
    }

    /** Where quads come from: a parser, a conversion, a list... */
    @FunctionalInterface
    public interface QuadSource<E extends Exception> {
        void sendTo(StreamRDF sink) throws E;
    }

    /**
     * Runs {@code source} against a sink that writes into the store; commits only if it returns normally,
     * otherwise aborts (the store keeps its previous state) and rethrows. Returns the number of quads loaded.
     */
    public <E extends Exception> long load(QuadSource<E> source) throws E {
        return load(source, false);
    }

    /**
     * Like {@link #load}, and also drops every named graph the source did not send, so that the store holds exactly
     * the source's graphs (a document removed from the data folder leaves the store too).
     */
    public <E extends Exception> long mirror(QuadSource<E> source) throws E {
        return load(source, true);
    }

    private <E extends Exception> long load(QuadSource<E> source, boolean dropOthers) throws E {
        dataset.begin(TxnType.WRITE);
        try {
            GraphReplacingSink sink = new GraphReplacingSink(dataset);
            sink.start();
            source.sendTo(sink);
            sink.finish();
            if (dropOthers) {
                List<Node> stale = new ArrayList<>();
                dataset.listGraphNodes().forEachRemaining(g -> { if (!sink.replaced.contains(g)) stale.add(g); });
                stale.forEach(g -> dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
            }
            dataset.commit();
            return sink.count;
        } finally {
            if (dataset.isInTransaction()) {
                dataset.abort();
            }
            dataset.end();
        }
    }

    /** Replaces the named graph {@code graphName} with {@code content}, in one transaction. */
    public void replaceGraph(Node graphName, Graph content) {
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            content.find().forEachRemaining(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** Clears each named graph the first time one of its quads arrives, then adds the quads. */
    private static final class GraphReplacingSink extends StreamRDFBase {
        private final DatasetGraph dataset;
        private final Set<Node> replaced = new HashSet<>();
        private long count;

        GraphReplacingSink(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            Node graph = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
            if (!quad.isDefaultGraph() && replaced.add(graph)) {
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
            dataset.add(graph, quad.getSubject(), quad.getPredicate(), quad.getObject());
            count++;
        }
    }
}
