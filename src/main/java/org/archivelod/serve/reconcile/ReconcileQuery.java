package org.archivelod.serve.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One query of a batch (reconciliation API 0.2 §4): the name to match, the types to keep (none: every type), how many
 * candidates to return, and property constraints every candidate must meet.
 */
public record ReconcileQuery(Optional<String> query, List<EntityType> types, int limit, List<Constraint> constraints) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    /** A property constraint: the property id ({@code date}, {@code correspondent}) and the values, any of which may hold. */
    public record Constraint(String pid, List<JsonNode> values) {}

    /** Reads one query object; an {@link IllegalArgumentException} says what is wrong with it, for a 400. */
    public static ReconcileQuery parse(String key, JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("query " + key + " is not an object");
        }
        Optional<String> query = Optional.ofNullable(json.get("query")).map(JsonNode::asText).filter(q -> !q.isBlank());
        List<EntityType> types = new ArrayList<>();
        JsonNode type = json.get("type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                types.add(EntityType.byId(t.asText()).orElseThrow(() -> new IllegalArgumentException(
                        "query " + key + ": unknown type '" + t.asText() + "' (known: person, group, place, document)")));
            }
        }
        int limit = DEFAULT_LIMIT;
        if (json.has("limit")) {
            if (!json.get("limit").isNumber() || json.get("limit").asInt() < 1) {
                throw new IllegalArgumentException("query " + key + ": limit must be a positive number");
            }
            limit = Math.min(json.get("limit").asInt(), MAX_LIMIT);
        }
        List<Constraint> constraints = new ArrayList<>();
        JsonNode properties = json.get("properties");
        if (properties != null) {
            if (!properties.isArray()) {
                throw new IllegalArgumentException("query " + key + ": properties must be an array");
            }
            for (JsonNode p : properties) {
                String pid = p.path("pid").asText();
                if (!Reconciler.PROPERTIES.contains(pid)) {
                    throw new IllegalArgumentException("query " + key + ": unknown property '" + pid
                            + "' (known: date, for documents; correspondent, for people and groups)");
                }
                JsonNode v = p.get("v");
                if (v == null) {
                    throw new IllegalArgumentException("query " + key + ": property " + pid + " has no value v");
                }
                List<JsonNode> values = new ArrayList<>();
                (v.isArray() ? v : List.of(v)).forEach(values::add);
                constraints.add(new Constraint(pid, values));
            }
        }
        if (query.isEmpty() && constraints.isEmpty()) {
            throw new IllegalArgumentException("query " + key + " has neither a query nor properties");
        }
        return new ReconcileQuery(query, List.copyOf(types), limit, List.copyOf(constraints));
    }
}
