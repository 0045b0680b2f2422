package org.archivelod.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.archivelod.uri.UriScheme;

/**
 * Pushes quads to a remote SPARQL 1.1 store over the Graph Store Protocol: each named graph is sent with one
 * PUT, so the remote store replaces every document graph as a unit. Graphs are streamed one at a time, so any
 * number of documents can be sent; the load as a whole is not atomic (each graph is). The site graph's aggregates
 * ({@link SiteAggregates}) are replaced at the end, with one SPARQL Update; last, the store's release description
 * ({@link StoreRelease}) is replaced, so fronts over the store pick up the new release with its aggregates.
 *
 * <pre>{@code
 * new RemoteStoreLoader("http://localhost:3030/ds").load(sink -> conversion.run(inputs, sink));
 * }</pre>
 */
public final class RemoteStoreLoader {
    private final String endpoint;

    public RemoteStoreLoader(String endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Sends the quads of {@code source} graph by graph: each graph is collected until the next one begins, then sent
     * with one PUT (a graph that comes back later in the input is added to with POST). Memory holds one graph at a
     * time. Returns the number of graphs sent.
     */
    public <E extends Exception> int load(DatasetLoader.QuadSource<E> source) throws E {
        try (RDFConnection connection = RDFConnection.connect(endpoint)) {
            GraphSender sender = new GraphSender(connection);
            source.sendTo(sender);
            sender.finish();
            SiteAggregates.refresh(new RemoteDatasetGraph(endpoint), connection);
            sender.base.ifPresent(base -> describeRelease(connection, base, sender.digest));
            return sender.sent.size();
        }
    }

    /**
     * Replaces the store's release description ({@link StoreRelease}) with that of this load, so that the fronts
     * over the store see a new release (a new ETag) with one small query.
     */
    private void describeRelease(RDFConnection connection, String base, StoreRelease.Digest digest) {
        Node graph = StoreRelease.graph(base);
        StoreRelease release = digest.release(previous(graph), Instant.now());
        connection.put(graph.getURI(), ModelFactory.createModelForGraph(release.describe(graph)));
    }

    /**
     * The release the store described before this load, when it answers queries at the Graph Store URL (Fuseki's
     * dataset URL does; Virtuoso's {@code /sparql-graph-crud} does not, and the new id then covers this load alone).
     */
    private Optional<StoreRelease> previous(Node graph) {
        try {
            return StoreRelease.read(endpoint, graph);
        } catch (org.apache.jena.query.QueryException | org.apache.jena.atlas.web.HttpException notAQueryService) {
            return Optional.empty();
        }
    }

    /** Collects one graph at a time and sends it when the next begins. */
    private static final class GraphSender extends StreamRDFBase {
        private final RDFConnection connection;
        private final Set<Node> sent = new HashSet<>();
        private final StoreRelease.Digest digest = new StoreRelease.Digest();
        /** The base the documents were minted under, read from the first document graph's name. */
        private Optional<String> base = Optional.empty();
        private Node current;
        private Graph graph = GraphFactory.createDefaultGraph();

        GraphSender(RDFConnection connection) {
            this.connection = connection;
        }

        @Override
        public void quad(Quad quad) {
            Node name = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
            if (!name.equals(current)) send();
            if (current == null && base.isEmpty() && name.isURI()) base = UriScheme.baseOfDocumentGraph(name.getURI());
            current = name;
            digest.add(quad);
            graph.add(quad.asTriple());
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void finish() {
            send();
        }

        private void send() {
            if (current == null) return;
            boolean first = sent.add(current);
            if (Quad.isDefaultGraph(current)) {
                connection.load(ModelFactory.createModelForGraph(graph));
            } else if (first) {
                connection.put(current.getURI(), ModelFactory.createModelForGraph(graph));
            } else {
                connection.load(current.getURI(), ModelFactory.createModelForGraph(graph));
            }
            graph = GraphFactory.createDefaultGraph();
            current = null;
        }
    }
}
