package org.archivelod.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.archivelod.search.NameVariants;
import org.archivelod.search.SearchIndex;
import org.archivelod.search.Snippet;

/**
 * {@code GET /search?q=…}: the full-text search, ranked, with the matching passages highlighted; as an HTML page, or
 * as JSON for {@code Accept: application/json} or {@code &format=json} ({@code Vary: Accept}). {@code &limit=}
 * sets the number of documents (20 by default, at most 100). A name the authority data knows also finds its
 * other spellings, and the page says which.
 */
public final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final AcceptList OFFER = AcceptList.create(DataFormat.HTML, "application/json");
    private static final int MAX_QUERY = 500;
    private final transient SiteContext site;
    private final transient SearchIndex index;
    private final transient ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A hit as shown: its page, date and passages. */
    public record Shown(String title, String href, String date, String score, List<Snippet> snippets) {}

    /** A name found in the query, with the other names it was searched under. */
    public record Widened(String asTyped, List<String> alsoAs) {}

    public SearchServlet(SiteContext site, SearchIndex index) {
        this.site = site;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String q = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
        if (q.length() > MAX_QUERY) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, "The query is longer than " + MAX_QUERY + " characters.");
            return;
        }
        boolean asJson = "json".equals(request.getParameter("format")) || Negotiation.choose(request, OFFER)
                .map(t -> t.getContentTypeStr().equals("application/json")).orElse(false);
        int limit = limit(request.getParameter("limit"));
        SearchIndex.Results results;
        try {
            results = index.search(q, limit);
        } catch (IllegalArgumentException badQuery) {
            results = null;
        }
        if (asJson) {
            sendJson(response, q, results);
            return;
        }
        SiteLanguage language = SiteLanguage.of(request, response);
        Map<String, Object> scope = PageScope.of(q.isEmpty() ? "Search" : "Search: " + q, language);
        scope.put("searchQuery", q);
        scope.put("asked", !q.isEmpty());
        if (results == null) {
            scope.put("error", "The query could not be read. Try plain words, or put a phrase in double quotes.");
        } else {
            SearchIndex.Results found = results;
            Labels labels = site.labels().in(language.code());
            scope.put("total", found.total());
            scope.put("totalLabel", Counted.of(found.total(), "document"));
            scope.put("hits", Txn.calculateRead(site.data(), () -> shown(found, labels)));
            scope.put("widened", widened(found));
            scope.put("jsonHref", "/search?format=json&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        site.renderer().send(response, results == null ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK,
                "search", scope);
    }

    private static int limit(String value) {
        try {
            return value == null ? 20 : Math.max(1, Math.min(100, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 20;
        }
    }

    private List<Shown> shown(SearchIndex.Results results, Labels labels) {
        List<Shown> out = new ArrayList<>();
        for (SearchIndex.Hit hit : results.hits()) {
            Link link = labels.link(NodeFactory.createURI(hit.iri()));
            out.add(new Shown(hit.title(), link.href(), ArchiveDocuments.dateLabel(hit.date()),
                    String.format(java.util.Locale.ROOT, "%.2f", hit.score()), hit.snippets()));
        }
        return out;
    }

    private static List<Widened> widened(SearchIndex.Results results) {
        List<Widened> out = new ArrayList<>();
        for (NameVariants.Found f : results.names()) {
            List<String> others = f.variants().stream().filter(v -> !v.equalsIgnoreCase(f.asTyped())).toList();
            if (!others.isEmpty()) {
                out.add(new Widened(f.asTyped(), others));
            }
        }
        return out;
    }

    private void sendJson(HttpServletResponse response, String q, SearchIndex.Results results) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        int status = HttpServletResponse.SC_OK;
        if (results == null) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            body.put("error", "The query could not be read.");
        } else {
            body.put("alsoSearchedAs", widened(results));
            body.put("total", results.total());
            List<Map<String, Object>> hits = new ArrayList<>();
            for (SearchIndex.Hit hit : results.hits()) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("iri", hit.iri());
                h.put("page", EntityPath.ofIri(hit.iri(), site.settings().base()).map(EntityPath::pagePath).orElse(hit.iri()));
                h.put("title", hit.title());
                h.put("date", hit.date());
                h.put("score", hit.score());
                h.put("snippets", hit.snippets());
                hits.add(h);
            }
            body.put("hits", hits);
        }
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
