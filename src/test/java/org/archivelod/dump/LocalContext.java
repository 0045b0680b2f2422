package org.archivelod.dump;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Reads the tool's JSON-LD with Jena (titanium) without a network: the context's address ({@code …/context.jsonld}) is
 * answered with the published file from the classpath; any other address is refused.
 */
public final class LocalContext {
    private LocalContext() {}

    /** Titanium options whose document loader serves only the context. */
    public static JsonLdOptions options() {
        JsonLdOptions options = new JsonLdOptions((url, loaderOptions) -> {
            if (!url.toString().endsWith("/" + ContextJsonLd.PATH)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
            }
            return JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(ContextJsonLd.contextBytes()));
        });
        return options;
    }

    /** The triples of every graph of a JSON-LD text, as one graph. */
    public static Graph parse(String jsonld) {
        DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(jsonld.getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.JSONLD).context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options())).toDatasetGraph();
        Graph all = GraphFactory.createDefaultGraph();
        parsed.find().forEachRemaining(q -> all.add(q.asTriple()));
        return all;
    }
}
