package org.archivelod.serve.reconcile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.archivelod.pipeline.Version;
import org.archivelod.uri.UriScheme;

/**
 * The service manifest {@code GET /reconcile} answers (reconciliation API 0.2 §3): ids are {@code kind/slug}, so that
 * {@code identifierSpace} + id is the entity's IRI ({@code {base}id/person/zhou-enlai}) and the view template opens its
 * page ({@code {base}page/person/zhou-enlai}); types and properties are ours ({@code person}, {@code date}…), under
 * {@code schemaSpace} {@code {base}reconcile/schema/}.
 */
public final class ServiceManifest {
    private ServiceManifest() {}

    public static ObjectNode of(String base) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode manifest = json.objectNode();
        manifest.putArray("versions").add("0.2");
        manifest.put("name", "Archive LOD: people, groups, places and documents of the letters");
        manifest.put("identifierSpace", UriScheme.at(base).idSpace());
        manifest.put("schemaSpace", base + "reconcile/schema/");
        manifest.put("serviceVersion", Version.get());
        manifest.putObject("view").put("url", UriScheme.at(base).pageSpace() + "{{id}}");
        var types = manifest.putArray("defaultTypes");
        EntityType.ALL.forEach(t -> types.addObject().put("id", t.id()).put("name", t.name()));
        ObjectNode suggest = manifest.putObject("suggest");
        for (String kind : new String[] {"entity", "type", "property"}) {
            suggest.putObject(kind).put("service_url", base + "reconcile").put("service_path", "/suggest/" + kind);
        }
        manifest.putObject("extend").putObject("propose_properties").put("service_url", base + "reconcile")
                .put("service_path", "/properties");
        manifest.putObject("preview").put("url", base + "reconcile/preview?id={{id}}").put("width", 400).put("height", 120);
        return manifest;
    }
}
