package org.archivelod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.archivelod.pipeline.ConvertedLetter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every query in {@code queries/} parses and, run over the converted letter, gives the rows of its {@code .expected.csv}. */
class SampleQueriesTest {
    static final Path QUERIES = Path.of("queries");

    @TestFactory
    Stream<DynamicTest> everySampleQueryGivesItsExpectedRows() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path rq) throws Exception {
        Path expectedFile = Path.of(rq.toString().replaceFirst("\\.rq$", ".expected.csv"));
        assertTrue(Files.exists(expectedFile), "every sample query has expected rows: " + expectedFile);
        Query query = QueryFactory.read(rq.toString());
        var union = DatasetGraphFactory.wrap(ConvertedLetter.dataset().getUnionGraph());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (QueryExec exec = QueryExec.dataset(union).query(query).build()) {
            ResultSetMgr.write(csv, org.apache.jena.query.ResultSet.adapt(exec.select()), ResultSetLang.RS_CSV);
        }
        List<List<String>> actual = Rows.read(csv.toString(StandardCharsets.UTF_8));
        List<List<String>> expected = Rows.read(Files.readString(expectedFile));
        if (!query.hasOrderBy()) {
            actual = Rows.sorted(actual);
            expected = Rows.sorted(expected);
        }
        assertEquals(Rows.show(expected), Rows.show(actual), rq + " rows");
    }

    /** CSV rows, compared cell by cell; a cell joining several values with " | " compares as a set. */
    static final class Rows {
        static List<List<String>> read(String csv) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            String s = csv.replace("\r\n", "\n");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') { cell.append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else cell.append(c);
                } else if (c == '"') quoted = true;
                else if (c == ',') { row.add(normal(cell)); cell.setLength(0); }
                else if (c == '\n') { row.add(normal(cell)); cell.setLength(0); rows.add(row); row = new ArrayList<>(); }
                else cell.append(c);
            }
            if (cell.length() > 0 || !row.isEmpty()) { row.add(normal(cell)); rows.add(row); }
            return rows;
        }

        private static String normal(StringBuilder cell) {
            String[] parts = cell.toString().split(" \\| ");
            Arrays.sort(parts);
            return String.join(" | ", parts);
        }

        static List<List<String>> sorted(List<List<String>> rows) {
            List<List<String>> body = new ArrayList<>(rows.subList(1, rows.size()));
            body.sort((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
            List<List<String>> out = new ArrayList<>();
            out.add(rows.get(0));
            out.addAll(body);
            return out;
        }

        static String show(List<List<String>> rows) {
            StringBuilder sb = new StringBuilder();
            for (List<String> r : rows) sb.append(String.join(" ¦ ", r)).append('\n');
            return sb.toString();
        }
    }
}
