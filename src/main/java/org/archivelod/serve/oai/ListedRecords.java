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
import org.archivelod.store.SiteAggregates;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;

/**
 * The records OAI-PMH lists, in the order of their IRIs, from site lists written at load: when no set is asked for, the
 * list {@code oai} ({@code queries/aggregates/lists/oai.rq}: every document, and the document IRIs this release
 * replaced); for a set, its list {@code oai-set} ({@code oai-set.rq}, one per setSpec: the documents in it). Each is
 * read only at the pages a request's offset points at, so that a list request reads as much as it shows, however many
 * records there are. A record's sets and whether it is deleted are read for it alone; so is a record asked for by its
 * identifier. The store's release is fixed while the server runs, so the last pages read are kept (64 at most: a few
 * hundred kilobytes).
 */
final class ListedRecords {
    /** The list of every record. */
    static final String ALL = "oai";
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

    /** The list of the records in the set {@code spec} (a leaf set or one of the two top sets). */
    static String ofSet(String spec) {
        return SiteAggregates.listName("oai-set", NodeFactory.createLiteralString(spec));
    }

    /** How many records the list {@code list} ({@link #ALL}, {@link #ofSet}) holds; 0 for a list the store lacks. */
    int size(String list) {
        return aggregates.size(list);
    }

    /** Records {@code offset + 1} to {@code offset + max} of the list {@code list}, in order; the last pages read are kept. */
    List<DocumentCatalogue.Entry> page(String list, long offset, int max) {
        return read.get(list + " " + offset + "+" + max, key -> readPage(list, offset, max));
    }

    private List<DocumentCatalogue.Entry> readPage(String list, long offset, int max) {
        List<Node> items = new ArrayList<>();
        long first = offset + 1;
        long last = offset + max;
        for (long page = (first - 1) / Paging.SIZE + 1; page <= (last - 1) / Paging.SIZE + 1; page++) {
            long position = (page - 1) * Paging.SIZE;
            List<SiteAggregatesView.Entry> entries = aggregates.page(list, (int) page);
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
                ? new DocumentCatalogue.Entry(item.getURI(), item, DocumentCatalogue.specs(store, item), false)
                : new DocumentCatalogue.Entry(item.getURI(), item, List.of(), true);
    }

    private boolean document(Node item) {
        return store.contains(Node.ANY, item, RDF.type.asNode(), CRM.E31_Document.asNode());
    }
}
