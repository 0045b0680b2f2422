package org.archivelod.serve.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The documents before and after a document in time (by date, then title), for its page: its neighbours in the site
 * list {@code chronology}, cut at load ({@code queries/site/document-neighbours.rq}: one query of lookups, however
 * many documents the store holds). Where a neighbour has the same date and title, the named queries
 * {@code previous-document.rq} and {@code next-document.rq} decide, as they always did (they skip such documents,
 * sorting every dated document, so they are asked only then). Callers hold a read transaction.
 *
 * <pre>{@code
 * DocumentNeighbours around = DocumentNeighbours.of(aggregates, queries, store.queryView(), document);
 * around.previous().ifPresent(doc -> ...);
 * }</pre>
 */
public record DocumentNeighbours(Optional<Node> previous, Optional<Node> next) {

    /** The neighbours of {@code document}; {@code view} is the store's query view, for the rare tie. */
    public static DocumentNeighbours of(SiteAggregatesView aggregates, SiteQueries queries, DatasetGraph view, Node document) {
        List<Map<String, RDFNode>> rows = aggregates.select("document-neighbours",
                Map.of("this", document, "list", aggregates.list("chronology")));
        return new DocumentNeighbours(near(rows, -1, "previous-document", queries, view, document),
                near(rows, 1, "next-document", queries, view, document));
    }

    private static Optional<Node> near(List<Map<String, RDFNode>> rows, int step, String byQuery, SiteQueries queries,
            DatasetGraph view, Node document) {
        List<Map<String, RDFNode>> mine = rows.stream().filter(r -> r.get("step").asLiteral().getInt() == step).toList();
        if (mine.stream().anyMatch(r -> r.get("tied") != null)) {
            return byQuery(byQuery, queries, view, document);
        }
        return mine.stream().findFirst().map(r -> r.get("doc").asNode());
    }

    /** The neighbour as the named query {@code name} finds it, over every dated document. */
    private static Optional<Node> byQuery(String name, SiteQueries queries, DatasetGraph view, Node document) {
        var date = ArchiveDocuments.objects(view, document, DCTerms.date.asNode());
        var title = ArchiveDocuments.objects(view, document, DCTerms.title.asNode());
        if (date.isEmpty() || title.isEmpty()) return Optional.empty();
        return queries.select(name, view, Map.of("thisDate", date.get(0), "thisTitle", title.get(0)))
                .stream().findFirst().map(row -> row.get("doc").asNode());
    }
}
