package org.archivelod.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/**
 * The class hierarchy and the declared rdfs:domain / rdfs:range of the official CIDOC-CRM RDFS, for checking
 * that the subject and object of each crm: property have fitting types.
 */
public final class CrmSchema {
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Map<Node, Node> domains = new HashMap<>();
    private final Map<Node, Node> ranges = new HashMap<>();
    private final Map<Node, Set<Node>> closures = new ConcurrentHashMap<>();

    /** Reads the hierarchy, domains and ranges from the official CRM graph. */
    public CrmSchema(Graph crm) {
        crm.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(t ->
                superClasses.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        crm.find(Node.ANY, RDFS.domain.asNode(), Node.ANY).forEach(t -> domains.put(t.getSubject(), t.getObject()));
        crm.find(Node.ANY, RDFS.range.asNode(), Node.ANY).forEach(t -> ranges.put(t.getSubject(), t.getObject()));
    }

    /** The property's own rdfs:domain, or null if it declares none. */
    public Node domain(Node property) { return domains.get(property); }

    /** The property's own rdfs:range, or null if it declares none. */
    public Node range(Node property) { return ranges.get(property); }

    /** The class and all its super-classes (transitively); a class the schema does not know gives itself only. */
    public Set<Node> superClassesOf(Node type) {
        return closures.computeIfAbsent(type, this::closure);
    }

    /** Whether any of the types is the class or one of its sub-classes; rdfs:Resource holds for anything. */
    public boolean anyIsA(Set<Node> types, Node cls) {
        if (cls.equals(RDFS.Resource.asNode())) return true;
        return types.stream().anyMatch(t -> superClassesOf(t).contains(cls));
    }

    private Set<Node> closure(Node type) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(type);
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            if (seen.add(next)) superClasses.getOrDefault(next, Set.of()).forEach(todo::push);
        }
        return Set.copyOf(seen);
    }
}
