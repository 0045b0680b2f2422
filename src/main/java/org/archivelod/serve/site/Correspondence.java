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
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;

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
        List<Edge> edges = new ArrayList<>();
        Set<Node> people = new LinkedHashSet<>();
        Map<Node, Integer> letters = new LinkedHashMap<>();
        for (var row : aggregates.select("correspondence", Map.of())) {
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

    /** The whole network. */
    public static Correspondence read(DatasetGraph store) {
        List<ArchiveDocuments.Activity> sendings = new ArrayList<>();
        for (ArchiveDocuments.DocumentSummary doc : ArchiveDocuments.all(store)) {
            ArchiveDocuments.activities(store, doc.node()).stream().filter(a -> a.kind().equals("sending")).forEach(sendings::add);
        }
        return of(store, sendings);
    }

    /** The part of the network that touches {@code person}, read from their sendings only. */
    public static Correspondence around(DatasetGraph store, Node person) {
        Set<Node> documents = new LinkedHashSet<>();
        for (Node p : List.of(CRM.P14_carried_out_by.asNode(), CRM.P11_had_participant.asNode())) {
            store.find(Node.ANY, Node.ANY, p, person).forEachRemaining(q -> {
                boolean sending = ArchiveDocuments.objects(store, q.getSubject(), CRM.P2_has_type.asNode()).stream()
                        .anyMatch(t -> t.isURI() && UriScheme.isActivityType(t.getURI(), "sending"));
                if (sending) {
                    ArchiveDocuments.objects(store, q.getGraph(), DCTerms.subject.asNode()).forEach(documents::add);
                }
            });
        }
        List<ArchiveDocuments.Activity> sendings = new ArrayList<>();
        documents.forEach(d -> ArchiveDocuments.activities(store, d).stream()
                .filter(a -> a.kind().equals("sending")).forEach(sendings::add));
        return of(store, sendings).around(person);
    }

    private static Correspondence of(DatasetGraph store, List<ArchiveDocuments.Activity> sendings) {
        Map<List<Node>, Set<Node>> byPair = new LinkedHashMap<>();
        Map<Node, ArchiveDocuments.DocumentSummary> summaries = new LinkedHashMap<>();
        for (ArchiveDocuments.Activity a : sendings) {
            summaries.computeIfAbsent(a.document(), d -> ArchiveDocuments.summary(store, d));
            for (Node from : a.actors()) {
                for (Node to : a.participants()) {
                    if (!from.equals(to)) {
                        byPair.computeIfAbsent(List.of(from, to), k -> new LinkedHashSet<>()).add(a.document());
                    }
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        Set<Node> people = new LinkedHashSet<>();
        Map<Node, Set<Node>> documents = new LinkedHashMap<>();
        byPair.forEach((pair, docs) -> {
            edges.add(new Edge(pair.get(0), pair.get(1), docs.size(), docs.stream().map(summaries::get).toList()));
            people.addAll(pair);
            pair.forEach(p -> documents.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(docs));
        });
        edges.sort(ORDER);
        Map<Node, Integer> letters = new LinkedHashMap<>();
        documents.forEach((p, docs) -> letters.put(p, docs.size()));
        return new Correspondence(List.copyOf(people), edges, letters);
    }

    /** The part of the network that touches {@code person}. */
    public Correspondence around(Node person) {
        List<Edge> mine = edges.stream().filter(e -> e.from().equals(person) || e.to().equals(person)).toList();
        Set<Node> them = new LinkedHashSet<>();
        Map<Node, Set<Node>> documents = new LinkedHashMap<>();
        mine.forEach(e -> {
            them.add(e.from());
            them.add(e.to());
            for (Node p : List.of(e.from(), e.to())) {
                e.documents().forEach(d -> documents.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(d.node()));
            }
        });
        Map<Node, Integer> letters = new LinkedHashMap<>();
        documents.forEach((p, docs) -> letters.put(p, docs.size()));
        return new Correspondence(List.copyOf(them), mine, letters);
    }

    public boolean empty() {
        return edges.isEmpty();
    }
}
