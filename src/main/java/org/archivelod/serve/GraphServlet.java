package org.archivelod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.archivelod.vocab.Prefixes;
import org.archivelod.uri.UriScheme;

/**
 * {@code GET /graph/{kind}/{slug}.{ttl|jsonld|nt|rdf|trig}}: a named graph of the store (one document's graph) in the
 * format of the extension, or by the Accept header without one ({@code Vary: Accept}); TriG keeps the graph name.
 * 404 for a graph the store does not hold.
 */
public final class GraphServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;

    public GraphServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DataRequest> asked = DataRequest.of(request, response, "Not a graph path.");
        if (asked.isEmpty()) {
            return;
        }
        Optional<DataFormat> format = asked.get().format();
        Node graph = NodeFactory.createURI(UriScheme.at(site.settings().base()).graph(asked.get().path().relative()));
        if (site.redirects().answerGraph(request, response, graph.getURI(), format.map(f -> "." + f.extension()).orElse(""))) {
            return;
        }
        DatasetGraph data = site.data();
        boolean exists = Txn.calculateRead(data, () -> data.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext());
        if (!exists) {
            site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
            return;
        }
        if (format.isEmpty()) {
            Negotiation.sendNotAcceptable(request, response, site.renderer(), DataFormat.offered(false),
                    Optional.of(Locations.encode(UriScheme.graphPath(asked.get().path().relative()))));
            return;
        }
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag("graph-" + format.get().extension()),
                release.loaded())) {
            return;
        }
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.prefixes().putAll(Prefixes.standard());
        Txn.executeRead(data, () -> data.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add));
        response.setHeader("Access-Control-Allow-Origin", "*");
        Responses.graph(response, format.get(), out, graph, site.settings().base());
    }
}
