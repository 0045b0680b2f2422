package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.search.DocumentFacets;
import org.archivelod.store.ArchiveStore;
import org.archivelod.uri.UriScheme;

/**
 * What the search index files each document under for the search page's facets, read through the named query
 * {@code queries/site/search-facets.rq} with the document bound as {@code ?doc} and the activity type "sending" as
 * {@code ?sendingType}.
 */
public final class SearchFiling implements DocumentFacets {
    private final SiteQueries queries;
    private final DatasetGraph view;
    private Node sendingType;

    public SearchFiling(SiteQueries queries, DatasetGraph view) {
        this.queries = queries;
        this.view = view;
    }

    @Override
    public List<Value> of(Node document) {
        List<Value> values = new ArrayList<>();
        for (Map<String, RDFNode> row : queries.select("search-facets", view, Map.of("doc", document, "sendingType", sendingType()))) {
            RDFNode value = row.get("value");
            if (value == null) continue;
            String text = value.isURIResource() ? value.asResource().getURI()
                    : value.isLiteral() ? value.asLiteral().getLexicalForm() : "";
            if (!text.isEmpty()) values.add(new Value(row.get("facet").asLiteral().getLexicalForm(), text));
        }
        return values;
    }

    /** The activity type "sending" under the base the store's data was minted with. */
    private Node sendingType() {
        if (sendingType == null) {
            String base = ArchiveStore.mintedBase(view).orElse(UriScheme.DEFAULT_BASE);
            sendingType = NodeFactory.createURI(UriScheme.at(base).activityType("sending"));
        }
        return sendingType;
    }
}
