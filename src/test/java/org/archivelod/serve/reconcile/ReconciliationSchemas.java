package org.archivelod.serve.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.List;

/**
 * The W3C reconciliation API 0.2 JSON Schemas (src/test/resources/reconciliation-0.2/, see SOURCES.md there), read
 * as draft-07 with their {@code $id}s resolved to the copies on the classpath: nothing is fetched.
 */
public final class ReconciliationSchemas {
    private static final String SPACE = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
            // the schemas name the unversioned meta-schema; they use draft-06/07 keywords ($id, contains)
            .metaSchema(JsonMetaSchema.builder("http://json-schema.org/schema#", JsonMetaSchema.getV7()).build())
            .metaSchema(JsonMetaSchema.builder("http://json-schema.org/schema", JsonMetaSchema.getV7()).build())
            .schemaMappers(m -> m.mapPrefix(SPACE, "classpath:reconciliation-0.2/")
                    .mapPrefix("http://swagger.io/v2/schema.json", "classpath:reconciliation-0.2/openapi.json")));

    private ReconciliationSchemas() {}

    /** The problems of {@code json} against the schema file {@code name} (e.g. {@code manifest.json}); none when valid. */
    public static List<String> problems(String name, String json) throws IOException {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(SPACE + name));
        JsonNode node = JSON.readTree(json);
        return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
