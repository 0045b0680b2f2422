package org.archivelod.serve.site;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.store.RemoteDatasetGraph;

/**
 * The labels of many things a page prints at once (the subjects and properties of a page of "referred to in", an
 * entity's correspondents): over a
 * remote store (a front) one query, {@code queries/site/labels.rq}, where reading each thing's label fetched its every
 * statement (a document's text too); over a local store the labels are read as they are needed, from the index.
 */
public final class PageLabels {
    /** The properties a label is read from ({@link Labels}). */
    static final List<Node> LABELLING = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());

    private PageLabels() {}

    /** {@code labels}, knowing the labels of {@code nodes} when the store is remote. */
    public static Labels of(SiteAggregatesView site, Labels labels, Collection<Node> nodes) {
        List<Node> named = nodes.stream().filter(Node::isURI).distinct().toList();
        if (named.isEmpty() || RemoteDatasetGraph.behind(site.view()).isEmpty()) return labels;
        PageStatements read = new PageStatements();
        for (Map<String, RDFNode> row : site.select("labels", Map.of(), "node", named)) {
            read.add(row.get("node").asNode(), row.get("property").asNode(), row.get("label").asNode());
        }
        return labels.knowing(read.about(new LinkedHashSet<>(named), LABELLING));
    }
}
