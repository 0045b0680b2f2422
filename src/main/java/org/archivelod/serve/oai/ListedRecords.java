package org.archivelod.serve.oai;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.pipeline.IriRedirects;
import org.archivelod.serve.site.Paging;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;

/**
 * The records OAI-PMH lists when no set is asked for, in the order of their IRIs: the site list {@code oai}, written at
 * load ({@code queries/aggregates/lists/oai.rq}: every document, and the document IRIs this release replaced), read
 * only at the pages a request's offset points at, so that a list request reads as much as it shows, however many
 * records there are. A record's sets and whether it is deleted are read for it alone; so is a record asked for by its
 * identifier. The store's release is fixed while the server runs (as for the catalogue), so the last pages read are
 * kept (64 at most: a few hundred kilobytes).
 */
final class ListedRecords {
    private static final String LIST = "oai";
    private final SiteAggregatesView aggregates;
    private final DatasetGraph store;
    private final String base;
    /** The pages read last (a harvest asks each once; a repeat is answered from here), {@link #KEPT} at most. */
    private final Cache<String, List<DocumentCatalogue.Entry>> read = Caffeine.newBuilder().maximumSize(KEPT).build();
    private static final int KEPT = 64;

    ListedRecords(SiteAggregatesView aggregates, DatasetGraph store, String base) {
        this.aggregates = aggregates;
        this.store = store;
        this.base = base;
    }

    /** How many records the list holds. */
    int size() {
        return aggregates.size(LIST);
    }

    /** Records {@code offset + 1} to {@code offset + max} of the list, in order; the last pages read are kept. */
    List<DocumentCatalogue.Entry> page(long offset, int max) {
        return read.get(offset + "+" + max, key -> readPage(offset, max));
    }

    private List<DocumentCatalogue.Entry> readPage(long offset, int max) {
        List<Node> items = new ArrayList<>();
        long first = offset + 1;
        long last = offset + max;
        for (long page = (first - 1) / Paging.SIZE + 1; page <= (last - 1) / Paging.SIZE + 1; page++) {
            long position = (page - 1) * Paging.SIZE;
            List<SiteAggregatesView.Entry> entries = aggregates.page(LIST, (int) page);
            if (entries.isEmpty()) break;
            for (SiteAggregatesView.Entry e : entries) {
                position++;
                if (position >= first && position <= last) items.add(e.item());
            }
        }
        return Txn.calculateRead(store, () -> items.stream().map(this::entry).toList());
    }

    /** The record {@code identifier} names: a document, or a document IRI this release replaced; empty for others. */
    Optional<DocumentCatalogue.Entry> entry(String identifier) {
        Node iri = NodeFactory.createURI(identifier);
        return Txn.calculateRead(store, () -> {
            if (document(iri)) return Optional.of(entry(iri));
            boolean replaced = UriScheme.at(base).isDocument(identifier)
                    && store.contains(IriRedirects.graph(base), iri, DCTerms.isReplacedBy.asNode(), Node.ANY);
            return replaced ? Optional.of(entry(iri)) : Optional.empty();
        });
    }

    /** A listed record: a document with its sets, or a deleted one in no set. Callers hold a read transaction. */
    private DocumentCatalogue.Entry entry(Node item) {
        return document(item)
                ? new DocumentCatalogue.Entry(item.getURI(), item, DocumentCatalogue.specs(store, item, (spec, thing, p) -> {}), false)
                : new DocumentCatalogue.Entry(item.getURI(), item, List.of(), true);
    }

    private boolean document(Node item) {
        return store.contains(Node.ANY, item, RDF.type.asNode(), CRM.E31_Document.asNode());
    }
}
