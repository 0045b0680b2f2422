package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Who wrote to whom: for every sending of correspondence the documents state, a link from each sender
 * ({@code crm:P14_carried_out_by}) to each addressee ({@code crm:P11_had_participant}), weighed by the number of
 * documents. Callers hold a read transaction.
 */
public record Correspondence(List<Node> people, List<Edge> edges, Map<Node, Integer> letters) {
    /**
     * Letters from one party to another: how many documents are such letters, and those documents (all of them, or
     * none where only the count was read).
     */
    public record Edge(Node from, Node to, int weight, List<ArchiveDocuments.DocumentSummary> documents) {}

    /** In how many documents {@code person} wrote or was written to, as far as this network goes. */
    public int lettersOf(Node person) {
        return letters.getOrDefault(person, 0);
    }

    /**
     * The whole network as the site graph's aggregates give it: each correspondence with its count, without its
     * documents ({@link #letters(SiteAggregatesView, Edge)} reads them for the rows shown).
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

    private static Correspondence of(List<Map<String, org.apache.jena.rdf.model.RDFNode>> rows) {
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

    /** The letters of {@code edge}, by date (undated last), then title. Callers hold a read transaction. */
    public static Edge letters(SiteAggregatesView aggregates, DatasetGraph store, Edge edge) {
        List<ArchiveDocuments.DocumentSummary> documents = aggregates
                .select("correspondence-letters", Map.of("from", edge.from(), "to", edge.to())).stream()
                .map(r -> ArchiveDocuments.summary(store, r.get("letter").asNode()))
                .sorted(ArchiveDocuments.BY_DATE).toList();
        return new Edge(edge.from(), edge.to(), edge.weight(), documents);
    }

    private static final Comparator<Edge> ORDER = Comparator.comparingInt(Edge::weight).reversed()
            .thenComparing(e -> e.from().toString()).thenComparing(e -> e.to().toString());

    public boolean empty() {
        return edges.isEmpty();
    }
}
