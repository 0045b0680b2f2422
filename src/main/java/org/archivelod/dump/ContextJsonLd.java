package org.archivelod.dump;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.compaction.Compaction;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.rdf.Rdf;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfResource;
import com.apicatalog.rdf.RdfValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * JSON-LD with the published context ({@code ontology/context.jsonld}, served at {@code {base}context.jsonld}): plain
 * keys ({@code identified_by}, {@code carried_out_by}, {@code label}), IRIs as strings, labels as language maps, dates and
 * offsets typed. An entity's description has the entity as its top node, the things it points to embedded where it
 * points to them and the things pointing to it under {@code @reverse} ({@link EntityFrame}); a dump's graph is a named
 * graph object whose nodes are listed flat. Statements go in sorted, keys come out in a fixed order: the same data
 * gives the same bytes.
 *
 * <pre>{@code
 * byte[] json = ContextJsonLd.entity(description.find().toList(), entity, ContextJsonLd.url(base));
 * }</pre>
 */
public final class ContextJsonLd {
    /** Where the context is on the classpath (and in the repository, under {@code ontology/}). */
    public static final String RESOURCE = "ontology/context.jsonld";
    /** Its path under the site's base. */
    public static final String PATH = "context.jsonld";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] CONTEXT = read();
    private static final JsonNode CONTEXT_OBJECT = parse(CONTEXT).get("@context");

    private ContextJsonLd() {}

    /** The context file's bytes, as published. */
    public static byte[] contextBytes() {
        return CONTEXT.clone();
    }

    /** The context's address on a site whose base is {@code base}. */
    public static String url(String base) {
        return base + PATH;
    }

    /** The IRIs the context gives a key to (properties and classes, and rdf:type for its {@code @type} alias), in full. */
    public static List<String> termIris() {
        List<String> out = new ArrayList<>();
        if ("@type".equals(CONTEXT_OBJECT.path("type").asText())) out.add(org.apache.jena.vocabulary.RDF.type.getURI());
        for (Iterator<Map.Entry<String, JsonNode>> it = CONTEXT_OBJECT.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> term = it.next();
            JsonNode definition = term.getValue();
            String iri = definition.isTextual() ? definition.asText() : definition.path("@id").asText("");
            if (term.getKey().startsWith("@") || iri.startsWith("@") || iri.endsWith("/") || iri.endsWith("#")) continue;
            out.add(expand(iri));
        }
        return out;
    }

    private static String expand(String curie) {
        int colon = curie.indexOf(':');
        JsonNode prefix = colon < 0 ? null : CONTEXT_OBJECT.get(curie.substring(0, colon));
        return prefix != null && prefix.isTextual() ? prefix.asText() + curie.substring(colon + 1) : curie;
    }

    /**
     * The description of {@code root} (its triples, in any order) as a JSON-LD document whose top node is {@code root},
     * with {@code "@context": contextUrl}.
     */
    public static byte[] entity(List<Triple> triples, Node root, String contextUrl) {
        List<CanonicalOrder.Statement> sorted = CanonicalOrder.sorted(triples.iterator());
        JsonArray expanded = fromRdf(sorted.stream().map(s -> Quad.create(Quad.defaultGraphIRI, s.triple())).toList());
        JsonNode framed = EntityFrame.frame(parse(utf8(expanded.toString())), root.getURI());
        ObjectNode out = JSON.createObjectNode();
        out.put("@context", contextUrl);
        ObjectNode compacted = compact(framed.toString());
        compacted.remove("@context");
        out.setAll(compacted);
        return bytes(ordered(out));
    }

    /**
     * One graph of a dump, compacted with the context: the named graph object ({@code id} and its nodes in
     * {@code @graph}), or the default graph's nodes; without {@code @context}, which the dump states once.
     */
    static List<JsonNode> graphObjects(Node graph, List<CanonicalOrder.Statement> statements) {
        JsonArray expanded = fromRdf(statements.stream().map(s -> Quad.create(graph, s.triple())).toList());
        ObjectNode compacted = compact(expanded);   // as it is: no text between the two steps
        compacted.remove("@context");
        if (compacted.has("@graph") && !compacted.has("id")) {
            List<JsonNode> nodes = new ArrayList<>();
            compacted.get("@graph").forEach(n -> nodes.add(ordered(n)));
            return nodes;
        }
        return compacted.isEmpty() ? List.of() : List.of(ordered(compacted));
    }

    /** One named graph as a JSON-LD document with {@code "@context": contextUrl}: the graph object and its nodes. */
    public static byte[] graph(Node graph, List<Triple> triples, String contextUrl) {
        ObjectNode out = JSON.createObjectNode();
        out.put("@context", contextUrl);
        List<JsonNode> objects = graphObjects(graph, CanonicalOrder.sorted(triples.iterator()));
        if (objects.size() == 1 && objects.get(0).has("id")) {
            out.setAll((ObjectNode) objects.get(0));
        } else {
            out.putArray("@graph").addAll(objects);
        }
        return bytes(ordered(out));
    }

    /** The context object itself, to state inline (in a dump, which must read without a network). */
    static JsonNode contextObject() {
        return CONTEXT_OBJECT.deepCopy();
    }

    /** Writes {@code json} indented, as the tool writes every JSON-LD file. */
    static void write(JsonGenerator out, JsonNode json) throws IOException {
        JSON.writeTree(out, json);
    }

    static ObjectMapper mapper() {
        return JSON;
    }

    private static JsonArray fromRdf(List<Quad> quads) {
        RdfDataset dataset = Rdf.createDataset();
        for (Quad q : quads) {
            RdfResource g = q.isDefaultGraph() ? null : resource(q.getGraph());
            dataset.add(Rdf.createNQuad(resource(q.getSubject()), resource(q.getPredicate()), value(q.getObject()), g));
        }
        try {
            return JsonLd.fromRdf(RdfDocument.of(dataset)).ordered(true).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /**
     * Compacts expanded JSON-LD with the context. The context is processed once per thread and kept (with the inverse
     * context titanium builds from it on first use): the input is already expanded, so titanium's compaction step is
     * run on it directly, as {@code JsonLd.compact} does after expanding.
     */
    private static ObjectNode compact(String expanded) {
        try {
            return compact(JsonDocument.of(new ByteArrayInputStream(utf8(expanded))).getJsonContent().orElseThrow());
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact JSON-LD: " + e.getMessage(), e);
        }
    }

    private static ObjectNode compact(JsonValue input) {
        try {
            JsonValue compacted = Compaction.with(ACTIVE_CONTEXT.get()).compactArrays(true).ordered(true).compact(input);
            ObjectNode out = JSON.createObjectNode();
            if (compacted == null || compacted.getValueType() == JsonValue.ValueType.NULL) return out;
            JsonNode tree = parse(utf8(compacted.toString()));
            if (tree.isArray()) {
                if (!tree.isEmpty()) out.set("@graph", tree);
                return out;
            }
            return (ObjectNode) tree;
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact JSON-LD: " + e.getMessage(), e);
        }
    }

    private static final ThreadLocal<ActiveContext> ACTIVE_CONTEXT = ThreadLocal.withInitial(() -> {
        try {
            JsonValue context = JsonDocument.of(new ByteArrayInputStream(CONTEXT)).getJsonContent().orElseThrow()
                    .asJsonObject().get("@context");
            return new ActiveContext(ProcessingRuntime.of(new JsonLdOptions())).newContext().create(context, null);
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    });

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RdfResource resource(Node n) {
        return n.isBlank() ? Rdf.createBlankNode("_:" + n.getBlankNodeLabel()) : Rdf.createIRI(n.getURI());
    }

    private static RdfValue value(Node n) {
        if (!n.isLiteral()) return resource(n);
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) return Rdf.createLangString(n.getLiteralLexicalForm(), lang);
        return Rdf.createTypedString(n.getLiteralLexicalForm(), n.getLiteralDatatypeURI());
    }

    /** {@code json} with the keys of every object in a fixed order: {@code @context}, {@code id}, {@code type}, the rest. */
    static JsonNode ordered(JsonNode json) {
        if (json.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            json.forEach(v -> out.add(ordered(v)));
            return out;
        }
        if (!json.isObject()) return json;
        ObjectNode out = JSON.createObjectNode();
        for (String first : List.of("@context", "id", "type")) {
            if (json.has(first)) out.set(first, first.equals("@context") ? json.get(first) : ordered(json.get(first)));
        }
        List<String> rest = new ArrayList<>();
        json.fieldNames().forEachRemaining(rest::add);
        rest.sort((a, b) -> {
            boolean ka = a.startsWith("@"), kb = b.startsWith("@");
            return ka != kb ? (ka ? 1 : -1) : a.compareTo(b);
        });
        for (String key : rest) {
            if (!out.has(key)) out.set(key, ordered(json.get(key)));
        }
        return out;
    }

    private static byte[] bytes(JsonNode json) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, json);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read() {
        try (InputStream in = ContextJsonLd.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
