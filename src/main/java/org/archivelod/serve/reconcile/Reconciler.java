package org.archivelod.serve.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.store.ReconcileNames;
import org.archivelod.text.NameFolding;

/**
 * Answers reconciliation queries against the store's entities ({@link EntityNames}, the name index the load wrote): the
 * candidates of the wanted types that meet the property constraints, scored by {@link NameScore}, best first. A
 * candidate is a {@code match} when it is the only one named exactly (its label or another of its names as written,
 * score 95 or more).
 *
 * <p>Only the entities that can score are read: a name scores above 0 only when it is one of theirs as written or
 * shares a folded word with one of theirs, so the candidates of a query are those its name and its words find in the
 * index; a query without a name scores every entity alike, and its candidates are those its first constraint finds
 * (the documents whose date starts with the value; those who wrote to or heard from the value), since every
 * constraint must hold. What is then scored, filtered and sorted is the same as over every entity.
 *
 * <p>Properties: {@code date} (documents) holds when the document's {@code dcterms:date} starts with the value
 * ({@code 1950}, {@code 1950-10}, {@code 1950-10-07}); {@code correspondent} (people and groups) holds when the
 * candidate sent a letter to, or received one from, the value: an entity ({@code {"id": "person/stalin"}}) or a name
 * of one (equal with case and accents aside), as the sendings of correspondence state them
 * ({@code queries/correspondence-network.rq}), read from the site graph's correspondences
 * ({@code queries/site/correspondents.rq}) of one entity at a time.
 *
 * <p>Safe for use by several threads; what it reads is kept as long as it lives (one release, or one request).
 */
public final class Reconciler {
    public static final Set<String> PROPERTIES = Set.of("date", "correspondent");

    private final SiteAggregatesView aggregates;
    private final String base;
    private final EntityNames names;
    private final Map<Node, Set<Node>> correspondents = new java.util.concurrent.ConcurrentHashMap<>();

    /** A reconciler over the name index and the correspondences of the site graph {@code aggregates} reads. */
    public Reconciler(SiteAggregatesView aggregates, String base) {
        this.aggregates = aggregates;
        this.base = base;
        this.names = new EntityNames(aggregates, base);
    }

    /** A candidate with its name score, whether it is a certain match, and how each property constraint fared. */
    public record Candidate(Entity entity, int score, boolean match, Map<String, Boolean> properties) {}

    public EntityNames names() {
        return names;
    }

    public List<Candidate> answer(ReconcileQuery query) {
        List<Candidate> found = new ArrayList<>();
        for (Entity e : candidates(query)) {
            if (!query.types().isEmpty() && !query.types().contains(e.type())) {
                continue;
            }
            int score = query.query().map(e::score).orElse(50);
            if (score == 0) {
                continue;
            }
            Map<String, Boolean> properties = new LinkedHashMap<>();
            for (ReconcileQuery.Constraint c : query.constraints()) {
                properties.put(c.pid(), holds(c, e));
            }
            if (!properties.containsValue(false)) {
                found.add(new Candidate(e, score, false, properties));
            }
        }
        found.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparing(c -> c.entity().label())
                .thenComparing(c -> c.entity().id()));
        List<Candidate> exact = found.stream().filter(c -> c.score() >= NameScore.VARIANT).toList();
        List<Candidate> answer = new ArrayList<>();
        for (Candidate c : found.subList(0, Math.min(query.limit(), found.size()))) {
            boolean match = exact.size() == 1 && exact.get(0) == c;
            answer.add(new Candidate(c.entity(), c.score(), match, c.properties()));
        }
        return answer;
    }

    /** Every entity that may answer {@code query}, each once. */
    private Collection<Entity> candidates(ReconcileQuery query) {
        if (query.query().isPresent()) return named(query.query().get());
        Map<Node, Entity> found = new LinkedHashMap<>();
        ReconcileQuery.Constraint first = query.constraints().get(0);
        for (JsonNode v : first.values()) {
            switch (first.pid()) {
                case "date" -> {
                    if (!v.asText().isBlank()) {
                        names.byKey(ReconcileNames.dateKey(v.asText().strip())).forEach(e -> found.putIfAbsent(e.iri(), e));
                    }
                }
                case "correspondent" -> valued(v).forEach(c -> correspondentsOf(c.iri()).forEach(iri ->
                        names.byIri(iri).ifPresent(e -> found.putIfAbsent(iri, e))));
                default -> throw new IllegalArgumentException("unknown property " + first.pid());
            }
        }
        return found.values();
    }

    /** The entities {@code name} can score above 0 against: one of their names as written, or a word in common. */
    private Collection<Entity> named(String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (!NameFolding.spaced(name).isEmpty()) keys.add(ReconcileNames.nameKey(name));
        String folded = NameFolding.fold(name);
        if (!folded.isEmpty()) {
            for (String word : folded.split(" ")) keys.add(ReconcileNames.wordKey(word));
        }
        Map<Node, Entity> found = new LinkedHashMap<>();
        keys.forEach(k -> names.byKey(k).forEach(e -> found.putIfAbsent(e.iri(), e)));
        return found.values();
    }

    /** The entities a correspondent's value stands for: the one of that id, or those of that name. */
    private List<Entity> valued(JsonNode value) {
        if (value.isObject()) return byId(value.path("id").asText()).stream().toList();
        String name = value.asText();
        return named(name).stream().filter(c -> c.score(name) >= NameScore.FOLDED).toList();
    }

    /** Entities whose names start with {@code prefix} or have a word that does (case and accents aside). */
    public List<Entity> startingWith(String prefix) {
        String folded = NameFolding.fold(prefix);
        if (folded.isEmpty()) return List.of();
        return names.byKey(ReconcileNames.prefixKey(folded)).stream()
                .filter(e -> NameScore.startsWith(prefix, e.label(), e.variants())).toList();
    }

    private boolean holds(ReconcileQuery.Constraint constraint, Entity e) {
        return switch (constraint.pid()) {
            case "date" -> e.date().isPresent() && constraint.values().stream()
                    .anyMatch(v -> !v.asText().isBlank() && e.date().get().startsWith(v.asText().strip()));
            case "correspondent" -> constraint.values().stream().anyMatch(v -> wroteWith(e, v));
            default -> throw new IllegalArgumentException("unknown property " + constraint.pid());
        };
    }

    private boolean wroteWith(Entity e, JsonNode value) {
        Set<Node> theirs = correspondentsOf(e.iri());
        if (value.isObject()) {
            return byId(value.path("id").asText()).map(c -> theirs.contains(c.iri())).orElse(false);
        }
        String name = value.asText();
        return theirs.stream().map(names::byIri).flatMap(Optional::stream).anyMatch(c -> c.score(name) >= NameScore.FOLDED);
    }

    /**
     * The entity with the id {@code kind/slug} (as given, or with its characters outside ASCII not yet
     * percent-encoded, as a URL's query parameter arrives), or with the IRI {@code id}.
     */
    public Optional<Entity> byId(String id) {
        if (id.startsWith("http://") || id.startsWith("https://")) {
            return names.byIri(NodeFactory.createURI(id));
        }
        return EntityPath.parse("/" + id).flatMap(path -> names.byIri(NodeFactory.createURI(path.iri(base))));
    }

    /** Those {@code entity} wrote to or received a letter from: its correspondences in the site graph. */
    public Set<Node> correspondentsOf(Node entity) {
        return correspondents.computeIfAbsent(entity, e -> {
            Set<Node> theirs = new LinkedHashSet<>();
            aggregates.select("correspondents", Map.of("person", e)).forEach(row -> {
                Node from = row.get("from").asNode();
                Node to = row.get("to").asNode();
                if (from.equals(e)) theirs.add(to);
                if (to.equals(e)) theirs.add(from);
            });
            return Set.copyOf(theirs);
        });
    }
}
