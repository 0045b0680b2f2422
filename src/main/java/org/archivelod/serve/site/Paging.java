package org.archivelod.serve.site;

import java.util.List;
import java.util.Optional;

/**
 * Which page of an entity's long lists is shown: the passages naming it, the documents it wrote or received, and
 * the statements referring to it grow with the archive, so each shows {@value #SIZE} items per page
 * ({@code /page/person/zhou-enlai?page=2}), and the page says how many there are in all; {@code open} when a list
 * that is not counted (the statements referring to it) goes on past {@code pages}, so that there are more.
 */
public record Paging(int page, int pages, boolean open) {
    /** Page {@code page} of {@code pages}, all counted. */
    public Paging(int page, int pages) {
        this(page, pages, false);
    }

    public static final int SIZE = org.archivelod.store.SiteAggregates.PAGE_SIZE;   // the lists are cut so at load
    private static final int MOST_PAGES = 1_000_000;

    /** The page asked for by the {@code page} query parameter: absent means 1; anything but 1, 2, 3… is empty. */
    public static Optional<Integer> requested(String parameter) {
        if (parameter == null) return Optional.of(1);
        if (!parameter.matches("[1-9][0-9]{0,6}")) return Optional.empty();
        int page = Integer.parseInt(parameter);
        return page <= MOST_PAGES ? Optional.of(page) : Optional.empty();
    }

    /** The items of page {@code page} (1-based) of {@code all}; empty past the end. */
    public static <T> List<T> slice(List<T> all, int page) {
        long from = (long) (page - 1) * SIZE;
        if (from >= all.size()) return List.of();
        return all.subList((int) from, (int) Math.min(all.size(), from + SIZE));
    }

    /** The pages needed for lists of these lengths (at least one). */
    public static int pagesFor(int... lengths) {
        int longest = 0;
        for (int length : lengths) longest = Math.max(longest, length);
        return Math.max(1, (longest + SIZE - 1) / SIZE);
    }

    /** The 1-based number of the first item of this page. */
    public int first() {
        return (page - 1) * SIZE + 1;
    }

    public boolean several() {
        return pages > 1 || open;
    }

    public Optional<Integer> previous() {
        return page > 1 ? Optional.of(page - 1) : Optional.empty();
    }

    public Optional<Integer> next() {
        return page < pages || open ? Optional.of(page + 1) : Optional.empty();
    }
}
