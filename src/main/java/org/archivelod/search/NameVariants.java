package org.archivelod.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.vocab.CRM;

/**
 * Every name the authority data knows for each person, group, place and event: labels in every language,
 * alternative names, and the appellations it is identified by ("Zhou Enlai", "Chou En-lai", "周恩来"). Finds those
 * names in a search query, so that a query for one spelling also finds the others.
 */
public final class NameVariants {
    private static final List<Node> KINDS = List.of(CRM.E21_Person.asNode(), CRM.E74_Group.asNode(),
            CRM.E53_Place.asNode(), CRM.E5_Event.asNode());
    private static final int LONGEST_NAME = 10;

    /** A name found in a query: where it is (UTF-16 offsets), the entities it names, and all their names. */
    public record Found(int start, int end, String asTyped, Set<Node> entities, Set<String> variants) {}

    private final SearchAnalyzer analyzer;
    private final Map<Node, Set<String>> namesByEntity;
    private final Map<String, Set<Node>> entitiesByKey = new HashMap<>();

    private NameVariants(SearchAnalyzer analyzer, Map<Node, Set<String>> namesByEntity) {
        this.analyzer = analyzer;
        this.namesByEntity = namesByEntity;
        namesByEntity.forEach((entity, names) -> names.forEach(name -> {
            String key = analyzer.key(name);
            if (!key.isEmpty()) {
                entitiesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entity);
            }
        }));
    }

    /** Reads the names from {@code graph} (the union of the store's graphs); the caller holds a read transaction. */
    public static NameVariants read(Graph graph, SearchAnalyzer analyzer) {
        Map<Node, Set<String>> names = byIri();
        for (Node kind : KINDS) {
            graph.find(Node.ANY, RDF.type.asNode(), kind).forEachRemaining(t -> {
                Node entity = t.getSubject();
                Set<String> of = names.computeIfAbsent(entity, e -> new LinkedHashSet<>());
                literals(graph, entity, RDFS.label.asNode(), of);
                literals(graph, entity, SKOS.prefLabel.asNode(), of);
                literals(graph, entity, SKOS.altLabel.asNode(), of);
                graph.find(entity, CRM.P1_is_identified_by.asNode(), Node.ANY).forEachRemaining(id -> {
                    if (graph.contains(id.getObject(), RDF.type.asNode(), CRM.E41_Appellation.asNode())) {
                        literals(graph, id.getObject(), CRM.P190_has_symbolic_content.asNode(), of);
                    }
                });
            });
        }
        return new NameVariants(analyzer, names);
    }

    /** The names as {@link #byEntity} gave them (kept by {@link NamesFile}), in the same order. */
    static NameVariants of(Map<Node, Set<String>> byEntity, SearchAnalyzer analyzer) {
        Map<Node, Set<String>> names = byIri();
        names.putAll(byEntity);
        return new NameVariants(analyzer, names);
    }

    private static Map<Node, Set<String>> byIri() {
        return new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    }

    /** Every entity's names, by entity in IRI order. */
    Map<Node, Set<String>> byEntity() {
        return java.util.Collections.unmodifiableMap(namesByEntity);
    }

    private static void literals(Graph graph, Node subject, Node property, Set<String> into) {
        for (var it = graph.find(subject, property, Node.ANY); it.hasNext(); ) {
            Triple t = it.next();
            if (t.getObject().isLiteral() && !t.getObject().getLiteralLexicalForm().isBlank()) {
                into.add(t.getObject().getLiteralLexicalForm().strip());
            }
        }
    }

    /** All names of {@code entity}, the preferred first; empty for an entity the data does not name. */
    public Set<String> names(Node entity) {
        return namesByEntity.getOrDefault(entity, Set.of());
    }

    /** The names of {@code entities}, together. */
    public Set<String> names(Collection<Node> entities) {
        Set<String> all = new LinkedHashSet<>();
        entities.forEach(e -> all.addAll(names(e)));
        return all;
    }

    /** The known names in {@code query}, longest first at each place, left to right, never overlapping. */
    public List<Found> find(String query) {
        List<SearchAnalyzer.Token> tokens = analyzer.tokens(query);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int n = Math.min(LONGEST_NAME, tokens.size() - i); n > 0 && matched == 0; n--) {
                String key = String.join(" ", tokens.subList(i, i + n).stream().map(SearchAnalyzer.Token::term).toList());
                Set<Node> entities = entitiesByKey.get(key);
                if (entities != null) {
                    int start = tokens.get(i).start();
                    int end = tokens.get(i + n - 1).end();
                    found.add(new Found(start, end, query.substring(start, end), entities, names(entities)));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }
}
