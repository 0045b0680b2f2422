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
public record Correspondence(List<Node> people, List<Edge> edges) {
    /** Letters from one party to another: the documents that are such letters. */
    public record Edge(Node from, Node to, List<ArchiveDocuments.DocumentSummary> documents) {
        public int weight() {
            return documents.size();
        }
    }

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
        byPair.forEach((pair, docs) -> {
            edges.add(new Edge(pair.get(0), pair.get(1), docs.stream().map(summaries::get).toList()));
            people.addAll(pair);
        });
        edges.sort(Comparator.comparingInt(Edge::weight).reversed().thenComparing(e -> e.from().toString())
                .thenComparing(e -> e.to().toString()));
        return new Correspondence(List.copyOf(people), edges);
    }

    /** The part of the network that touches {@code person}. */
    public Correspondence around(Node person) {
        List<Edge> mine = edges.stream().filter(e -> e.from().equals(person) || e.to().equals(person)).toList();
        Set<Node> them = new LinkedHashSet<>();
        mine.forEach(e -> {
            them.add(e.from());
            them.add(e.to());
        });
        return new Correspondence(List.copyOf(them), mine);
    }

    public boolean empty() {
        return edges.isEmpty();
    }
}
