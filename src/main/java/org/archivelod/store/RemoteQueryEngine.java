package org.archivelod.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.util.Context;

/**
 * Sends a whole query on the union view of a {@link RemoteDatasetGraph} to the remote store in one request, instead
 * of evaluating it here pattern by pattern (a round trip each): the store's engine joins, sorts and limits, and the
 * rows come back. The store must show the union of its named graphs as its default graph (Fuseki/TDB2 with
 * {@code unionDefaultGraph}, Virtuoso, QLever and Oxigraph with {@code --union-default-graph} do). CONSTRUCT and
 * ASK are sent as the SELECT of their pattern and finished here; DESCRIBE is answered here from the subject cache.
 */
final class RemoteQueryEngine implements QueryEngineFactory {
    private static final RemoteQueryEngine INSTANCE = new RemoteQueryEngine();
    private static volatile boolean registered;

    private RemoteQueryEngine() {}

    /** Registers the engine with ARQ, once. */
    static synchronized void register() {
        if (!registered) {
            QueryEngineRegistry.addFactory(INSTANCE);
            registered = true;
        }
    }

    private static RemoteDatasetGraph remote(DatasetGraph dataset) {
        return dataset instanceof DatasetGraphWrapper ? RemoteDatasetGraph.behind(dataset).orElse(null) : null;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return remote(dataset) != null && !query.isDescribeType() && !query.hasDatasetDescription();
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        RemoteDatasetGraph remote = remote(dataset);
        Query select = query.isSelectType() ? query : asSelect(query);
        QueryExecHTTPBuilder builder = SelectRequests.to(remote.queryService()).query(select);
        long timeout = timeoutMillis(context);
        if (timeout > 0) builder = builder.timeout(timeout, java.util.concurrent.TimeUnit.MILLISECONDS);
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            exec.select().forEachRemaining(rows::add);
        }
        remote.willRead(answered(rows));
        Op op = Algebra.compile(select);
        ExecutionContext cxt = ExecutionContext.create(dataset, context);
        return new PlanOp(op, null, QueryIterPlainWrapper.create(rows.iterator(), cxt));
    }

    /** The most things a query's answer may name for them all to be fetched at once (a page shows fewer). */
    static final int MOST_PREFETCHED = 2_000;

    /**
     * The IRIs the rows name, which the page that asked is about to read (a list's items, their documents): fetched
     * with a request per few hundred when the first is read ({@link RemoteDatasetGraph#willRead}) rather than one each; none for an answer
     * naming more than {@value #MOST_PREFETCHED}.
     */
    private static List<org.apache.jena.graph.Node> answered(List<Binding> rows) {
        java.util.Set<org.apache.jena.graph.Node> named = new java.util.LinkedHashSet<>();
        for (Binding row : rows) {
            row.forEach((var, value) -> {
                if (value.isURI()) named.add(value);
            });
            if (named.size() > MOST_PREFETCHED) return List.of();
        }
        return List.copyOf(named);
    }

    /** The SELECT of every variable of the pattern of a CONSTRUCT or ASK, with its modifiers. */
    private static Query asSelect(Query query) {
        Query select = query.cloneQuery();
        select.setQuerySelectType();
        select.setQueryResultStar(true);
        if (query.isAskType()) select.setLimit(1);
        return select;
    }

    private static long timeoutMillis(Context context) {
        Object timeout = context == null ? null : context.get(ARQ.queryTimeout);
        if (timeout instanceof Number n) return n.longValue();
        if (timeout instanceof String s) {
            try {
                return Long.parseLong(s.split(",")[0].trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        throw new UnsupportedOperationException("a remote store is asked whole queries");
    }
}
