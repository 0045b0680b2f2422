package org.archivelod.store;

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
 * Map<Node, List<Quad>> known = restated.of(subjects);   // only the restated ones, as default-graph quads
 * }</pre>
 */
final class RestatedStatements {
    private static final Query READ = QueryFactory.create("SELECT ?s ?p ?o { GRAPH ?site { ?s <" + SITE.restated.getURI()
            + "> ?statement . ?statement <" + SITE.property.getURI() + "> ?p ; <" + SITE.value.getURI() + "> ?o } }");
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

    /**
     * The statements of those of {@code subjects} that are restated, each subject's in the default graph (the published
     * union's); the others are absent. Empty without a request when the site graph holds none.
     */
    Map<Node, List<Quad>> of(List<Node> subjects) {
        if (subjects.isEmpty() || !present()) return Map.of();
        List<Quad> found = service.quads(ValuesQuery.of(READ, "s", subjects), Map.of("site", site), most);
        if (found == null) return Map.of();
        Map<Node, List<Quad>> bySubject = CountedFetch.byNode(subjects, found, Quad::getSubject);
        bySubject.values().removeIf(List::isEmpty);
        return bySubject;
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
