package org.archivelod.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.archivelod.vocab.SITE;

/**
 * The distinct statements of the subjects many graphs restate, as the load wrote them into the site graph
 * ({@code queries/aggregates/5-restated.ru}: {@code ?s site:restated [ site:property ?p ; site:value ?o ]}), read
 * by a front for a batch of subjects in one request: a few statements each, where the store would read one copy per
 * graph restating them (the software: one per document) to count them or to make them distinct. A subject that is
 * not among them is read as before. A store whose site graph holds none (loaded by an older build, or small) is
 * asked once per release whether it does ({@link #forget} starts again), and no more.
 *
 * <pre>{@code
 * RestatedStatements restated = new RestatedStatements(service, siteGraph, 50_000);
 * Map<Node, Restated> known = restated.of(subjects);   // only the restated ones: copies, statements
 * }</pre>
 */
final class RestatedStatements {
    private static final Query READ = QueryFactory.create("SELECT ?s ?p ?o ?copies { GRAPH ?site { ?s <" + SITE.restatedIn.getURI()
            + "> ?copies ; <" + SITE.restated.getURI() + "> ?statement . ?statement <" + SITE.property.getURI() + "> ?p ; <"
            + SITE.value.getURI() + "> ?o } }");
    private static final Query ANY = QueryFactory.create("ASK { GRAPH ?site { ?s <" + SITE.restated.getURI() + "> ?statement } }");

    private final SparqlQuads service;
    private final Node site;
    private final int most;
    /** Whether the site graph holds restated statements: null until asked (once per release). */
    private volatile Boolean present;

    /** Reads the site graph {@code site} of {@code service}, {@code most} statements at most a request. */
    RestatedStatements(SparqlQuads service, Node site, int most) {
        this.service = service;
        this.site = site;
        this.most = most;
    }

    /** A restated subject: about how many graphs restate it, and its distinct statements (in the default graph). */
    record Restated(long copies, List<Quad> statements) {
        /** About how many quads the store holds of it: a statement per copy. */
        long quads() {
            return copies * statements.size();
        }
    }

    /**
     * Those of {@code subjects} that are restated, each with its statements in the default graph (the published union's);
     * the others are absent. Empty without a request when the site graph holds none.
     */
    Map<Node, Restated> of(List<Node> subjects) {
        if (subjects.isEmpty() || !present()) return Map.of();
        Map<Node, Long> copies = new HashMap<>();
        List<Quad> found = service.rows(ValuesQuery.of(READ, "s", subjects), Map.of("site", site), most, row -> {
            copies.put(row.get("s"), ((Number) row.get("copies").getLiteralValue()).longValue());
            return Quad.create(Quad.defaultGraphIRI, row.get("s"), row.get("p"), row.get("o"));
        });
        if (found == null) return Map.of();
        Map<Node, Restated> restated = new LinkedHashMap<>();
        CountedFetch.byNode(subjects, found, Quad::getSubject).forEach((s, statements) -> {
            if (!statements.isEmpty()) restated.put(s, new Restated(copies.get(s), statements));
        });
        return restated;
    }

    /** The store holds a new release: whether it has restated statements is asked again. */
    void forget() {
        present = null;
    }

    private boolean present() {
        Boolean known = present;
        if (known == null) {
            known = service.ask(ANY, Map.of("site", site));
            present = known;
        }
        return known;
    }
}
