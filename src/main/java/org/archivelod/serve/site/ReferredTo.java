package org.archivelod.serve.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * One page of an entity's "referred to in": the statements of others pointing at it, {@link Paging#SIZE} a page,
 * read with the site query {@code referred-to-in} (the site graph left out) cut in the store (OFFSET and LIMIT in the
 * store's order for the entity, no sort of all its links), so a page costs the same for a document named once and a
 * person named in every document; their labels with one more through a front ({@link PageLabels}). The rows of a page
 * are shown by subject, then property label; a list that fits one page is thus in label
 * order, as it always was. How many there are in all is not counted: a page knows only whether another follows.
 *
 * <pre>{@code
 * ReferredTo.Page first = ReferredTo.page(new SiteAggregatesView(SiteQueries.shared(), store.queryView(), base), labels, entity, 1);
 * }</pre>
 */
public final class ReferredTo {
    private ReferredTo() {}

    /** Page {@code number} of the statements pointing at an entity: its rows, the number of its first, whether more follow. */
    public record Page(List<EntityPage.Incoming> rows, int first, boolean more) {
        /** "12" when the whole list is on this page, else "151–300 on this page" (and ", more after" while more follow). */
        public String countLabel() {
            if (first == 1 && !more) return Integer.toString(rows.size());
            return first + "–" + (first + rows.size() - 1) + " on this page" + (more ? ", more after" : "");
        }
    }

    /** Page {@code number} (from 1) of what points at {@code entity}, labelled; its rows are empty past the last page. */
    public static Page page(SiteAggregatesView site, Labels labels, Node entity, int number) {
        long offset = (long) (number - 1) * Paging.SIZE;
        var rows = site.select("referred-to-in", Map.of("entity", entity), offset, Paging.SIZE + 1L);
        boolean more = rows.size() > Paging.SIZE;
        List<Node> named = new java.util.ArrayList<>();
        rows.stream().limit(Paging.SIZE).forEach(r -> {
            named.add(r.get("subject").asNode());
            named.add(r.get("property").asNode());
        });
        Labels labelling = PageLabels.of(site, labels, named);
        List<EntityPage.Incoming> shown = rows.stream().limit(Paging.SIZE)
                .map(r -> new EntityPage.Incoming(labelling.link(r.get("subject").asNode()), labelling.link(r.get("property").asNode())))
                .distinct()
                .sorted(Comparator.comparing((EntityPage.Incoming i) -> i.subject().label()).thenComparing(i -> i.property().label()))
                .toList();
        return new Page(shown, (int) offset + 1, more);
    }
}
