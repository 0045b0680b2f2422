package org.archivelod.serve.http;

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
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.archivelod.search.DocumentSearch;
import org.archivelod.search.NameVariants;
import org.archivelod.search.SearchIndex;
import org.archivelod.search.SearchRequest;
import org.archivelod.search.Snippet;
import org.archivelod.serve.site.ArchiveDocuments;
import org.archivelod.serve.site.Counted;
import org.archivelod.serve.site.DataFormat;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.Link;
import org.archivelod.serve.site.PageLabels;
import org.archivelod.serve.site.SearchFacetsView;
import org.archivelod.serve.site.SearchPages;
import org.archivelod.serve.site.SearchParameters;

/**
 * {@code GET /search?q=…}: the full-text search with facets (year, type, archive, correspondent, person named, each
 * with its counts among the documents found), a range of years, the order (relevance or date) and pages, all as GET
 * parameters ({@link SearchParameters}); the matching passages highlighted. As an HTML page, or as JSON for
 * {@code Accept: application/json} or {@code &format=json} ({@code Vary: Accept}). A name the authority data knows
 * also finds its other spellings, and the page says which. Answers are kept for the release (by language, format and
 * parameters, like the other pages), with its ETag; with SPARQL Update allowed nothing is kept.
 */
public final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final AcceptList OFFER = AcceptList.create(DataFormat.HTML, "application/json");
    private final transient SiteContext site;
    private final transient DocumentSearch index;
    private final transient ReleaseResponses answers;
    private final transient ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A hit as shown: its page, date and passages. */
    public record Shown(String title, String href, String date, List<Passage> snippets) {}

    /** A passage that matched, and where it is: "text", "summary" ("In the archive's summary"). */
    public record Passage(String field, List<Snippet.Run> runs) {
        public String where() {
            return switch (field) {
                case "text" -> "In the text";
                case "summary" -> "In the archive's summary";
                case "title" -> "In the title";
                default -> "In the " + field;
            };
        }
    }

    /** A name found in the query, with the other names it was searched under. */
    public record Widened(String asTyped, List<String> alsoAs) {
        /** "Joseph Stalin; Filippov; 斯大林". */
        public String alsoAsText() {
            return String.join("; ", alsoAs);
        }
    }

    /** A link that changes the view, whether it is the current one, and whether another follows it. */
    public record Option(String label, String href, boolean current, boolean first) {}

    public SearchServlet(SiteContext site, DocumentSearch index) {
        this.site = site;
        this.index = index;
        this.answers = new ReleaseResponses(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        boolean asJson = "json".equals(request.getParameter("format")) || Negotiation.choose(request, OFFER)
                .map(t -> t.getContentTypeStr().equals("application/json")).orElse(false);
        if (asJson) response.setHeader("Access-Control-Allow-Origin", "*");
        SearchParameters params;
        try {
            params = SearchParameters.read(request, site.settings().base());
        } catch (SearchParameters.BadSearch bad) {
            if (asJson) {
                json("", null).send(response);
            } else {
                Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, bad.getMessage());
            }
            return;
        }
        SiteLanguage language = asJson ? null : SiteLanguage.of(request, response);
        // the answer follows from the release and the parameters alone: kept like the other pages, by release
        // the search that answers now (a front's choice by release) and its kind, in the entity tag and the key
        DocumentSearch search = index.answering();
        String kind = search.kind().isEmpty() ? "" : "-" + search.kind();
        String variant = asJson ? "search-json" + kind : language.variant("search" + kind);
        String key = variant + " " + params.href();
        boolean kept = !site.settings().allowUpdate();
        if (kept && answers.fromCache(request, response, key, variant)) {
            return;
        }
        Answer answer = answer(search, params, asJson, language);
        if (kept && answer.status() == HttpServletResponse.SC_OK) {
            answers.keepAndSend(request, response, key, variant, answer.body());
        } else {
            answer.send(response);
        }
    }

    /** A search's answer, its status and body. */
    record Answer(int status, RenderedCache.Rendered body) {
        void send(HttpServletResponse response) throws IOException {
            response.setStatus(status);
            body.send(response);
        }
    }

    /** The search run and its answer rendered: a page, JSON, a 404 past the last page or a 400 for a query it cannot read. */
    Answer answer(DocumentSearch search, SearchParameters params, boolean asJson, SiteLanguage language) throws IOException {
        SearchIndex.Results results;
        try {
            results = params.asked() ? search.search(params.request()) : null;
        } catch (IllegalArgumentException badQuery) {
            results = null;
        }
        if (results != null && params.page() > SearchPages.of(params, results.total()).pages()) {
            return new Answer(HttpServletResponse.SC_NOT_FOUND, new RenderedCache.Rendered("text/plain;charset=utf-8",
                    ("There is no page " + params.page() + " of this search.").getBytes(StandardCharsets.UTF_8)));
        }
        if (asJson) {
            return json(params.q(), params.asked() ? results : new SearchIndex.Results("", List.of(), 0, List.of()));
        }
        String q = params.q();
        Map<String, Object> scope = PageScope.of(q.isEmpty() ? "Search" : "Search: " + q, language);
        scope.put("searchQuery", q);
        scope.put("asked", params.asked());
        scope.put("from", params.from().map(String::valueOf).orElse(""));
        scope.put("to", params.to().map(String::valueOf).orElse(""));
        scope.put("kept", kept(params));
        boolean failed = params.asked() && results == null;
        if (failed) {
            scope.put("error", "The query could not be read. Try plain words, or put a phrase in double quotes.");
        } else if (results != null) {
            SearchIndex.Results found = results;
            // the facet values' labels in one query over a remote store; the hits print their own titles, read from the index
            Labels labels = Txn.calculateRead(site.data(), () -> PageLabels.of(site.aggregates(), site.labels().in(language.code()),
                    SearchFacetsView.labelled(found.facets(), params)));
            scope.put("total", found.total());
            scope.put("totalLabel", Counted.of(found.total(), "document"));
            scope.put("hits", Txn.calculateRead(site.data(), () -> shown(found, labels)));
            scope.put("view", Txn.calculateRead(site.data(), () -> SearchFacetsView.of(found.facets(), params, labels)));
            scope.put("widened", widened(found));
            scope.put("orders", q.isEmpty() ? List.of() : List.of(
                    new Option("relevance", params.ordered(SearchRequest.Order.RELEVANCE).href(), params.order() == SearchRequest.Order.RELEVANCE, true),
                    new Option("date", params.ordered(SearchRequest.Order.DATE).href(), params.order() == SearchRequest.Order.DATE, false)));
            scope.put("hasOrders", !q.isEmpty());
            scope.put("byDate", params.order() == SearchRequest.Order.DATE);
            scope.put("pages", SearchPages.of(params, found.total()));
            scope.put("jsonHref", params.href() + (params.href().contains("?") ? "&" : "?") + "format=json");
        }
        return new Answer(failed ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK,
                new RenderedCache.Rendered("text/html;charset=utf-8",
                        site.renderer().render("search", scope).getBytes(StandardCharsets.UTF_8)));
    }

    /** The facet values chosen, as hidden fields of the form that changes the words or the years. */
    private static List<Map<String, String>> kept(SearchParameters params) {
        List<Map<String, String>> fields = new ArrayList<>();
        params.chosen().forEach((dimension, values) -> values.forEach(v -> fields.add(Map.of("name", dimension, "value", params.shortForm(v)))));
        if (params.order() == SearchRequest.Order.DATE && !params.q().isEmpty()) fields.add(Map.of("name", "sort", "value", "date"));
        return fields;
    }

    private List<Shown> shown(SearchIndex.Results results, Labels labels) {
        List<Shown> out = new ArrayList<>();
        for (SearchIndex.Hit hit : results.hits()) {
            Link link = labels.unlabelled(NodeFactory.createURI(hit.iri()), hit.title());
            out.add(new Shown(hit.title(), link.href(), ArchiveDocuments.dateLabel(hit.date()),
                    hit.snippets().stream().map(p -> new Passage(p.field(), p.runs())).toList()));
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

    /** The JSON answer: the hits and facets, or a 400 when the query could not be read ({@code results} null). */
    private Answer json(String q, SearchIndex.Results results) throws IOException {
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
                if (!Float.isNaN(hit.score())) h.put("score", hit.score());
                h.put("snippets", hit.snippets());
                hits.add(h);
            }
            body.put("hits", hits);
            body.put("facets", results.facets());
        }
        return new Answer(status, new RenderedCache.Rendered("application/json;charset=utf-8", json.writeValueAsBytes(body)));
    }
}
