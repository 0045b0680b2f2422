package org.archivelod.mapping;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.archivelod.reconcile.Reconciliation;
import org.archivelod.record.ArchiveRecord;

/**
 * What the mappers of one document share: the record and its reconciliation, its IRIs, its text parts, the graph being written,
 * the evidence writer and the resolved authors and addressees.
 */
public record DocumentContext(
        ArchiveRecord record,
        Reconciliation reconciliation,
        String slug,
        Node document,
        Node original,
        TextPart body,
        Optional<TextPart> summary,
        Optional<TextPart> citation,
        Optional<TextPart> rights,
        Optional<TextPart> fundingLine,
        List<ResolvedEntities.Party> authors,
        List<ResolvedEntities.Party> addressees,
        List<ResolvedEntities.Party> intermediaries,
        List<ResolvedEntities.Party> participants,
        GraphEmitter graph,
        EvidenceWriter evidence) {
}
