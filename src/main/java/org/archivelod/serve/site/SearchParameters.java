package org.archivelod.serve.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.archivelod.search.DocumentFacets;
import org.archivelod.search.SearchRequest;

/**
 * The search page's state, all in GET parameters so that every view of it is a link: {@code q}, the facet values
 * chosen ({@code type}, {@code archive}, {@code correspondent}, {@code person}, each repeatable: all must hold),
 * {@code from} and {@code to} (years), {@code sort} ({@code relevance} or {@code date}; date when there are no
 * words), {@code page} and {@code limit} (hits per page, 20 by default, at most 100). Builds the links that change
 * one thing and keep the rest. A facet value is written as its IRI past {@code {base}id/} ({@code person=person/stalin},
 * {@code type=concept/document-type/telegram}); {@code ids} is {@code {base}id/}.
 */
public record SearchParameters(String q, Map<String, List<String>> chosen, Optional<Integer> from, Optional<Integer> to,
        SearchRequest.Order order, int page, int limit, String ids) {
    static final int LONGEST_QUERY = 500;
    private static final int MOST_CHOSEN = 10;
    private static final int LONGEST_VALUE = 1000;

    /** The parameters of {@code request}; a message for the reader when one cannot be read. */
    public static SearchParameters read(HttpServletRequest request, String base) throws BadSearch {
        String ids = org.archivelod.uri.UriScheme.at(base).idSpace();
        String q = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
        if (q.length() > LONGEST_QUERY) throw new BadSearch("The query is longer than " + LONGEST_QUERY + " characters.");
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (String dimension : DocumentFacets.DIMENSIONS) {
            String[] values = request.getParameterValues(dimension);
            if (dimension.equals("year") || values == null) continue;
            List<String> kept = new ArrayList<>();
            for (String v : values) {
                if (v.length() > LONGEST_VALUE) throw new BadSearch("A " + dimension + " value is too long.");
                String iri = v.strip().contains(":") ? v.strip() : ids + v.strip();
                if (!v.isBlank() && !kept.contains(iri)) kept.add(iri);
            }
            if (kept.size() > MOST_CHOSEN) throw new BadSearch("At most " + MOST_CHOSEN + " values of " + dimension + ".");
            if (!kept.isEmpty()) chosen.put(dimension, List.copyOf(kept));
        }
        Optional<Integer> from = year(request.getParameter("from"), "from");
        Optional<Integer> to = year(request.getParameter("to"), "to");
        String sort = Optional.ofNullable(request.getParameter("sort")).orElse("");
        SearchRequest.Order order = switch (sort) {
            case "date" -> SearchRequest.Order.DATE;
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            case "" -> q.isEmpty() ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE;
            default -> throw new BadSearch("sort must be relevance or date.");
        };
        if (q.isEmpty()) order = SearchRequest.Order.DATE;
        Optional<Integer> page = Paging.requested(request.getParameter("page"));
        if (page.isEmpty()) throw new BadSearch("page must be 1, 2, 3…");
        return new SearchParameters(q, Map.copyOf(chosen), from, to, order, page.get(), limit(request.getParameter("limit")), ids);
    }

    /** A search for {@code words} alone, by relevance, its first page of the default size, as {@code ?q=words} asks. */
    public static SearchParameters words(String words, String base) {
        return new SearchParameters(words.strip(), Map.of(), Optional.empty(), Optional.empty(),
                words.isBlank() ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE, 1, limit(null),
                org.archivelod.uri.UriScheme.at(base).idSpace());
    }

    /** A search parameter that cannot be read: the page says why, with status 400. */
    public static final class BadSearch extends Exception {
        private static final long serialVersionUID = 1L;

        BadSearch(String message) {
            super(message);
        }
    }

    private static Optional<Integer> year(String value, String name) throws BadSearch {
        if (value == null || value.isBlank()) return Optional.empty();
        if (!value.strip().matches("[0-9]{1,4}")) throw new BadSearch(name + " must be a year, such as 1950.");
        return Optional.of(Integer.parseInt(value.strip()));
    }

    private static int limit(String value) {
        try {
            return value == null ? 20 : Math.max(1, Math.min(100, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 20;
        }
    }

    public SearchRequest request() {
        return new SearchRequest(q, chosen, from, to, order, page, limit);
    }

    /** Whether the reader asked for anything (words, a facet value or years): otherwise the page explains itself. */
    public boolean asked() {
        return request().narrowed();
    }

    boolean isChosen(String dimension, String value) {
        return chosen.getOrDefault(dimension, List.of()).contains(value);
    }

    /** The same search with {@code value} of {@code dimension} chosen too, from its first page. */
    SearchParameters with(String dimension, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(chosen);
        List<String> values = new ArrayList<>(more.getOrDefault(dimension, List.of()));
        if (!values.contains(value)) values.add(value);
        more.put(dimension, List.copyOf(values));
        return new SearchParameters(q, Map.copyOf(more), from, to, order, 1, limit, ids);
    }

    /** The same search without {@code value} of {@code dimension}, from its first page. */
    SearchParameters without(String dimension, String value) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(chosen);
        List<String> values = new ArrayList<>(fewer.getOrDefault(dimension, List.of()));
        values.remove(value);
        if (values.isEmpty()) fewer.remove(dimension);
        else fewer.put(dimension, List.copyOf(values));
        return new SearchParameters(q, Map.copyOf(fewer), from, to, order, 1, limit, ids);
    }

    SearchParameters years(Optional<Integer> fromYear, Optional<Integer> toYear) {
        return new SearchParameters(q, chosen, fromYear, toYear, order, 1, limit, ids);
    }

    public SearchParameters ordered(SearchRequest.Order by) {
        return new SearchParameters(q, chosen, from, to, by, 1, limit, ids);
    }

    SearchParameters atPage(int number) {
        return new SearchParameters(q, chosen, from, to, order, number, limit, ids);
    }

    /** {@code /search?…} with every parameter that differs from the defaults, in a fixed order. */
    public String href() {
        List<String> parts = new ArrayList<>();
        if (!q.isEmpty()) parts.add("q=" + encode(q));
        for (String dimension : DocumentFacets.DIMENSIONS) {
            chosen.getOrDefault(dimension, List.of()).forEach(v -> parts.add(dimension + "=" + encode(shortForm(v))));
        }
        from.ifPresent(y -> parts.add("from=" + y));
        to.ifPresent(y -> parts.add("to=" + y));
        if (!q.isEmpty() && order == SearchRequest.Order.DATE) parts.add("sort=date");
        if (limit != 20) parts.add("limit=" + limit);
        if (page > 1) parts.add("page=" + page);
        return "/search" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    /** An IRI under {@code {base}id/} without that part, to keep the links short; any other IRI whole. */
    public String shortForm(String iri) {
        return iri.startsWith(ids) ? iri.substring(ids.length()) : iri;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
