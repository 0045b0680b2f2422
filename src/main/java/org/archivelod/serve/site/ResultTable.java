package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The answer to a query as a table a reader can follow: one column per variable (or subject, predicate, object
 * for CONSTRUCT and DESCRIBE), each cell the label of the term linked to its page.
 */
public record ResultTable(List<String> columns, List<Row> rows) {
    /** One row of cells. */
    public record Row(List<Link> cells) {}

    private static final long TIMEOUT_SECONDS = 30;

    /** "1 row", "200 rows". */
    public String rowsLabel() {
        return Counted.of(rows.size(), "row");
    }

    public int size() {
        return rows.size();
    }

    /** Runs {@code query} over {@code view} (the union-default-graph view) in a read transaction. */
    public static ResultTable run(Query query, DatasetGraph view, Labels labels) {
        return Txn.calculateRead(view, () -> {
            QueryExec exec = QueryExec.dataset(view).query(query).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build();
            try (exec) {
                if (query.isSelectType()) {
                    return select(exec.select(), labels);
                }
                if (query.isAskType()) {
                    return new ResultTable(List.of("answer"), List.of(new Row(List.of(Link.text(String.valueOf(exec.ask()))))));
                }
                List<Row> rows = new ArrayList<>();
                var graph = query.isDescribeType() ? exec.describe() : exec.construct();
                graph.find().forEachRemaining(t -> rows.add(new Row(List.of(
                        labels.link(t.getSubject()), labels.link(t.getPredicate()), labels.link(t.getObject())))));
                return new ResultTable(List.of("subject", "predicate", "object"), rows);
            }
        });
    }

    private static ResultTable select(RowSet results, Labels labels) {
        List<Var> vars = results.getResultVars();
        List<Row> rows = new ArrayList<>();
        results.forEachRemaining(binding -> {
            List<Link> cells = new ArrayList<>();
            for (Var v : vars) {
                Node value = binding.get(v);
                cells.add(value == null ? Link.text("") : labels.link(value));
            }
            rows.add(new Row(cells));
        });
        return new ResultTable(vars.stream().map(Var::getVarName).toList(), rows);
    }
}
