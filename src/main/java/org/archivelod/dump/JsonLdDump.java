package org.archivelod.dump;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The JSON-LD dump, one graph at a time: Jena writes each graph as JSON-LD 1.1 (full IRIs, no context), and its
 * objects are copied into one top-level {@code @graph} array, so that memory holds one graph, not the dataset.
 */
final class JsonLdDump {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonGenerator json;

    /** Starts the document on {@code out}. */
    JsonLdDump(OutputStream out) throws IOException {
        json = JSON.getFactory().createGenerator(out);
        json.useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeArrayFieldStart("@graph");
    }

    /** Adds one graph, its statements in canonical order. */
    void graph(Node graph, List<CanonicalOrder.Statement> statements) throws IOException {
        for (JsonNode object : objects(graph, statements)) JSON.writeTree(json, object);
    }

    /** Ends the document. */
    void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    /** The top-level objects of one graph written alone: a named graph object, or the default graph's node objects. */
    private static Iterable<JsonNode> objects(Node graph, List<CanonicalOrder.Statement> statements) throws IOException {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        statements.forEach(s -> one.add(Quad.create(graph, s.triple())));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, one, RDFFormat.JSONLD11_PLAIN);
        JsonNode tree = JSON.readTree(bytes.toByteArray());
        if (tree.has("@graph")) return tree.get("@graph");
        return tree.isArray() ? tree : List.of(tree);
    }
}
