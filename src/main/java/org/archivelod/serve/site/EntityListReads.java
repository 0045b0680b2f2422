package org.archivelod.serve.site;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.OA;
import org.archivelod.store.RemoteDatasetGraph;
import org.archivelod.vocab.CRM;
import org.archivelod.vocab.SITE;

/**
 * What an entity's long lists show, read level by level from the site lists' pages, each level a bounded set of
 * index lookups (a subject and a property bound), never an {@code OPTIONAL} evaluated row by row: the lists' sizes
 * and the pages' entries; each entry's item and position; what an item prints (a document's title, label and date, a
 * passage's source and selectors); what the sources and selectors are (type, text, quote, position); the documents
 * that summaries and citations are about; the labels of the sources' types. Over a local store each lookup is a
 * {@code find}; over a remote one (a front) the same levels are one query, {@code queries/site/entity-lists.rq}, one
 * request: both gather the same statements ({@link PageStatements}), in the store's order.
 */
final class EntityListReads {
    /** Level by level: the properties read of the nodes a level reaches. */
    static final List<Node> OF_LISTS = List.of(SITE.size.asNode(), SITE.entry.asNode());
    static final List<Node> OF_ENTRIES = List.of(SITE.item.asNode(), SITE.position.asNode());
    static final List<Node> OF_ITEMS = List.of(DCTerms.title.asNode(), RDFS.label.asNode(), DCTerms.date.asNode(),
            OA.hasSource.asNode(), OA.hasSelector.asNode());
    static final List<Node> OF_SOURCES = List.of(RDF.type.asNode(), CRM.P129_is_about.asNode(), CRM.P2_has_type.asNode(),
            CRM.P190_has_symbolic_content.asNode(), DCTerms.title.asNode(), RDFS.label.asNode(), DCTerms.date.asNode(),
            OA.exact.asNode(), OA.prefix.asNode(), OA.suffix.asNode(), OA.start.asNode());
    static final List<Node> OF_DOCUMENTS = List.of(DCTerms.title.asNode(), RDFS.label.asNode(), DCTerms.date.asNode());
    static final List<Node> OF_TYPES = PageLabels.LABELLING;

    private EntityListReads() {}

    /**
     * The statements about {@code nodes} (site lists and the pages of them shown) and what they lead to; the items of
     * {@code passages} (a page of an entity's passages, among {@code nodes}) are annotation targets, the others documents.
     */
    static PageStatements read(SiteAggregatesView site, Collection<Node> nodes, Node passages) {
        DatasetGraph store = site.view();
        return RemoteDatasetGraph.behind(store).isPresent() ? asQuery(site, nodes)
                : Txn.calculateRead(store, () -> byLookups(store, nodes, passages));
    }

    /** One request: the levels as one query of mandatory patterns, each row a statement. */
    static PageStatements asQuery(SiteAggregatesView site, Collection<Node> nodes) {
        PageStatements gathered = new PageStatements();
        for (Map<String, RDFNode> row : site.select("entity-lists", Map.of(), "node", nodes)) {
            RDFNode subject = row.get("s") != null ? row.get("s") : row.get("node");
            gathered.add(subject.asNode(), row.get("p").asNode(), row.get("o").asNode());
        }
        return gathered;
    }

    /**
     * The same levels with the store's index: a lookup per subject and property of a document (a subject with many
     * statements), one scan of the few statements of an entry, a target or a selector.
     */
    static PageStatements byLookups(DatasetGraph store, Collection<Node> nodes, Node passages) {
        PageStatements gathered = new PageStatements();
        level(store, gathered, nodes, OF_LISTS, false);
        Set<Node> entries = gathered.reached(nodes, SITE.entry.asNode());
        level(store, gathered, entries, OF_ENTRIES, true);
        Set<Node> targetEntries = gathered.reached(List.of(passages), SITE.entry.asNode());
        Set<Node> targets = gathered.reached(targetEntries, SITE.item.asNode());
        level(store, gathered, targets, OF_ITEMS, true);
        level(store, gathered, gathered.reached(entries.stream().filter(e -> !targetEntries.contains(e)).toList(),
                SITE.item.asNode()), OF_DOCUMENTS, false);
        Set<Node> sources = gathered.reached(targets, OA.hasSource.asNode());
        level(store, gathered, sources, OF_SOURCES, false);
        level(store, gathered, gathered.reached(targets, OA.hasSelector.asNode()), OF_SOURCES, true);
        level(store, gathered, gathered.reached(sources, CRM.P129_is_about.asNode()), OF_DOCUMENTS, false);
        level(store, gathered, gathered.reached(sources, CRM.P2_has_type.asNode()), OF_TYPES, false);
        return gathered;
    }

    /**
     * Reads {@code properties} of each of {@code subjects} into {@code gathered}: a lookup per property, or one scan
     * of the subject's statements ({@code scan}, for a subject with few).
     */
    private static void level(DatasetGraph store, PageStatements gathered, Collection<Node> subjects, List<Node> properties,
            boolean scan) {
        for (Node s : subjects) {
            if (!s.isURI() && !s.isBlank()) continue;
            if (scan) {
                store.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (properties.contains(q.getPredicate())) gathered.add(s, q.getPredicate(), q.getObject());
                });
            } else {
                for (Node p : properties) {
                    store.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> gathered.add(s, p, q.getObject()));
                }
            }
        }
    }
}
