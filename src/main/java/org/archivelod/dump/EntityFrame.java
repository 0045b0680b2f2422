package org.archivelod.dump;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Frames an entity's description (expanded JSON-LD, one node object per subject) around the entity: the entity is the
 * top node; every other node is written once, embedded at the first place it is reached breadth-first, following the
 * entity's properties (the things it points to, with their labels) and then, under {@code @reverse}, the nodes that
 * point to it (documents that refer to it, with their labels). A node reached neither way goes to {@code @included}.
 * Every statement of the input is kept, exactly once: the framed document states the same triples.
 */
final class EntityFrame {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ID = "@id";

    private EntityFrame() {}

    static ObjectNode frame(JsonNode expanded, String root) {
        Map<String, ObjectNode> byId = new TreeMap<>();
        for (JsonNode node : expanded) {
            if (node.has(ID) && !node.has("@graph")) byId.put(node.get(ID).asText(), (ObjectNode) node.deepCopy());
        }
        ObjectNode top = byId.containsKey(root) ? byId.remove(root) : NODES.objectNode().put(ID, root);
        Set<String> placed = new HashSet<>(Set.of(root));
        Deque<ObjectNode> queue = new ArrayDeque<>();
        queue.add(top);
        embed(queue, byId, placed);
        // the nodes that point to the entity, in IRI order, with the statement that points moved under @reverse
        ObjectNode reverse = NODES.objectNode();
        for (String id : new ArrayList<>(byId.keySet())) {
            ObjectNode node = byId.get(id);
            String property = pointingProperty(node, root);
            if (property == null) continue;
            byId.remove(id);
            placed.add(id);
            removeReference(node, property, root);
            ((ArrayNode) reverse.withArray(property)).add(node);
            queue.add(node);
            embed(queue, byId, placed);
        }
        if (!reverse.isEmpty()) top.set("@reverse", reverse);
        if (!byId.isEmpty()) {
            ArrayNode included = top.putArray("@included");
            for (String id : new ArrayList<>(byId.keySet())) {
                ObjectNode node = byId.remove(id);
                if (node == null) continue;
                placed.add(id);
                included.add(node);
                queue.add(node);
                embed(queue, byId, placed);
            }
        }
        return top;
    }

    /** Breadth-first from the queued nodes: each reference to a node not yet placed is replaced by that node. */
    private static void embed(Deque<ObjectNode> queue, Map<String, ObjectNode> byId, Set<String> placed) {
        while (!queue.isEmpty()) {
            ObjectNode node = queue.poll();
            List<String> properties = new ArrayList<>();
            node.fieldNames().forEachRemaining(properties::add);
            for (String property : properties) {
                if (property.startsWith("@")) continue;
                ArrayNode values = (ArrayNode) node.get(property);
                for (int i = 0; i < values.size(); i++) {
                    JsonNode v = values.get(i);
                    if (v.size() != 1 || !v.has(ID)) continue;
                    String id = v.get(ID).asText();
                    if (placed.contains(id) || !byId.containsKey(id)) continue;
                    ObjectNode target = byId.remove(id);
                    placed.add(id);
                    values.set(i, target);
                    queue.add(target);
                }
            }
        }
    }

    /** The first property (in key order) by which {@code node} points to {@code root}, or null. */
    private static String pointingProperty(ObjectNode node, String root) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (p.getKey().startsWith("@")) continue;
            for (JsonNode v : p.getValue()) {
                if (v.size() == 1 && v.has(ID) && v.get(ID).asText().equals(root)) return p.getKey();
            }
        }
        return null;
    }

    private static void removeReference(ObjectNode node, String property, String root) {
        ArrayNode values = (ArrayNode) node.get(property);
        for (int i = values.size() - 1; i >= 0; i--) {
            JsonNode v = values.get(i);
            if (v.size() == 1 && v.has(ID) && v.get(ID).asText().equals(root)) values.remove(i);
        }
        if (values.isEmpty()) node.remove(property);
    }
}
