package org.archivelod.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Pushes quads to a remote SPARQL 1.1 store over the Graph Store Protocol: each named graph is sent with one
 * PUT, so the remote store replaces every document graph as a unit.
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

    /** Collects the quads from {@code source} per graph, then PUTs each graph; returns the number of graphs sent. */
    public <E extends Exception> int load(DatasetLoader.QuadSource<E> source) throws E {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        source.sendTo(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                Node name = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
                graphs.computeIfAbsent(name, n -> GraphFactory.createDefaultGraph()).add(quad.asTriple());
            }

            @Override
            public void triple(Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }
        });
        try (RDFConnection connection = RDFConnection.connect(endpoint)) {
            graphs.forEach((name, graph) -> {
                if (Quad.isDefaultGraph(name)) {
                    connection.load(ModelFactory.createModelForGraph(graph));
                } else {
                    connection.put(name.getURI(), ModelFactory.createModelForGraph(graph));
                }
            });
        }
        return graphs.size();
    }
}
