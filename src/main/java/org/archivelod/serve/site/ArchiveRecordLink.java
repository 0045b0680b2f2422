package org.archivelod.serve.site;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.vocab.CRM;

/**
 * The address of a document's record in the archive that published it, where the data gives the means to know it:
 * a Digital Archive record ID (the identifier type {@code id/concept/identifier-type/record-id}, read from the
 * record's "Record ID" field or from the record address its citation prints) gives
 * {@code https://digitalarchive.wilsoncenter.org/document/{id}}. That is the form the archive itself prints in its
 * citations ("http://digitalarchive.wilsoncenter.org/document/111244" for record 111244, in the PDF export of
 * sources/records/024) and the form Zotero's translator for the archive is tested on
 * (zotero/translators, "Wilson Center Digital Archive.js": {@code https://digitalarchive.wilsoncenter.org/document/280697}).
 * No address is made up for a record without that identifier. Callers hold a read transaction.
 */
final class ArchiveRecordLink {
    static final String DIGITAL_ARCHIVE = "https://digitalarchive.wilsoncenter.org/document/";
    private static final Pattern RECORD_ID = Pattern.compile("[1-9][0-9]{0,9}");

    private ArchiveRecordLink() {}

    /** The record's address in the Digital Archive, as a link labelled "Digital Archive record 111199", if the data has its ID. */
    static List<Link> of(DatasetGraph store, Node document, String base) {
        String recordIdType = org.archivelod.uri.UriScheme.at(base).concept("identifier-type", "record-id");
        for (Node identifier : ArchiveDocuments.objects(store, document, CRM.P1_is_identified_by.asNode())) {
            boolean recordId = ArchiveDocuments.objects(store, identifier, CRM.P2_has_type.asNode()).stream()
                    .anyMatch(t -> t.isURI() && t.getURI().equals(recordIdType));
            String id = ArchiveDocuments.literal(store, identifier, CRM.P190_has_symbolic_content.asNode()).orElse("").strip();
            if (recordId && RECORD_ID.matcher(id).matches()) {
                return List.of(new Link("Digital Archive record " + id, DIGITAL_ARCHIVE + id, true));
            }
        }
        return List.of();
    }
}
