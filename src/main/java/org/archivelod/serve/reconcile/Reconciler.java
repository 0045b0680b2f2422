package org.archivelod.serve.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.serve.site.Correspondence;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.serve.site.SiteAggregatesView;

/**
 * Answers reconciliation queries against the store's entities ({@link EntityNames}): the candidates of the wanted
 * types that meet the property constraints, scored by {@link NameScore}, best first. A candidate is a {@code match}
 * when it is the only one named exactly (its label or another of its names as written, score 95 or more).
 *
 * <p>Properties: {@code date} (documents) holds when the document's {@code dcterms:date} starts with the value
 * ({@code 1950}, {@code 1950-10}, {@code 1950-10-07}); {@code correspondent} (people and groups) holds when the
 * candidate sent a letter to, or received one from, the value: an entity ({@code {"id": "person/stalin"}}) or a name
 * of one (equal with case and accents aside), as the sendings of correspondence state them
 * ({@code queries/correspondence-network.rq}).
 *
 * <p>Safe for use by several threads: the names are read at construction, the correspondents on first need.
 */
public final class Reconciler {
    public static final Set<String> PROPERTIES = Set.of("date", "correspondent");

    private final SiteAggregatesView aggregates;
    private final String base;
    private final EntityNames names;
    private volatile Map<Node, Set<Node>> correspondents;

    /**
     * A reconciler over the entities of {@code data} as they are now (read once), with the correspondence network of
     * the site graph's {@code aggregates}.
     */
    public Reconciler(DatasetGraph data, String base, SiteAggregatesView aggregates) {
        this.aggregates = aggregates;
        this.base = base;
        this.names = EntityNames.read(data, base);
    }

    /** A candidate with its name score, whether it is a certain match, and how each property constraint fared. */
    public record Candidate(Entity entity, int score, boolean match, Map<String, Boolean> properties) {}

    public EntityNames names() {
        return names;
    }

    public List<Candidate> answer(ReconcileQuery query) {
        List<Candidate> found = new ArrayList<>();
        for (Entity e : names.all()) {
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

    /** Those {@code entity} wrote to or received a letter from. */
    public Set<Node> correspondentsOf(Node entity) {
        return correspondents().getOrDefault(entity, Set.of());
    }

    /** Who wrote to or received a letter from whom, read on first need. */
    private Map<Node, Set<Node>> correspondents() {
        if (correspondents == null) {
            Map<Node, Set<Node>> map = new HashMap<>();
            Correspondence.of(aggregates).edges().forEach(edge -> {
                map.computeIfAbsent(edge.from(), k -> new HashSet<>()).add(edge.to());
                map.computeIfAbsent(edge.to(), k -> new HashSet<>()).add(edge.from());
            });
            correspondents = map;
        }
        return correspondents;
    }
}
