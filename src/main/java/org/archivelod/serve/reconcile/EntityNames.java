package org.archivelod.serve.reconcile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.store.ReconcileNames;
import org.archivelod.uri.UriScheme;

/**
 * The entities the service reconciles against, looked up in the name index the load wrote into the site graph
 * ({@link ReconcileNames}): those a key finds ({@code queries/site/reconcile-keyed.rq}) or one by its IRI
 * ({@code reconcile-entity.rq}), each one small query, so a request reads the entities it could match and no others,
 * however many the store holds. The entities of the keys asked last are kept (up to {@value #KEPT} in all) as long as
 * this object: one release of a read-only site, one request where SPARQL Update may change the data.
 */
public final class EntityNames {
    private static final long KEPT = 100_000;
    private final SiteAggregatesView aggregates;
    private final String space;
    private final Cache<String, List<Entity>> byKey;
    private final Cache<Node, Optional<Entity>> byIri;

    /** The names of the index {@code aggregates} reads, of the entities minted under {@code base}. */
    public EntityNames(SiteAggregatesView aggregates, String base) {
        this.aggregates = aggregates;
        this.space = UriScheme.at(base).idSpace();
        this.byKey = Caffeine.newBuilder().maximumWeight(KEPT).weigher((String k, List<Entity> v) -> v.size() + 1).build();
        this.byIri = Caffeine.newBuilder().maximumSize(KEPT).build();
    }

    /** The entities {@code key} ({@link ReconcileNames#wordKey} and the others) finds. */
    public List<Entity> byKey(String key) {
        return byKey.get(key, k -> aggregates.select("reconcile-keyed", Map.of("key", literal(k))).stream()
                .map(row -> entity(row.get("entity").asNode(), row)).flatMap(Optional::stream).toList());
    }

    public Optional<Entity> byIri(Node iri) {
        return byIri.get(iri, i -> aggregates.select("reconcile-entity", Map.of("entity", i)).stream().findFirst()
                .flatMap(row -> entity(i, row)));
    }

    private Optional<Entity> entity(Node iri, Map<String, RDFNode> row) {
        if (!iri.isURI() || !iri.getURI().startsWith(space)) return Optional.empty();
        Function<String, String> text = name -> row.get(name).asLiteral().getLexicalForm();
        return EntityType.byId(text.apply("kind")).map(type -> new Entity(iri, iri.getURI().substring(space.length()), type,
                text.apply("label"), ReconcileNames.decode(text.apply("names")),
                Optional.ofNullable(row.get("date")).map(d -> d.asLiteral().getLexicalForm())));
    }

    private static Node literal(String text) {
        return org.apache.jena.graph.NodeFactory.createLiteralString(text);
    }
}
