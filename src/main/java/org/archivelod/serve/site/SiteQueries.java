package org.archivelod.serve.site;

import org.archivelod.io.ClasspathFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.archivelod.store.ValuesQuery;

/**
 * The named queries the site's pages read the store through ({@code queries/site/*.rq} on the classpath, each read and
 * parsed once, when a page first asks for it, so a start reads none of them): SPARQL that a reader can run at
 * {@code /sparql} too, rather than code that walks the graph.
 */
public final class SiteQueries {
    private static final String FOLDER = "/queries/site/";
    private final Map<String, Query> byName = new ConcurrentHashMap<>();

    private SiteQueries() {}

    private static final SiteQueries SHARED = new SiteQueries();

    /** The site's queries, for every page that uses them. */
    public static SiteQueries shared() {
        return SHARED;
    }

    /** The rows of the SELECT query {@code name} over {@code store}'s query view (the union of its graphs). */
    public List<Map<String, RDFNode>> select(String name, DatasetGraph store) {
        return select(name, store, Map.of());
    }

    /** Like {@link #select(String, DatasetGraph)}, with variables bound to values (never spliced into the text). */
    public List<Map<String, RDFNode>> select(String name, DatasetGraph store, Map<String, org.apache.jena.graph.Node> bindings) {
        return select(query(name), store, bindings);
    }

    /**
     * Rows {@code offset + 1} to {@code offset + limit} of the SELECT query {@code name}, with variables bound: the
     * query's own order (none: the store's) cut by the store, which stops reading after the last row asked for.
     */
    public List<Map<String, RDFNode>> select(String name, DatasetGraph store, Map<String, org.apache.jena.graph.Node> bindings,
            long offset, long limit) {
        Query query = query(name).cloneQuery();
        query.setOffset(offset);
        query.setLimit(limit);
        return select(query, store, bindings);
    }

    /**
     * Like {@link #select(String, DatasetGraph, Map)}, for each of several {@code values} of the variable {@code var}
     * at once: a {@code VALUES} block ahead of the query's pattern, built as syntax (one request to a remote store).
     */
    public List<Map<String, RDFNode>> select(String name, DatasetGraph store, Map<String, org.apache.jena.graph.Node> bindings,
            String var, java.util.Collection<org.apache.jena.graph.Node> values) {
        Query query = ValuesQuery.of(query(name), var, values);
        return select(query, store, bindings);
    }

    private Query query(String name) {
        return byName.computeIfAbsent(name, SiteQueries::read);
    }

    /** The query {@code queries/site/{name}.rq} of the classpath, parsed. */
    private static Query read(String name) {
        if (name.contains("/")) throw new IllegalArgumentException("no site query " + name + " in queries/site/");
        String text = ClasspathFolders.text(FOLDER + name + ".rq")
                .orElseThrow(() -> new IllegalArgumentException("no site query " + name + " in queries/site/"));
        return QueryFactory.create(text);
    }

    private static List<Map<String, RDFNode>> select(Query query, DatasetGraph store, Map<String, org.apache.jena.graph.Node> bindings) {
        return Txn.calculateRead(store, () -> {
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            var builder = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store)).query(query);
            org.apache.jena.rdf.model.Model nodes = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            bindings.forEach((var, value) -> builder.substitution(var, nodes.asRDFNode(value)));
            try (QueryExecution exec = builder.build()) {
                ResultSet results = exec.execSelect();
                while (results.hasNext()) {
                    QuerySolution s = results.next();
                    Map<String, RDFNode> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v)));
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
