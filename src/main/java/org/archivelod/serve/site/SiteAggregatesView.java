package org.archivelod.serve.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.uri.UriScheme;

/**
 * The site graph's aggregates as the pages read them (written at each load by {@code store/SiteAggregates}): each
 * answer is one small query of {@code queries/site/} with {@code ?site} bound to the site graph, whatever the size of
 * the collection.
 */
public final class SiteAggregatesView {
    /** One entry of a long list: the thing listed and, for an activity, its document. */
    public record Entry(Node item, Optional<Node> document) {}

    private final SiteQueries queries;
    private final DatasetGraph view;
    private final Node site;

    public SiteAggregatesView(SiteQueries queries, DatasetGraph view, String base) {
        this.queries = queries;
        this.view = view;
        this.site = NodeFactory.createURI(UriScheme.at(base).siteGraph());
    }

    /** The store the aggregates are read from (its query view: the union of its graphs as default graph). */
    public DatasetGraph view() {
        return view;
    }

    /** The rows of the site query {@code name}, {@code ?site} and {@code bindings} bound. */
    public List<Map<String, RDFNode>> select(String name, Map<String, Node> bindings) {
        return queries.select(name, view, withSite(bindings));
    }

    /** Rows {@code offset + 1} to {@code offset + limit} of the site query {@code name}, cut by the store. */
    public List<Map<String, RDFNode>> select(String name, Map<String, Node> bindings, long offset, long limit) {
        return queries.select(name, view, withSite(bindings), offset, limit);
    }

    /**
     * The rows of the site query {@code name} for each of several {@code values} of {@code var} at once (a
     * {@code VALUES} block: one request to a remote store), {@code ?site} and {@code bindings} bound.
     */
    public List<Map<String, RDFNode>> select(String name, Map<String, Node> bindings, String var, java.util.Collection<Node> values) {
        return queries.select(name, view, withSite(bindings), var, values);
    }

    private Map<String, Node> withSite(Map<String, Node> bindings) {
        Map<String, Node> all = new java.util.HashMap<>(bindings);
        all.put("site", site);
        return all;
    }

    /** How many entries the list {@code name} ("documents", "timeline"...) has; 0 for a list the store lacks. */
    public int size(String name) {
        return select("list-size", Map.of("list", list(name))).stream().findFirst()
                .map(r -> r.get("size").asLiteral().getInt()).orElse(0);
    }

    /** Page {@code page} (from 1, {@link Paging#SIZE} a page) of the list {@code name}, in order. */
    public List<Entry> page(String name, int page) {
        return select("list-page", Map.of("page", pageOf(name, page))).stream()
                .map(r -> new Entry(r.get("item").asNode(),
                        Optional.ofNullable(r.get("document")).map(RDFNode::asNode)))
                .toList();
    }

    /**
     * How many entries each of the lists {@code names} has, read together (one request to a remote store), in the
     * order of {@code names}; 0 for a list the store lacks.
     */
    public Map<String, Integer> sizes(List<String> names) {
        Map<Node, String> byList = new java.util.LinkedHashMap<>();
        names.forEach(name -> byList.put(list(name), name));
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        names.forEach(name -> sizes.put(name, 0));
        for (Map<String, RDFNode> row : select("list-size", Map.of(), "list", byList.keySet())) {
            sizes.put(byList.get(row.get("list").asNode()), row.get("size").asLiteral().getInt());
        }
        return sizes;
    }

    /**
     * Page {@code page} of each of the lists {@code names}, read together ({@code list-pages.rq}: one request to a
     * remote store), each in order, in the order of {@code names}.
     */
    public Map<String, List<Entry>> pages(List<String> names, int page) {
        Map<Node, String> byPage = new java.util.LinkedHashMap<>();
        names.forEach(name -> byPage.put(pageOf(name, page), name));
        Map<String, List<Entry>> pages = new java.util.LinkedHashMap<>();
        names.forEach(name -> pages.put(name, new java.util.ArrayList<>()));
        for (Map<String, RDFNode> row : select("list-pages", Map.of(), "page", byPage.keySet())) {
            pages.get(byPage.get(row.get("page").asNode())).add(new Entry(row.get("item").asNode(),
                    Optional.ofNullable(row.get("document")).map(RDFNode::asNode)));
        }
        pages.replaceAll((name, entries) -> List.copyOf(entries));
        return pages;
    }

    /** The IRI of page {@code page} of the list {@code name}, for a site query that reads a page with more. */
    public Node pageOf(String name, int page) {
        return NodeFactory.createURI(list(name).getURI() + "-" + page);
    }

    /** The IRI of the list {@code name}. */
    public Node list(String name) {
        return NodeFactory.createURI(site.getURI() + "#" + name);
    }
}
