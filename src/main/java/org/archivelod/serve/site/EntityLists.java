package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One page of each of an entity's site lists (its passages, the documents it wrote, received and translated, its
 * letters), with each list's size and, for a document, what its row prints (title and date): read with one query,
 * {@code queries/site/entity-lists.rq}, whatever the collection's size, where a list's size, its page and each of
 * its documents were read apart.
 *
 * <pre>{@code
 * EntityLists lists = EntityLists.read(aggregates, List.of("wrote-…", "letters-…"), 2);
 * int letters = lists.size("letters-…");
 * }</pre>
 */
public final class EntityLists {
    private final Map<String, Integer> sizes;
    private final Map<String, List<Listed>> pages;

    /** An entry of a list's page: the thing listed and the values a document's row prints (empty for others). */
    private record Listed(Node item, List<Node> titles, List<Node> labels, List<Node> dates) {
        ArchiveDocuments.DocumentSummary summary() {
            return ArchiveDocuments.summary(item, ArchiveDocuments.preferred(titles), ArchiveDocuments.preferred(labels),
                    ArchiveDocuments.preferred(dates));
        }
    }

    private EntityLists(Map<String, Integer> sizes, Map<String, List<Listed>> pages) {
        this.sizes = sizes;
        this.pages = pages;
    }

    /** Page {@code page} (from 1) of each of the lists {@code names}, with their sizes (0 for a list the store lacks). */
    public static EntityLists read(SiteAggregatesView aggregates, List<String> names, int page) {
        Map<Node, String> byList = new LinkedHashMap<>();
        names.forEach(n -> byList.put(aggregates.list(n), n));
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, TreeMap<Integer, Rows>> entries = new HashMap<>();
        names.forEach(n -> {
            sizes.put(n, 0);
            entries.put(n, new TreeMap<>());
        });
        Node number = NodeFactory.createLiteralDT(Integer.toString(page), XSDDatatype.XSDinteger);
        for (Map<String, RDFNode> row : aggregates.select("entity-lists", Map.of("page", number), "list", byList.keySet())) {
            String name = byList.get(row.get("list").asNode());
            sizes.put(name, row.get("size").asLiteral().getInt());
            if (row.get("item") != null) {
                entries.get(name).computeIfAbsent(row.get("position").asLiteral().getInt(), p -> new Rows(row.get("item").asNode()))
                        .add(row);
            }
        }
        Map<String, List<Listed>> pages = new HashMap<>();
        entries.forEach((name, rows) -> pages.put(name, rows.values().stream().map(Rows::listed).toList()));
        return new EntityLists(sizes, pages);
    }

    /** How many entries the list {@code name} has. */
    public int size(String name) {
        return sizes.getOrDefault(name, 0);
    }

    /** The things this page of the list {@code name} lists, in order. */
    public List<Node> items(String name) {
        return pages.getOrDefault(name, List.of()).stream().map(Listed::item).toList();
    }

    /** The documents this page of the list {@code name} lists, in order, with their titles and dates. */
    public List<ArchiveDocuments.DocumentSummary> documents(String name) {
        return pages.getOrDefault(name, List.of()).stream().map(Listed::summary).toList();
    }

    /** The rows of one entry (one per combination of its values), gathered. */
    private static final class Rows {
        private final Node item;
        private final Set<Node> titles = new LinkedHashSet<>();
        private final Set<Node> labels = new LinkedHashSet<>();
        private final Set<Node> dates = new LinkedHashSet<>();

        Rows(Node item) {
            this.item = item;
        }

        void add(Map<String, RDFNode> row) {
            Optional.ofNullable(row.get("title")).ifPresent(t -> titles.add(t.asNode()));
            Optional.ofNullable(row.get("label")).ifPresent(l -> labels.add(l.asNode()));
            Optional.ofNullable(row.get("date")).ifPresent(d -> dates.add(d.asNode()));
        }

        Listed listed() {
            return new Listed(item, new ArrayList<>(titles), new ArrayList<>(labels), new ArrayList<>(dates));
        }
    }
}
