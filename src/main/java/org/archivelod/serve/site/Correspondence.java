package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.store.RemoteDatasetGraph;
import org.archivelod.store.SiteAggregates;

/**
 * Who wrote to whom: for every sending of correspondence the documents state, a link from each sender
 * ({@code crm:P14_carried_out_by}) to each addressee ({@code crm:P11_had_participant}), weighed by the number of
 * documents. Callers hold a read transaction.
 */
public record Correspondence(List<Node> people, List<Edge> edges, Map<Node, Integer> letters) {
    /**
     * Letters from one party to another: how many documents are such letters, and the first of those documents by
     * date (none where only the count was read).
     */
    public record Edge(Node from, Node to, int weight, List<ArchiveDocuments.DocumentSummary> documents) {}

    /** In how many documents {@code person} wrote or was written to, as far as this network goes. */
    public int lettersOf(Node person) {
        return letters.getOrDefault(person, 0);
    }

    /**
     * The whole network as the site graph's aggregates give it: each correspondence with its count, without its
     * documents ({@link #page(SiteAggregatesView, DatasetGraph, int, int)} reads a page of it with its first letters).
     */
    public static Correspondence of(SiteAggregatesView aggregates) {
        return of(aggregates.select("correspondence", Map.of()));
    }

    /**
     * The part of the network that touches {@code person}, from the site graph: their correspondences with their
     * counts, and each party's letters in the whole network (the dot sizes of {@code /network}), read with one query
     * whose rows are their correspondences, however many letters they wrote.
     */
    public static Correspondence around(SiteAggregatesView aggregates, Node person) {
        return of(aggregates.select("correspondents", Map.of("person", person)));
    }

    private static Correspondence of(List<Map<String, RDFNode>> rows) {
        List<Edge> edges = new ArrayList<>();
        Set<Node> people = new LinkedHashSet<>();
        Map<Node, Integer> letters = new LinkedHashMap<>();
        for (var row : rows) {
            Node from = row.get("from").asNode();
            Node to = row.get("to").asNode();
            edges.add(new Edge(from, to, row.get("documents").asLiteral().getInt(), List.of()));
            people.add(from);
            people.add(to);
            letters.put(from, row.get("fromLetters").asLiteral().getInt());
            letters.put(to, row.get("toLetters").asLiteral().getInt());
        }
        edges.sort(ORDER);
        return new Correspondence(List.copyOf(people), edges, letters);
    }

    /**
     * Page {@code page} of the network (from 1): its {@link Paging#SIZE} correspondences in this order (most letters
     * first), with their parties and letter counts; empty past the last page.
     */
    public Correspondence page(int page) {
        List<Edge> shown = Paging.slice(edges, page);
        Set<Node> parties = new LinkedHashSet<>();
        shown.forEach(e -> {
            parties.add(e.from());
            parties.add(e.to());
        });
        return new Correspondence(List.copyOf(parties), shown, letters);
    }

    /** Letters named in a row of {@code /network}, the first entries of its site list {@code between}; the others are counted. */
    public static final int LETTERS_SHOWN = 5;

    /**
     * Page {@code page} of the network (from 1) as the site list {@code network} holds it, cut at load in this order
     * (most letters first): its correspondences with their counts and parties ({@code network-page.rq}, one row
     * each), each with its first {@value #LETTERS_SHOWN} letters by date (undated last), then title: the first
     * entries of its site list {@code between}, read by their IRIs in one more query ({@code network-letters.rq}),
     * whatever the size of the collection or of a correspondence; empty past the last page. Callers hold a read
     * transaction.
     */
    public static Correspondence page(SiteAggregatesView aggregates, DatasetGraph store, int page) {
        List<Map<String, RDFNode>> rows = aggregates.select("network-page", Map.of("page", aggregates.pageOf("network", page)));
        Map<Node, List<Node>> shown = new LinkedHashMap<>();
        for (var row : rows) {
            shownOf(aggregates, row).forEach(entry -> shown.put(entry, new ArrayList<>()));
        }
        if (!shown.isEmpty()) {
            for (var row : aggregates.select("network-letters", Map.of(), "shown", shown.keySet())) {
                shown.get(row.get("shown").asNode()).add(row.get("letter").asNode());
            }
        }
        Function<Node, ArchiveDocuments.DocumentSummary> summary = summaries(aggregates, store,
                shown.values().stream().flatMap(List::stream).distinct().toList());
        List<Edge> edges = new ArrayList<>();
        Set<Node> people = new LinkedHashSet<>();
        Map<Node, Integer> letters = new LinkedHashMap<>();
        for (var row : rows) {
            Node from = row.get("from").asNode();
            Node to = row.get("to").asNode();
            int documents = row.get("documents").asLiteral().getInt();
            List<ArchiveDocuments.DocumentSummary> named = shownOf(aggregates, row).stream()
                    .flatMap(entry -> shown.get(entry).stream()).map(summary).toList();
            edges.add(new Edge(from, to, documents, named));
            people.add(from);
            people.add(to);
            letters.put(from, row.get("fromLetters").asLiteral().getInt());
            letters.put(to, row.get("toLetters").asLiteral().getInt());
        }
        return new Correspondence(List.copyOf(people), edges, letters);
    }

    /**
     * The entries of a row's site list {@code between} that the row names, by their IRIs (the list's, ".", the
     * position, as store/SiteLists mints them): its first {@value #LETTERS_SHOWN}, fewer where it has fewer letters.
     */
    private static List<Node> shownOf(SiteAggregatesView aggregates, Map<String, RDFNode> row) {
        String list = aggregates.list(SiteAggregates.listName("between", row.get("edge").asNode())).getURI();
        int shown = Math.min(LETTERS_SHOWN, row.get("documents").asLiteral().getInt());
        List<Node> entries = new ArrayList<>(shown);
        for (int at = 1; at <= shown; at++) entries.add(NodeFactory.createURI(list + "." + at));
        return entries;
    }

    /**
     * The summaries of {@code letters}: over a local store each read as a document is (a few index lookups); over a
     * remote one (a front) their titles, labels and dates in one query ({@code document-summaries.rq}), where reading
     * each fetched every letter's every statement.
     */
    private static Function<Node, ArchiveDocuments.DocumentSummary> summaries(SiteAggregatesView aggregates, DatasetGraph store,
            List<Node> letters) {
        if (RemoteDatasetGraph.behind(store).isEmpty() || letters.isEmpty()) return letter -> ArchiveDocuments.summary(store, letter);
        PageStatements gathered = new PageStatements();
        for (var row : aggregates.select("document-summaries", Map.of(), "node", letters)) {
            gathered.add(row.get("node").asNode(), row.get("p").asNode(), row.get("o").asNode());
        }
        return gathered::summary;
    }

    private static final Comparator<Edge> ORDER = Comparator.comparingInt(Edge::weight).reversed()
            .thenComparing(e -> e.from().toString()).thenComparing(e -> e.to().toString());

    public boolean empty() {
        return edges.isEmpty();
    }
}
