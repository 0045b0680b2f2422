package org.archivelod.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The URI layout is written once, in {@code uri/}: no string literal elsewhere in the main code holds {@code id/},
 * {@code graph/} or {@code /activity-type/} (comments may mention them).
 */
class UriLiteralsTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path URI = MAIN.resolve("org/archivelod/uri");
    private static final List<String> LAYOUT = List.of("id/", "graph/", "/activity-type/");
    private static final List<String> SPARQL_LAYOUT = List.of("id/", "graph/", "/activity-type/", "/concept/");

    @Test
    void noCodeOutsideUriSpellsTheLayout() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(URI)).sorted().toList()) {
                for (String literal : StringLiterals.of(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (LAYOUT.stream().anyMatch(literal::contains)) found.add(MAIN.relativize(file) + ": \"" + literal + "\"");
                }
            }
        }
        assertEquals(List.of(), found, "IRIs are built and read by org.archivelod.uri.UriScheme");
    }

    /** The queries the code runs take IRIs as bound parameters, never match them by a piece of their text. */
    @Test
    void noQueryTheCodeRunsSpellsTheLayout() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path folder : List.of(Path.of("queries/aggregates"), Path.of("queries/site"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(rq|ru)$")).sorted().toList()) {
                    for (String literal : SparqlLiterals.of(Files.readString(file, StandardCharsets.UTF_8))) {
                        if (SPARQL_LAYOUT.stream().anyMatch(literal::contains)) found.add(file + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "bind the IRI from UriScheme (store/AggregateParameters) instead");
    }

    @Test
    void sparqlLiteralsAreTold_fromCommentsAndIris() {
        String sparql = "# \"id/x\"\nSELECT * { ?s <http://e/#a> \"graph/y\" FILTER(?o = 'q\\'/concept/') } # \"z\"";
        assertEquals(List.of("graph/y", "q\\'/concept/"), SparqlLiterals.of(sparql));
    }

    @Test
    void literalsAreTold_fromComments() {
        String java = "/* \"id/x\" */ String a = \"/graph/*\"; // \"id/y\"\n char c = '\"'; String b = \"q\\\"id/\";"
                + " String t = \"\"\"\n  id/z\n  \"\"\";";
        assertEquals(List.of("/graph/*", "q\\\"id/", "\n  id/z\n  "), StringLiterals.of(java));
    }

    /** The string literals and text blocks of a Java source, comments and character literals set aside. */
    static final class StringLiterals {
        private StringLiterals() {}

        static List<String> of(String src) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < src.length()) {
                if (src.startsWith("//", i)) {
                    i = end(src.indexOf('\n', i), src);
                } else if (src.startsWith("/*", i)) {
                    i = end(src.indexOf("*/", i + 2), src) + 2;
                } else if (src.startsWith("\"\"\"", i)) {
                    int close = src.indexOf("\"\"\"", i + 3);
                    out.add(src.substring(i + 3, end(close, src)));
                    i = end(close, src) + 3;
                } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                    char quote = src.charAt(i);
                    int j = i + 1;
                    while (j < src.length() && src.charAt(j) != quote) j += src.charAt(j) == '\\' ? 2 : 1;
                    if (quote == '"') out.add(src.substring(i + 1, Math.min(j, src.length())));
                    i = j + 1;
                } else {
                    i++;
                }
            }
            return out;
        }

        private static int end(int at, String src) {
            return at < 0 ? src.length() : at;
        }
    }

    /** The string literals of a SPARQL query, its comments and IRIs set aside. */
    static final class SparqlLiterals {
        private SparqlLiterals() {}

        static List<String> of(String src) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == '#') {
                    i = StringLiterals.end(src.indexOf('\n', i), src);
                } else if (c == '<' && i + 1 < src.length() && !Character.isWhitespace(src.charAt(i + 1)) && src.charAt(i + 1) != '=') {
                    int close = src.indexOf('>', i);
                    i = close < 0 || src.substring(i, close).contains(" ") ? i + 1 : close + 1;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < src.length() && src.charAt(j) != c) j += src.charAt(j) == '\\' ? 2 : 1;
                    out.add(src.substring(i + 1, Math.min(j, src.length())));
                    i = j + 1;
                } else {
                    i++;
                }
            }
            return out;
        }
    }
}
