package org.archivelod.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.archivelod.vocab.SITE;

/**
 * The distinct statements of the subjects many graphs restate, as the load wrote them into the site graph
 * ({@code queries/aggregates/5-restated.ru}: {@code ?s site:restated [ site:property ?p ; site:value ?o ]}), read
 * by a front for a batch of subjects in one request: a few statements each, where the store would read one copy per
 * graph restating them (the software: one per document) to count them or to make them distinct. Which subjects are
 * restated, and how often, is read once per release ({@link #forget} starts again; 393 subjects at 3×10^4 documents,
 * a few KB), so that a batch without any costs no request; a subject not among them is read as before, and so is
 * every subject of a store whose site graph holds none (loaded by an older build, or small).
 *
 * <pre>{@code
 * RestatedStatements restated = new RestatedStatements(service, siteGraph, 50_000);
 * Map<Node, Restated> known = restated.of(subjects);   // only the restated ones: copies, statements
 * }</pre>
 */
final class RestatedStatements {
    private static final Query READ = QueryFactory.create("SELECT ?s ?p ?o { GRAPH ?site { ?s <" + SITE.restated.getURI()
            + "> ?statement . ?statement <" + SITE.property.getURI() + "> ?p ; <" + SITE.value.getURI() + "> ?o } }");
    private static final Query SUBJECTS = QueryFactory.create("SELECT ?s ?copies { GRAPH ?site { ?s <" + SITE.restatedIn.getURI()
            + "> ?copies } }");

    private final SparqlQuads service;
    private final Node site;
    private final int most;
    /** The restated subjects and how often each is typed: null until asked (once per release). */
    private volatile Map<Node, Long> restated;
    /** The statements read of restated subjects in this release, by subject (1,573 of 393 subjects at 3×10^4). */
    private volatile Map<Node, List<Quad>> read = new ConcurrentHashMap<>();

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

    /** The distinct statements of those of {@code subjects} that are restated (in the default graph), by subject. */
    Map<Node, List<Quad>> statementsOf(List<Node> subjects) {
        Map<Node, List<Quad>> statements = new LinkedHashMap<>();
        of(subjects).forEach((n, r) -> statements.put(n, r.statements()));
        return statements;
    }

    /**
     * Those of {@code subjects} that are restated, each with its statements in the default graph (the published union's);
     * the others are absent. Empty without a request when the site graph holds none. A subject's statements read once
     * in a release are kept, so that a page asking for them again (its batch, then its labels) costs no request.
     */
    Map<Node, Restated> of(List<Node> subjects) {
        Map<Node, Long> copies = subjects.isEmpty() ? Map.of() : restated();
        List<Node> asked = subjects.stream().filter(copies::containsKey).distinct().toList();
        if (asked.isEmpty()) return Map.of();
        Map<Node, List<Quad>> kept = read;
        List<Node> unread = asked.stream().filter(n -> !kept.containsKey(n)).toList();
        if (!unread.isEmpty()) {
            List<Quad> found = service.rows(ValuesQuery.of(READ, "s", unread), Map.of("site", site), most,
                    row -> Quad.create(Quad.defaultGraphIRI, row.get("s"), row.get("p"), row.get("o")));
            if (found == null) return Map.of();
            kept.putAll(CountedFetch.byNode(unread, found, Quad::getSubject));
        }
        Map<Node, Restated> restated = new LinkedHashMap<>();
        for (Node s : asked) {
            List<Quad> statements = kept.get(s);
            if (!statements.isEmpty()) restated.put(s, new Restated(copies.get(s), statements));
        }
        return restated;
    }

    /** Whether {@code subject} is restated (the list of them read once per release). */
    boolean restates(Node subject) {
        return restated().containsKey(subject);
    }

    /** The store holds a new release: its restated subjects are read again. */
    void forget() {
        restated = null;
        read = new ConcurrentHashMap<>();
    }

    private Map<Node, Long> restated() {
        Map<Node, Long> known = restated;
        if (known == null) {
            Map<Node, Long> read = new HashMap<>();
            service.rows(SUBJECTS, Map.of("site", site),
                    row -> read.put(row.get("s"), ((Number) row.get("copies").getLiteralValue()).longValue()));
            known = Map.copyOf(read);
            restated = known;
        }
        return known;
    }
}
