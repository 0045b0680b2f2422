package org.archivelod.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads of many nodes asked of a remote store together, in requests of bounded size: how many quads each node
 * has is counted first (a request per {@code nodesPerRequest} nodes), a node past the caller's bound is left out, and
 * the others' quads are asked at most {@code quadsPerRequest} at a time, then handed over node by node.
 *
 * <pre>{@code
 * CountedFetch fetch = new CountedFetch(service, query -> service.quads(query, Map.of(), 50_000), 250, 50_000);
 * fetch.subjects(nodes, 5_000, (node, quads) -> kept.put(node, quads));   // quads null: more than 5,000
 * }</pre>
 */
final class CountedFetch {
    /** How many quads each subject {@code ?s} (a VALUES block) has, wherever they are. */
    private static final Query COUNT_SUBJECTS = QueryFactory.create("SELECT ?s (COUNT(*) AS ?n) { GRAPH ?x { ?s ?y ?z } } GROUP BY ?s");
    /** How many quads point at each object {@code ?o} (a VALUES block), wherever they are. */
    private static final Query COUNT_OBJECTS = QueryFactory.create("SELECT ?o (COUNT(*) AS ?n) { GRAPH ?x { ?y ?z ?o } } GROUP BY ?o");
    private final SparqlQuads service;
    private final Function<Query, List<Quad>> ask;
    private final int nodesPerRequest;
    private final int quadsPerRequest;

    /** {@code ask} answers a query of quads ({@code ?g ?s ?p ?o}; null past {@code quadsPerRequest}). */
    CountedFetch(SparqlQuads service, Function<Query, List<Quad>> ask, int nodesPerRequest, int quadsPerRequest) {
        this.service = service;
        this.ask = ask;
        this.nodesPerRequest = nodesPerRequest;
        this.quadsPerRequest = quadsPerRequest;
    }

    /** For each of {@code nodes}: its quads as subject, or null when it has more than {@code most}. */
    void subjects(List<Node> nodes, int most, BiConsumer<Node, List<Quad>> found) {
        each(nodes, COUNT_SUBJECTS, most, "s", Quad::getSubject, found);
    }

    /** For each of {@code nodes}: the quads pointing at it, or null when there are more than {@code most}. */
    void objects(List<Node> nodes, int most, BiConsumer<Node, List<Quad>> found) {
        each(nodes, COUNT_OBJECTS, most, "o", Quad::getObject, found);
    }

    private void each(List<Node> nodes, Query counting, int most, String var, Function<Quad, Node> key, BiConsumer<Node, List<Quad>> found) {
        for (int from = 0; from < nodes.size(); from += nodesPerRequest) {
            List<Node> chunk = nodes.subList(from, Math.min(nodes.size(), from + nodesPerRequest));
            Map<Node, Long> counts = service.counts(counting, var, chunk);
            List<Node> asking = new ArrayList<>();
            long asked = 0;
            for (Node n : chunk) {
                long count = counts.getOrDefault(n, 0L);
                if (count > most) {
                    found.accept(n, null);
                } else if (count == 0) {
                    found.accept(n, List.of());
                } else {
                    if (asked + count > quadsPerRequest) {
                        deliver(asking, var, key, found);
                        asking = new ArrayList<>();
                        asked = 0;
                    }
                    asking.add(n);
                    asked += count;
                }
            }
            deliver(asking, var, key, found);
        }
    }

    private void deliver(List<Node> nodes, String var, Function<Quad, Node> key, BiConsumer<Node, List<Quad>> found) {
        if (nodes.isEmpty()) return;
        List<Quad> quads = ask.apply(ValuesQuery.of(service.anyGraph(), var, nodes));
        if (quads == null) {
            nodes.forEach(n -> found.accept(n, null));
            return;
        }
        byNode(nodes, quads, key).forEach(found);
    }

    /** {@code quads} by their node ({@code key}): every one of {@code nodes} first, in order (an empty list for none). */
    static Map<Node, List<Quad>> byNode(List<Node> nodes, List<Quad> quads, Function<Quad, Node> key) {
        Map<Node, List<Quad>> byNode = new LinkedHashMap<>();
        nodes.forEach(n -> byNode.put(n, new ArrayList<>()));
        quads.forEach(q -> byNode.computeIfAbsent(key.apply(q), k -> new ArrayList<>()).add(q));
        byNode.replaceAll((n, list) -> List.copyOf(list));
        return byNode;
    }
}
