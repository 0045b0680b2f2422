package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.archivelod.search.SearchPropertyFunction;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.ResultTable;
import org.archivelod.serve.site.SampleQueries;

/**
 * {@code GET /query}: the sample queries with their descriptions (the comment lines of each {@code queries/*.rq}), and
 * an editor to change one and run it: a form, which a script ({@link AssetServlet}) turns into a SPARQL editor with
 * highlighting and completion of the prefixes the site knows ({@link #knownPrefixes}) where scripts run: {@code ?name=} opens a sample, {@code ?query=} runs the
 * text given (POST works too). Results show as a table with linked labels (the first {@value #MOST_ROWS} rows),
 * with links to the same query at {@code /sparql} as CSV and JSON. Only queries run here, never updates.
 */
public final class QueryEditorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int MOST_ROWS = 200;
    private static final int LONGEST_QUERY = 20_000;
    private static final com.fasterxml.jackson.databind.ObjectMapper PREFIX_JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final transient SiteContext site;

    /** A sample query on the page: its name, title, description and text. */
    public record Sample(String name, String title, String description, boolean current) {
        /** The description past its first line (the title, shown already), so that nothing is said twice. */
        public String more() {
            String rest = description.startsWith(title) ? description.substring(title.length()) : description;
            return rest.replaceFirst("^[\\s,;:.]+", "").strip();
        }
    }

    /** A download of the results at the endpoint. */
    public record Download(String label, String href, String mediaType) {}

    public QueryEditorServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteLanguage language = SiteLanguage.of(request, response);
        String name = Optional.ofNullable(request.getParameter("name")).orElse("");
        Optional<SampleQueries.SampleQuery> sample = site.queries().byName(name);
        String text = Optional.ofNullable(request.getParameter("query")).orElse(sample.map(SampleQueries.SampleQuery::text).orElse(""));
        Map<String, Object> scope = PageScope.of(sample.map(SampleQueries.SampleQuery::title).orElse("Queries"), language);
        List<Sample> samples = new ArrayList<>();
        site.queries().all().forEach(q -> samples.add(new Sample(q.name(), q.title(), description(q.text()), q.name().equals(name))));
        scope.put("samples", samples);
        scope.put("queryText", text.isBlank() ? starter() : text);
        scope.put("searchNamespace", SearchPropertyFunction.namespace(site.settings().base()));
        Map<String, String> prefixes = knownPrefixes(site.settings().base());
        scope.put("knownPrefixes", PREFIX_JSON.writeValueAsString(prefixes));
        scope.put("prefixNames", List.copyOf(prefixes.keySet()));
        scope.put("stylesheets", List.of(AssetServlet.codeMirror("lib/codemirror.css"), AssetServlet.codeMirror("addon/hint/show-hint.css")));
        scope.put("codeMirror", Map.of("js", AssetServlet.codeMirror("lib/codemirror.js"),
                "sparql", AssetServlet.codeMirror("mode/sparql/sparql.js"),
                "hint", AssetServlet.codeMirror("addon/hint/show-hint.js"),
                "brackets", AssetServlet.codeMirror("addon/edit/matchbrackets.js")));
        sample.ifPresent(s -> scope.put("sample", new Sample(s.name(), s.title(), description(s.text()), true)));
        int status = HttpServletResponse.SC_OK;
        if (!text.isBlank()) {
            status = run(text, scope, site.labels().in(language.code()));
        }
        site.renderer().send(response, status, "queries", scope);
    }

    private int run(String text, Map<String, Object> scope, Labels labels) {
        if (text.length() > LONGEST_QUERY) {
            scope.put("error", "The query is longer than " + LONGEST_QUERY + " characters.");
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryException e) {
            scope.put("error", "The query does not parse: " + e.getMessage());
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > MOST_ROWS + 1)) {
            query.setLimit(MOST_ROWS + 1);
        }
        try {
            ResultTable table = ResultTable.run(query, site.store().queryView(), labels);
            boolean more = table.size() > MOST_ROWS;
            scope.put("table", more ? new ResultTable(table.columns(), table.rows().subList(0, MOST_ROWS)) : table);
            scope.put("more", more);
            scope.put("ran", true);
            scope.put("downloads", downloads(text));
            return HttpServletResponse.SC_OK;
        } catch (QueryCancelledException timeout) {
            scope.put("error", "The query took too long and was stopped.");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } catch (QueryException | UnsupportedOperationException e) {
            scope.put("error", "The query failed: " + e.getMessage());
            return HttpServletResponse.SC_BAD_REQUEST;
        }
    }

    /**
     * The prefixes the site knows, for the editor's completion: the vocabularies of the application profile, the
     * dataset's own namespaces under {@code base} ({@code person:}, {@code document:}…) and the full-text search's.
     */
    static Map<String, String> knownPrefixes(String base) {
        Map<String, String> prefixes = new java.util.LinkedHashMap<>(org.archivelod.vocab.Prefixes.all(base));
        prefixes.put("search", SearchPropertyFunction.namespace(base));
        return prefixes;
    }

    /** The comment lines at the top of a query file, joined: what the query answers. */
    static String description(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            lines.add(l.replaceFirst("^#+\\s*", ""));
        }
        return String.join(" ", lines).strip();
    }

    private static List<Download> downloads(String text) {
        String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
        return List.of(new Download("CSV", "/sparql?query=" + q + "&format=csv", "text/csv"),
                new Download("JSON", "/sparql?query=" + q + "&format=json", "application/sparql-results+json"),
                new Download("TSV", "/sparql?query=" + q + "&format=tsv", "text/tab-separated-values"),
                new Download("XML", "/sparql?query=" + q + "&format=xml", "application/sparql-results+xml"));
    }

    private String starter() {
        return "PREFIX search: <" + SearchPropertyFunction.namespace(site.settings().base()) + ">\n"
                + "PREFIX dcterms: <http://purl.org/dc/terms/>\n\n"
                + "# Documents that speak of volunteer divisions, best first\n"
                + "SELECT ?doc ?title ?score ?passage WHERE {\n"
                + "  (?doc ?score ?passage) search:query (\"volunteer divisions\" 10) .\n"
                + "  ?doc dcterms:title ?title .\n"
                + "} ORDER BY DESC(?score)\n";
    }
}
