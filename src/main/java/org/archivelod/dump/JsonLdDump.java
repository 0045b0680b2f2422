package org.archivelod.dump;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * The JSON-LD dump, one graph at a time, so that memory holds one graph, not the dataset: the published context stated
 * once, inline (the file reads without a network), then each graph compacted with it ({@link ContextJsonLd}: plain keys,
 * a named graph object with its nodes) as one entry of the top-level {@code @graph} array.
 */
final class JsonLdDump {
    private final JsonGenerator json;

    /** Starts the document on {@code out}. */
    JsonLdDump(OutputStream out) throws IOException {
        json = ContextJsonLd.mapper().getFactory().createGenerator(out);
        json.useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeFieldName("@context");
        ContextJsonLd.write(json, ContextJsonLd.contextObject());
        json.writeArrayFieldStart("@graph");
    }

    /** Adds one graph, its statements in canonical order. */
    void graph(Node graph, List<CanonicalOrder.Statement> statements) throws IOException {
        for (JsonNode object : ContextJsonLd.graphObjects(graph, statements)) ContextJsonLd.write(json, object);
    }

    /** Ends the document. */
    void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
