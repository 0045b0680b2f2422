package org.archivelod.serve.http;

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
import org.archivelod.serve.site.ArchiveDocuments;
import org.archivelod.serve.site.Counted;
import org.archivelod.serve.site.DataFormat;
import org.archivelod.serve.site.Link;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.Prefixes;

/**
 * {@code GET /graph/{kind}/{slug}.{ttl|jsonld|nt|rdf|trig}}: a named graph of the store (one document's graph; or,
 * as {@code /graph/{name}}, one that no document owns, such as {@code /graph/authority}) in the
 * format of the extension, or by the Accept header without one ({@code Vary: Accept}); TriG keeps the graph name.
 * 404 for a graph the store does not hold. A browser asking for a document's graph without an extension (a link to
 * the graph's IRI, as in a query's results) is sent (303) to the page of the document the graph is about; for another
 * graph (the authority file's, the vocabularies') it gets a short page with the graph's size and downloads.
 */
public final class GraphServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;

    public GraphServlet(SiteContext site) {
        this.site = site;
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("/([a-z][a-z0-9-]{0,60})(?:\\.([a-z]{2,6}))?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.regex.Matcher whole = WHOLE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (whole.matches()) {
            sendWhole(request, response, whole.group(1), Optional.ofNullable(whole.group(2)));
            return;
        }
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
        Optional<Link> about = format.isEmpty() && Negotiation.acceptsHtml(request)
                ? Txn.calculateRead(data, () -> ArchiveDocuments.objects(data, graph, org.apache.jena.vocabulary.DCTerms.subject.asNode())
                        .stream().filter(Node::isURI).findFirst().map(d -> site.labels().link(d)).filter(Link::linked))
                : Optional.empty();
        if (about.isPresent() && !about.get().external()) {
            response.setHeader("Vary", "Accept");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", Locations.absolute(request, about.get().href()));
            return;
        }
        if (format.isEmpty() && Negotiation.acceptsHtml(request)) {
            sendPage(response, graph, UriScheme.graphPath(asked.get().path().relative()), SiteLanguage.of(request, response));
            return;
        }
        if (format.isEmpty()) {
            Negotiation.sendNotAcceptable(request, response, site.renderer(), DataFormat.offered(false),
                    Optional.of(Locations.encode(UriScheme.graphPath(asked.get().path().relative()))));
            return;
        }
        send(request, response, graph, format.get());
    }

    /** {@code /graph/authority}, {@code /graph/vocabulary.ttl}: a graph named by one word. */
    private void sendWhole(HttpServletRequest request, HttpServletResponse response, String name, Optional<String> extension)
            throws IOException {
        Node graph = NodeFactory.createURI(UriScheme.at(site.settings().base()).graph(name));
        DatasetGraph data = site.data();
        Optional<DataFormat> format = extension.flatMap(DataFormat::byExtension);
        if ((extension.isPresent() && format.isEmpty())
                || !Txn.calculateRead(data, () -> data.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext())) {
            site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
            return;
        }
        if (extension.isEmpty()) {
            response.setHeader("Vary", "Accept");
            if (Negotiation.acceptsHtml(request)) {
                sendPage(response, graph, UriScheme.graphPath(name), SiteLanguage.of(request, response));
                return;
            }
            format = Negotiation.choose(request, DataFormat.DATA_OFFER).flatMap(DataFormat::byMediaType);
            if (format.isEmpty()) {
                Negotiation.sendNotAcceptable(request, response, site.renderer(), DataFormat.offered(false),
                        Optional.of(UriScheme.graphPath(name)));
                return;
            }
        }
        send(request, response, graph, format.get());
    }

    private void send(HttpServletRequest request, HttpServletResponse response, Node graph, DataFormat format) throws IOException {
        DatasetGraph data = site.data();
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag("graph-" + format.extension()),
                release.loaded())) {
            return;
        }
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.prefixes().putAll(Prefixes.standard());
        Txn.executeRead(data, () -> data.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add));
        response.setHeader("Access-Control-Allow-Origin", "*");
        Responses.graph(response, format, out, graph, site.settings().base());
    }

    /** A page about a graph that no document owns: its size and its downloads. */
    private void sendPage(HttpServletResponse response, Node graph, String path, SiteLanguage language) throws IOException {
        DatasetGraph data = site.data();
        long size = Txn.calculateRead(data, () -> org.apache.jena.atlas.iterator.Iter.count(data.find(graph, Node.ANY, Node.ANY, Node.ANY)));
        String label = graph.getURI().substring(graph.getURI().lastIndexOf('/') + 1);
        java.util.Map<String, Object> scope = PageScope.of("Named graph " + label, language);
        scope.put("label", "Named graph “" + label + "”");
        scope.put("iri", graph.getURI());
        scope.put("size", Counted.of(size, "statement"));
        scope.put("formats", java.util.Arrays.stream(DataFormat.values()).map(f -> java.util.Map.of("href",
                Locations.encode(path) + "." + f.extension(), "mediaType", f.mediaType(), "extension", f.extension())).toList());
        response.setHeader("Vary", "Accept");
        site.renderer().send(response, HttpServletResponse.SC_OK, "graph", scope);
    }
}
