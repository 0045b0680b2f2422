package org.archivelod.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A search as the page asks it: the words (empty for every document), the facet values chosen (every one must hold:
 * {@code person=…&person=…} finds the documents naming both), a range of years, the order (by relevance, or by date,
 * oldest first), and which page of {@code size} hits.
 *
 * <pre>{@code
 * index.search(new SearchRequest("Korea", Map.of("type", List.of(telegram)), Optional.of(1950), Optional.empty(),
 *         SearchRequest.Order.DATE, 1, 20));
 * }</pre>
 */
public record SearchRequest(String words, Map<String, List<String>> chosen, Optional<Integer> fromYear,
        Optional<Integer> toYear, Order order, int page, int size) {
    /** How hits are ordered. */
    public enum Order { RELEVANCE, DATE }

    public SearchRequest {
        words = words == null ? "" : words.strip();
        chosen = Map.copyOf(chosen);
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
    }

    /** The first {@code limit} hits for {@code words}, best first, with no facet chosen. */
    public static SearchRequest words(String words, int limit) {
        return new SearchRequest(words, Map.of(), Optional.empty(), Optional.empty(), Order.RELEVANCE, 1, limit);
    }

    /** Whether anything narrows the search (words, a facet value or a year). */
    public boolean narrowed() {
        return !words.isEmpty() || chosen.values().stream().anyMatch(v -> !v.isEmpty()) || fromYear.isPresent()
                || toYear.isPresent();
    }
}
