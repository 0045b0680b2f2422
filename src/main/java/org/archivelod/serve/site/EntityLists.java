package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.archivelod.vocab.SITE;

/**
 * One page of each of an entity's site lists (its passages, the documents it wrote, received and translated, its
 * letters), with each list's size and, for a document, what its row prints (title and date), and what the page's
 * passages show: read together, level by level, in a few bounded lookups whatever the collection's size (one query
 * through a front: {@link EntityListReads}).
 *
 * <pre>{@code
 * EntityLists lists = EntityLists.read(aggregates, List.of("wrote-…", "letters-…"), 2);
 * int letters = lists.size("letters-…");
 * }</pre>
 */
public final class EntityLists {
    private final Map<String, Integer> sizes;
    private final Map<String, List<Node>> pages;
    private final PageStatements read;

    private EntityLists(Map<String, Integer> sizes, Map<String, List<Node>> pages, PageStatements read) {
        this.sizes = sizes;
        this.pages = pages;
        this.read = read;
    }

    /**
     * Page {@code page} (from 1) of each of the lists {@code names}, with their sizes (0 for a list the store lacks):
     * the first an entity's passages (annotation targets), the others its documents.
     */
    public static EntityLists read(SiteAggregatesView aggregates, List<String> names, int page) {
        Map<String, Node> lists = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        names.forEach(n -> {
            lists.put(n, aggregates.list(n));
            nodes.add(aggregates.list(n));
            nodes.add(aggregates.pageOf(n, page));
        });
        PageStatements read = EntityListReads.read(aggregates, nodes, aggregates.pageOf(names.get(0), page));
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, List<Node>> pages = new HashMap<>();
        lists.forEach((name, list) -> {
            sizes.put(name, read.first(list, SITE.size.asNode()).map(n -> number(n)).orElse(0));
            TreeMap<Integer, Node> entries = new TreeMap<>();
            for (Node entry : read.values(aggregates.pageOf(name, page), SITE.entry.asNode())) {
                read.first(entry, SITE.item.asNode()).ifPresent(item -> read.first(entry, SITE.position.asNode())
                        .ifPresent(position -> entries.putIfAbsent(number(position), item)));
            }
            pages.put(name, List.copyOf(entries.values()));
        });
        return new EntityLists(sizes, pages, read);
    }

    private static int number(Node literal) {
        return ((Number) literal.getLiteralValue()).intValue();
    }

    /** How many entries the list {@code name} has. */
    public int size(String name) {
        return sizes.getOrDefault(name, 0);
    }

    /** The things this page of the list {@code name} lists, in order. */
    public List<Node> items(String name) {
        return pages.getOrDefault(name, List.of());
    }

    /** The documents this page of the list {@code name} lists, in order, with their titles and dates. */
    public List<ArchiveDocuments.DocumentSummary> documents(String name) {
        return items(name).stream().map(read::summary).toList();
    }

    /** The passages this page of the list {@code name} (an entity's "passages") shows, in order. */
    public List<Passages.Passage> passages(String name, Labels labels) {
        return Passages.at(read, labels, items(name));
    }
}
