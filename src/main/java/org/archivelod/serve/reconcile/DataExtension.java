package org.archivelod.serve.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;

/**
 * Data extension (reconciliation API 0.2 §6): for reconciled ids, the values of {@code label}, {@code names} (the other
 * names), {@code sameAs} and {@code closeMatch} (external identifiers: the {@code owl:sameAs} and {@code skos:closeMatch}
 * IRIs), {@code date} (documents) and {@code correspondent} (entities, for a further reconciled column).
 */
public final class DataExtension {
    /** The properties offered, by id, with their names. */
    static final Map<String, String> PROPERTIES = properties();

    private final Reconciler reconciler;
    private final DatasetGraph data;

    public DataExtension(Reconciler reconciler, DatasetGraph data) {
        this.reconciler = reconciler;
        this.data = data;
    }

    private static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("label", "Label");
        p.put("names", "Other names");
        p.put("sameAs", "Same as (owl:sameAs)");
        p.put("closeMatch", "Close match (skos:closeMatch)");
        p.put("date", "Date (documents)");
        p.put("correspondent", "Correspondents (wrote to or received a letter from)");
        return p;
    }

    /** The properties proposed for {@code type} (an answer to {@code /reconcile/properties?type=}). */
    public static ObjectNode propose(EntityType type) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("type", type.id());
        ArrayNode list = answer.putArray("properties");
        PROPERTIES.forEach((id, name) -> {
            boolean fits = switch (id) {
                case "date" -> type.id().equals("document");
                case "correspondent" -> type.id().equals("person") || type.id().equals("group");
                default -> true;
            };
            if (fits) {
                list.addObject().put("id", id).put("name", name);
            }
        });
        return answer;
    }

    /** The answer to an {@code extend} request ({@code {"ids": [...], "properties": [{"id": ...}]}}). */
    public ObjectNode extend(JsonNode request, int maxIds) {
        if (!request.path("ids").isArray() || !request.path("properties").isArray()) {
            throw new IllegalArgumentException("extend needs ids and properties arrays");
        }
        if (request.get("ids").size() > maxIds) {
            throw new IllegalArgumentException("at most " + maxIds + " ids in one extend request");
        }
        List<String> pids = new ArrayList<>();
        for (JsonNode p : request.get("properties")) {
            String pid = p.path("id").asText();
            if (!PROPERTIES.containsKey(pid)) {
                throw new IllegalArgumentException("unknown property '" + pid + "' (known: " + String.join(", ", PROPERTIES.keySet()) + ")");
            }
            pids.add(pid);
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode meta = answer.putArray("meta");
        for (String pid : pids) {
            ObjectNode m = meta.addObject().put("id", pid).put("name", PROPERTIES.get(pid));
            if (pid.equals("correspondent")) {
                m.putObject("type").put("id", "person").put("name", "Person");
            }
        }
        ObjectNode rows = answer.putObject("rows");
        for (JsonNode id : request.get("ids")) {
            ObjectNode row = rows.putObject(id.asText());
            Optional<Entity> entity = reconciler.byId(id.asText());
            for (String pid : pids) {
                ArrayNode values = row.putArray(pid);
                entity.ifPresent(e -> values(e, pid, values));
            }
        }
        return answer;
    }

    private void values(Entity e, String pid, ArrayNode values) {
        switch (pid) {
            case "label" -> values.addObject().put("str", e.label());
            case "names" -> e.variants().forEach(v -> values.addObject().put("str", v));
            case "sameAs" -> iris(e.iri(), OWL.sameAs.asNode()).forEach(v -> values.addObject().put("str", v));
            case "closeMatch" -> iris(e.iri(), SKOS.closeMatch.asNode()).forEach(v -> values.addObject().put("str", v));
            case "date" -> e.date().ifPresent(d -> values.addObject().put("str", d));
            case "correspondent" -> reconciler.correspondentsOf(e.iri()).stream().map(reconciler.names()::byIri)
                    .flatMap(Optional::stream).sorted(java.util.Comparator.comparing(Entity::id))
                    .forEach(c -> values.addObject().put("id", c.id()).put("name", c.label()));
            default -> throw new IllegalArgumentException("unknown property " + pid);
        }
    }

    /** The IRIs {@code s p} names in any graph, sorted. */
    private TreeSet<String> iris(Node s, Node p) {
        return Txn.calculateRead(data, () -> {
            TreeSet<String> found = new TreeSet<>();
            data.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI()) {
                    found.add(q.getObject().getURI());
                }
            });
            return found;
        });
    }
}
