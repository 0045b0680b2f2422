package org.archivelod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * passage's IRI. Not every passage of the store joined with its document and sorted at once:
 * {@code queries/aggregates/passages/documents.rq} ranks the document graphs in that order once (a sort of one row
 * per document, kept as a rank per graph), {@code entities.rq} lists the entities named, and {@code passages.rq} reads
 * the passages of {@link #ENTITIES} entities at a time (an index lookup by entity, then lookups inside each passage's
 * graph); each entity's passages are sorted in Java by their graph's rank and their place in it and written as one
 * list, its entries together (the store's indexes take them in order). Memory holds the ranks (one per document) and
 * one batch of entities' passages. A graph is the passages of its first document in that order.
 */
final class PassageLists {
    /** Entities whose passages one query reads. */
    static final int ENTITIES = 500;
    private static final String NAME = "passages";
    private static final Query DOCUMENTS = query("documents");
    private static final Query NAMED = query("entities");
    private static final Query PASSAGES = query("passages");
    private static final Var LIST = Var.alloc("list");

    /** A document graph's place in the lists' order, and its document. */
    private record Ranked(int rank, Node document) {}

    /** One passage naming an entity: its graph's rank, its place in the document as a sort key, the passage. */
    private record Passage(int rank, String place, Node item) {}

    private static final Comparator<Passage> ORDER = Comparator.comparingInt(Passage::rank)
            .thenComparing(Passage::place).thenComparing(p -> str(p.item()));

    private PassageLists() {}

    /** Writes the passage list of every entity into the site graph of {@code parameters}. */
    static void write(SiteLists.Store store, AggregateParameters parameters) {
        Map<Node, Ranked> graphs = new HashMap<>();
        store.select(DOCUMENTS, row -> graphs.putIfAbsent(row.get("g").asNode(),
                new Ranked(graphs.size(), row.get("doc").asNode())));
        ListEntries out = new ListEntries(store, parameters.site());
        List<Binding> batch = new ArrayList<>(ENTITIES);
        // the entities' query ends in ORDER BY: its rows are all read (and sorted) before the first is given, so the
        // writes below never meet an open iterator over the store's indexes
        store.select(NAMED, row -> {
            batch.add(BindingFactory.binding(LIST, row.get("list").asNode()));
            if (batch.size() == ENTITIES) {
                write(store, batch, graphs, out);
                batch.clear();
            }
        });
        write(store, batch, graphs, out);
        out.flush();
    }

    /** The lists of the entities of {@code batch}: their passages read with one query, each list sorted and written. */
    private static void write(SiteLists.Store store, List<Binding> batch, Map<Node, Ranked> graphs, ListEntries out) {
        if (batch.isEmpty()) return;
        Map<Node, List<Passage>> lists = new LinkedHashMap<>();
        batch.forEach(b -> lists.put(b.get(LIST), new ArrayList<>()));
        store.select(forEntities(batch), row -> {
            Ranked graph = graphs.get(row.get("g").asNode());
            if (graph == null) return;     // not a document's graph, or its document has no title
            lists.get(row.get("list").asNode()).add(new Passage(graph.rank(), place(row, graph.document()), row.get("item").asNode()));
        });
        lists.forEach((entity, passages) -> {
            if (passages.isEmpty()) return;
            passages.sort(ORDER);
            String list = out.list(SiteAggregates.listName(NAME, entity));
            Set<Node> met = new HashSet<>();
            int size = 0;
            for (Passage p : passages) {
                if (met.add(p.item())) out.entry(list, ++size, p.item(), null);
            }
            out.size(list, size);
        });
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

    /** The passages' query with {@code VALUES ?list} of the batch before its pattern, so each entity is looked up. */
    private static Query forEntities(List<Binding> batch) {
        Query query = PASSAGES.cloneQuery();
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(List.of(LIST), List.copyOf(batch)));
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
