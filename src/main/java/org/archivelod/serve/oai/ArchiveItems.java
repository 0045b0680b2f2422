package org.archivelod.serve.oai;

import io.gdcc.xoai.dataprovider.exceptions.handler.CannotDisseminateFormatException;
import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The documents as OAI-PMH items: identified by their IRIs, stamped with the release time (every record of a release
 * changes with it, none between releases; a document IRI this release replaced is a deleted record of the same time),
 * in the sets of the {@link DocumentCatalogue}, listed by IRI a page at a
 * time from the offset of the resumption token: every record from the site graph's list ({@link ListedRecords}), the
 * records of one set from the catalogue. {@code from} and {@code until} select by that datestamp; {@code until}
 * arrives exclusive (see {@link ArchiveDataProvider}).
 */
final class ArchiveItems implements ItemRepository {
    private final DatasetGraph store;
    private final Supplier<DocumentCatalogue> catalogue;
    private final ListedRecords listed;
    private final Instant released;

    ArchiveItems(DatasetGraph store, Supplier<DocumentCatalogue> catalogue, ListedRecords listed, Instant released) {
        this.store = store;
        this.catalogue = catalogue;
        this.listed = listed;
        this.released = released;
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        return listed.entry(identifier).map(this::header)
                .orElseThrow(() -> new IdDoesNotExistException("No document has the identifier '" + identifier + "'"));
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
        DocumentCatalogue.Entry entry = listed.entry(identifier)
                .orElseThrow(() -> new IdDoesNotExistException("No document has the identifier '" + identifier + "'"));
        return record(entry, format);
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format, int max,
            ResumptionToken.Value token) {
        int size = size(token);
        List<ItemIdentifier> page = page(token, max).stream().<ItemIdentifier>map(this::header).toList();
        return new ResultsPage<>(token, token.getOffset() + page.size() < size, page, size);
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int max, ResumptionToken.Value token)
            throws HandlerException {
        int size = size(token);
        List<Item> page = new java.util.ArrayList<>();
        for (DocumentCatalogue.Entry e : page(token, max)) page.add(record(e, format));
        return new ResultsPage<>(token, token.getOffset() + page.size() < size, page, size);
    }

    /** How many records a list request selects: in its set, with the release time between from and until. */
    int size(ResumptionToken.Value token) {
        if (!inTime(token)) return 0;
        return token.getSetSpec() == null ? listed.size() : inSet(token).size();
    }

    /**
     * The page of a list request from its token's offset: of every record, read from the site list at that offset
     * alone; of one set, cut from the catalogue's documents in it.
     */
    private List<DocumentCatalogue.Entry> page(ResumptionToken.Value token, int max) {
        if (!inTime(token)) return List.of();
        if (token.getSetSpec() == null) return listed.page(token.getOffset(), max);
        List<DocumentCatalogue.Entry> all = inSet(token);
        int from = (int) Math.min(token.getOffset(), all.size());
        return all.subList(from, Math.min(all.size(), from + max));
    }

    private boolean inTime(ResumptionToken.Value token) {
        return (token.getFrom() == null || !released.isBefore(token.getFrom()))
                && (token.getUntil() == null || released.isBefore(token.getUntil()));
    }

    private List<DocumentCatalogue.Entry> inSet(ResumptionToken.Value token) {
        String set = token.getSetSpec();
        return catalogue.get().entries().stream().filter(e -> e.inSet(set)).toList();
    }

    private Header header(DocumentCatalogue.Entry entry) {
        return new Header(entry, released);
    }

    private Item record(DocumentCatalogue.Entry entry, MetadataFormat format) throws CannotDisseminateFormatException {
        if (entry.deleted()) return new Record(entry, released, new byte[0]);
        byte[] xml = switch (format.getPrefix()) {
            case DublinCoreRecord.PREFIX -> DublinCoreRecord.of(store, entry.document());
            case RdfRecord.PREFIX -> RdfRecord.of(store, entry.document());
            default -> throw new CannotDisseminateFormatException("Format '" + format.getPrefix() + "' is not offered");
        };
        return new Record(entry, released, xml);
    }

    /** An item's header: identifier, datestamp and sets. */
    private static class Header implements ItemIdentifier {
        final DocumentCatalogue.Entry entry;
        private final Instant datestamp;

        Header(DocumentCatalogue.Entry entry, Instant datestamp) {
            this.entry = entry;
            this.datestamp = datestamp;
        }

        @Override
        public String getIdentifier() {
            return entry.identifier();
        }

        @Override
        public Instant getDatestamp() {
            return datestamp;
        }

        @Override
        public List<Set> getSets() {
            return entry.sets().stream().map(Set::new).toList();
        }

        @Override
        public boolean isDeleted() {
            return entry.deleted();
        }
    }

    /** An item with its metadata, copied into the answer as written (no XSLT pipeline). */
    private static final class Record extends Header implements Item {
        private final byte[] xml;

        Record(DocumentCatalogue.Entry entry, Instant datestamp, byte[] xml) {
            super(entry, datestamp);
            this.xml = xml;
        }

        @Override
        public Metadata getMetadata() {
            return Metadata.copyFromStream(new ByteArrayInputStream(xml));
        }
    }
}
