package org.archivelod.serve.oai;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The documents as OAI-PMH items: identified by their IRIs, stamped with the release time (every record of a release
 * changes with it, none between releases; a document IRI this release replaced is a deleted record of the same time),
 * in the sets {@link DocumentCatalogue} reads for each, listed by IRI a page at a time from the offset of the
 * resumption token, from the site graph's lists ({@link ListedRecords}): every record, or the records of one set.
 * {@code from} and {@code until} select by that datestamp; {@code until} arrives exclusive (see
 * {@link ArchiveDataProvider}). When the data is fixed (no SPARQL Update), each record's metadata is written once and
 * kept ({@value #KEPT_BYTES} bytes at most, the least recently used dropped first), so that a repeated page of
 * {@code ListRecords} writes nothing again.
 */
final class ArchiveItems implements ItemRepository {
    private static final long KEPT_BYTES = 32L << 20;
    private final DatasetGraph store;
    private final ListedRecords listed;
    private final Instant released;
    /** The metadata written, by format and identifier; none while SPARQL Update may change the data. */
    private final Cache<String, byte[]> written;

    ArchiveItems(DatasetGraph store, ListedRecords listed, Instant released, boolean fixed) {
        this.store = store;
        this.listed = listed;
        this.released = released;
        this.written = fixed ? Caffeine.newBuilder().maximumWeight(KEPT_BYTES)
                .weigher((String k, byte[] v) -> v.length + k.length()).build() : null;
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
        return inTime(token) ? listed.size(list(token)) : 0;
    }

    /** The page of a list request from its token's offset, read from its site list at that offset alone. */
    private List<DocumentCatalogue.Entry> page(ResumptionToken.Value token, int max) {
        return inTime(token) ? listed.page(list(token), token.getOffset(), max) : List.of();
    }

    /** The site list a request reads: of every record, or of the records in its set. */
    private static String list(ResumptionToken.Value token) {
        return token.getSetSpec() == null ? ListedRecords.ALL : ListedRecords.ofSet(token.getSetSpec());
    }

    private boolean inTime(ResumptionToken.Value token) {
        return (token.getFrom() == null || !released.isBefore(token.getFrom()))
                && (token.getUntil() == null || released.isBefore(token.getUntil()));
    }

    private Header header(DocumentCatalogue.Entry entry) {
        return new Header(entry, released);
    }

    private Item record(DocumentCatalogue.Entry entry, MetadataFormat format) throws CannotDisseminateFormatException {
        if (entry.deleted()) return new Record(entry, released, new byte[0]);
        String prefix = format.getPrefix();
        if (!prefix.equals(DublinCoreRecord.PREFIX) && !prefix.equals(RdfRecord.PREFIX)) {
            throw new CannotDisseminateFormatException("Format '" + prefix + "' is not offered");
        }
        java.util.function.Function<String, byte[]> write = key -> prefix.equals(DublinCoreRecord.PREFIX)
                ? DublinCoreRecord.of(store, entry.document()) : RdfRecord.of(store, entry.document());
        String key = prefix + " " + entry.identifier();
        byte[] xml = written == null ? write.apply(key) : written.get(key, write);
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
