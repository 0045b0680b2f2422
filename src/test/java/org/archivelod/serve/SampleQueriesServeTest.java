package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.archivelod.serve.site.SampleQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample query in {@code queries/} run through {@code /sparql} on the converted project data: it returns rows,
 * and exactly the rows of {@code NAME.expected.csv} when that file exists (in order when the query has ORDER BY;
 * values joined with " | " compared as sets, since GROUP_CONCAT order is not defined). Its HTML page runs too.
 */
class SampleQueriesServeTest {
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.startOnProjectData();
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleQuery_returnsItsExpectedRows() {
        List<SampleQueries.SampleQuery> queries = SampleQueries.fromClasspath().all();
        Assumptions.assumeFalse(queries.isEmpty(), "no queries/*.rq yet");
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> check(q)));
    }

    private static void check(SampleQueries.SampleQuery query) throws Exception {
        HttpResponse<String> r = site.send(HttpRequest.newBuilder(site.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query.text())).build());
        assertEquals(200, r.statusCode(), r.body());
        List<String> actual = rows(ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON));
        assertFalse(actual.isEmpty(), query.name() + " returned no rows");
        List<String> expected = expectedRows(query.name());
        if (expected != null) {
            if (query.query().hasOrderBy()) {
                assertEquals(expected, actual, query.name());
            } else {
                assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), query.name());
            }
        }
        HttpResponse<String> page = site.get("/queries/" + query.name());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<table class=\"results\">"));
    }

    private static List<String> expectedRows(String name) throws IOException {
        try (InputStream in = SampleQueriesServeTest.class.getResourceAsStream("/queries/" + name + ".expected.csv")) {
            if (in == null) {
                return null;
            }
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return rows(ResultSetFactory.makeRewindable(
                    ResultSetMgr.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV)));
        }
    }

    /** Each row as "var=value" cells in variable order, plain lexical values, " | " lists sorted. */
    private static List<String> rows(ResultSet results) {
        List<String> vars = results.getResultVars();
        List<String> rows = new ArrayList<>();
        results.forEachRemaining(solution -> {
            StringBuilder row = new StringBuilder();
            for (String v : vars) {
                var node = solution.get(v) == null ? null : solution.get(v).asNode();
                String value = node == null ? "" : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
                String[] parts = value.split(" \\| ");
                Arrays.sort(parts);
                row.append(Var.alloc(v)).append('=').append(String.join(" | ", parts)).append("; ");
            }
            rows.add(row.toString());
        });
        return rows;
    }

}
