package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.archivelod.dump.ContextJsonLd;
import org.archivelod.serve.site.DataFormat;

/** Writing the common kinds of response body: short plain-text messages and RDF in a chosen format. */
public final class Responses {
    private Responses() {}

    public static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Writes {@code data} in {@code format}: every statement in one graph — for the quad formats (TriG, N-Quads) that is
     * the default graph, which is where linked-data clients look, with the named graphs the statements come from beside
     * it as their provenance.
     */
    public static void rdf(HttpServletResponse response, DataFormat format, DatasetGraph data) throws IOException {
        rendered(format, data).send(response);
    }

    /**
     * The description of {@code entity} in {@code format}, rendered once: JSON-LD with the published context, the entity
     * as its top node ({@link ContextJsonLd}); the other formats as {@link #rendered(DataFormat, DatasetGraph)}.
     */
    static RenderedCache.Rendered entity(DataFormat format, DatasetGraph data, Node entity, String base) {
        if (format != DataFormat.JSONLD) return rendered(format, data);
        List<Triple> triples = new ArrayList<>();
        data.find().forEachRemaining(q -> triples.add(q.asTriple()));
        return new RenderedCache.Rendered(format.mediaType() + ";charset=utf-8",
                ContextJsonLd.entity(triples, entity, ContextJsonLd.url(base)));
    }

    /** One named graph in {@code format}: JSON-LD with the published context, the others as {@link #rdf}. */
    public static void graph(HttpServletResponse response, DataFormat format, DatasetGraph data, Node graph, String base)
            throws IOException {
        if (format != DataFormat.JSONLD) {
            rdf(response, format, data);
            return;
        }
        new RenderedCache.Rendered(format.mediaType() + ";charset=utf-8",
                ContextJsonLd.graph(graph, data.getGraph(graph).find().toList(), ContextJsonLd.url(base))).send(response);
    }

    /** The description in {@code format}, rendered once (to be sent, and kept for the next request). */
    static RenderedCache.Rendered rendered(DataFormat format, DatasetGraph data) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Graph all = GraphFactory.createDefaultGraph();
        all.getPrefixMapping().setNsPrefixes(Prefixes.adapt(data.prefixes()));
        data.find().forEachRemaining(q -> all.add(q.asTriple()));
        if (format.isDataset()) {
            DatasetGraph withGraphs = DatasetGraphFactory.createGeneral();
            withGraphs.prefixes().putAll(data.prefixes());
            all.find().forEachRemaining(withGraphs.getDefaultGraph()::add);
            data.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph()) withGraphs.add(q);
            });
            RDFDataMgr.write(buffer, withGraphs, format.format());
        } else {
            RDFDataMgr.write(buffer, all, format.format());
        }
        return new RenderedCache.Rendered(format.mediaType() + ";charset=utf-8", buffer.toByteArray());
    }
}
