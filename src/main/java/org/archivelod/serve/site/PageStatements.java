package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * The statements a page gathered from the store in a few bounded reads ({@link EntityListReads}), kept by subject and
 * property in the order the store gave them (each value once), for the page to assemble in Java: what a list's page
 * lists, a passage's source and quote, a document's title, label and date.
 */
final class PageStatements {
    private final Map<Node, Map<Node, Set<Node>>> bySubject = new LinkedHashMap<>();

    /** Adds {@code s p o} (again: no change). */
    void add(Node s, Node p, Node o) {
        bySubject.computeIfAbsent(s, k -> new LinkedHashMap<>()).computeIfAbsent(p, k -> new LinkedHashSet<>()).add(o);
    }

    /** The values of {@code p} on {@code s}, in the store's order. */
    List<Node> values(Node s, Node p) {
        return new ArrayList<>(bySubject.getOrDefault(s, Map.of()).getOrDefault(p, Set.of()));
    }

    /** The values of {@code p} on each of {@code subjects}, each once, in order: what a level reaches. */
    Set<Node> reached(Collection<Node> subjects, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        subjects.forEach(s -> out.addAll(values(s, p)));
        return out;
    }

    /** The first value of {@code p} on {@code s}. */
    Optional<Node> first(Node s, Node p) {
        return bySubject.getOrDefault(s, Map.of()).getOrDefault(p, Set.of()).stream().findFirst();
    }

    /** Whether {@code s p o} was gathered. */
    boolean has(Node s, Node p, Node o) {
        return bySubject.getOrDefault(s, Map.of()).getOrDefault(p, Set.of()).contains(o);
    }

    /** Everything gathered: subject → property → values in the store's order (for comparing two reads). */
    Map<Node, Map<Node, List<Node>>> asMap() {
        Map<Node, Map<Node, List<Node>>> out = new LinkedHashMap<>();
        bySubject.forEach((s, byProperty) -> byProperty.forEach((p, values) ->
                out.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(p, List.copyOf(values))));
        return out;
    }

    /** What a row about {@code document} prints, from its gathered title, label and date. */
    ArchiveDocuments.DocumentSummary summary(Node document) {
        return ArchiveDocuments.summary(document, ArchiveDocuments.preferred(values(document, DCTerms.title.asNode())),
                ArchiveDocuments.preferred(values(document, RDFS.label.asNode())),
                ArchiveDocuments.preferred(values(document, DCTerms.date.asNode())));
    }

    /** Of {@code nodes}, each node's statements through {@code properties} (the labels a page prints, read with it). */
    Map<Node, Map<Node, List<Node>>> about(Set<Node> nodes, List<Node> properties) {
        Map<Node, Map<Node, List<Node>>> out = new LinkedHashMap<>();
        for (Node n : nodes) {
            Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
            properties.forEach(p -> byProperty.put(p, values(n, p)));
            out.put(n, byProperty);
        }
        return out;
    }
}
