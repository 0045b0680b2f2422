package org.archivelod.record;

import java.util.List;
import java.util.Optional;

/**
 * The "Document Information" source paragraph as printed, and what it says: where the original is kept,
 * where copies are, who translated it. {@code translators} are the translators' names without affiliations;
 * {@code credits} says who translated and who obtained the document, with affiliations and programmes apart;
 * {@code publications} are the books, journals and document collections the citation names as sources (never keepers).
 */
public record SourceCitation(String asPrinted, int sourceLine, List<Repository> repositories, List<String> translators,
                             List<Credit> credits, List<PublishedSource> publications) {
    /**
     * One archive or library named in the citation: its name as printed, an abbreviation if given,
     * and for a copy the holding (collection) it belongs to and that holding's identifier; {@code archivalReference}
     * is {@code reference} taken apart into fond, opis, delo, folios… when it has that form.
     */
    public record Repository(String asPrinted, String name, Optional<String> abbreviation, boolean copy,
                             Optional<String> holding, Optional<String> holdingIdentifier, Optional<String> reference,
                             Optional<ArchivalReference> archivalReference) {}
}
