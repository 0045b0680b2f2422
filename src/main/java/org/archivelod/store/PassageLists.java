package org.archivelod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The site lists {@code passages-…}, one per entity: every passage naming it (an annotation target whose body is the
 * entity), in the order of its page "Where is he mentioned?": by the document's date and title, then, inside one
 * document, its text before the archive's summary or citation (by the source's IRI), then by place, then by the
 * passage's IRI. Each document is read once, not each passage joined with its document and every passage of the
 * store sorted: {@code queries/aggregates/passages/documents.rq} lists the document graphs in that order (a sort of
 * one row per document), then {@code passages.rq} reads the passages of {@link #GRAPHS} graphs at a time (lookups
 * inside each small graph), each graph's passages are sorted in Java, and every entity's list grows in document order,
 * its next position counted in {@link ListSizes}. Memory holds a batch of graphs' passages, the graphs placed so far
 * and one count per entity. A passage's target is stated in one document's graph (it is minted under the document),
 * so an item is met once per list; a graph is the passages of its first document in that order.
 */
final class PassageLists {
    /** Document graphs whose passages one query reads. */
    static final int GRAPHS = 400;
    private static final String NAME = "passages";
    private static final Query DOCUMENTS = query("documents");
    private static final Query PASSAGES = query("passages");
    private static final Var G = Var.alloc("g");
    private static final Var DOC = Var.alloc("doc");

    /** One passage of a document graph naming {@code entity}, with its place in the document as a sort key. */
    private record Passage(Node entity, Node item, String place) {}

    private static final Comparator<Passage> IN_DOCUMENT = Comparator.comparing(Passage::place)
            .thenComparing(p -> str(p.item()));

    private PassageLists() {}

    /** Writes the passage list of every entity into the site graph of {@code parameters}. */
    static void write(SiteLists.Store store, AggregateParameters parameters) {
        ListEntries out = new ListEntries(store, parameters.site());
        ListSizes sizes = new ListSizes();
        Set<Node> placed = new HashSet<>();
        List<Binding> batch = new ArrayList<>(GRAPHS);
        // the documents' query ends in ORDER BY: its rows are all read (and sorted) before the first is given, so the
        // writes below never meet an open iterator over the store's indexes
        store.select(DOCUMENTS, row -> {
            Node graph = row.get("g").asNode();
            if (!placed.add(graph)) return;
            batch.add(BindingFactory.binding(G, graph, DOC, row.get("doc").asNode()));
            if (batch.size() == GRAPHS) {
                place(store, batch, out, sizes);
                batch.clear();
            }
        });
        place(store, batch, out, sizes);
        sizes.forEach((md5, size) -> out.size(out.list(NAME + "-" + md5), size));
        out.flush();
    }

    /** The passages of the graphs of {@code batch} (in the lists' order), each appended to its entity's list. */
    private static void place(SiteLists.Store store, List<Binding> batch, ListEntries out, ListSizes sizes) {
        if (batch.isEmpty()) return;
        Map<Node, Node> documents = new HashMap<>();
        batch.forEach(b -> documents.put(b.get(G), b.get(DOC)));
        Map<Node, List<Passage>> byGraph = new HashMap<>();
        store.select(forGraphs(batch), row -> {
            Node graph = row.get("g").asNode();
            byGraph.computeIfAbsent(graph, g -> new ArrayList<>())
                    .add(new Passage(row.get("list").asNode(), row.get("item").asNode(), place(row, documents.get(graph))));
        });
        for (Binding graph : batch) {
            List<Passage> passages = byGraph.getOrDefault(graph.get(G), List.of());
            passages.sort(IN_DOCUMENT);
            Set<List<Node>> met = new HashSet<>();
            Map<Node, String> names = new HashMap<>();
            for (Passage p : passages) {
                if (!met.add(List.of(p.entity(), p.item()))) continue;
                String name = names.computeIfAbsent(p.entity(), e -> SiteAggregates.listName(NAME, e));
                out.entry(out.list(name), sizes.next(name.substring(NAME.length() + 1)), p.item(), null);
            }
        }
    }

    /**
     * Where a passage is in its document, as a key that sorts in the page's order: "0" in the document's own text,
     * else "1 " and the source's IRI (the summary, the citation), then the start, ten digits ("-1" when it has none).
     */
    static String place(QuerySolution row, Node document) {
        Node source = row.get("source").asNode();
        String start = row.contains("start") ? row.getLiteral("start").getLexicalForm() : "-1";
        String padded = "0000000000" + start;
        return (source.equals(document) ? "0" : "1 " + str(source)) + " "
                + padded.substring(start.length());
    }

    /** A node as SPARQL's {@code STR} gives it: an IRI's text. */
    private static String str(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }

    /** The passages' query with {@code VALUES (?g ?doc)} of the batch before its pattern, so each graph is looked into. */
    private static Query forGraphs(List<Binding> batch) {
        Query query = PASSAGES.cloneQuery();
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(List.of(G, DOC), List.copyOf(batch)));
        for (Element e : ((ElementGroup) query.getQueryPattern()).getElements()) pattern.addElement(e);
        query.setQueryPattern(pattern);
        return query;
    }

    private static Query query(String name) {
        String path = "/queries/aggregates/passages/" + name + ".rq";
        try (var in = PassageLists.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("no " + path + " on the classpath");
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
