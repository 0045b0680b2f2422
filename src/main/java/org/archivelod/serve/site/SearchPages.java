package org.archivelod.serve.site;

import java.util.Optional;

/**
 * Which hits of a search the page shows: "21–40 of 57 documents", and the links to the pages before and after,
 * keeping every other parameter. Only the first {@value #REACHABLE} hits can be paged to (the index ranks no more).
 */
public record SearchPages(int first, int last, String previousHref, String nextHref, int page, int pages) {
    static final int REACHABLE = 1000;

    public static SearchPages of(SearchParameters p, long total) {
        long reachable = Math.min(total, REACHABLE);
        int pages = (int) Math.max(1, (reachable + p.limit() - 1) / p.limit());
        int first = (int) Math.min(reachable, (long) (p.page() - 1) * p.limit() + 1);
        int last = (int) Math.min(reachable, (long) p.page() * p.limit());
        String previous = p.page() > 1 ? p.atPage(Math.min(p.page() - 1, pages)).href() : "";
        String next = p.page() < pages ? p.atPage(p.page() + 1).href() : "";
        return new SearchPages(first, last, previous, next, p.page(), pages);
    }

    public boolean several() {
        return pages > 1;
    }

    public Optional<String> previous() {
        return previousHref.isEmpty() ? Optional.empty() : Optional.of(previousHref);
    }

    public Optional<String> next() {
        return nextHref.isEmpty() ? Optional.empty() : Optional.of(nextHref);
    }
}
