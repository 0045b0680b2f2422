package org.archivelod.record;

import java.util.List;
import java.util.Optional;

/**
 * The "Document Information" source paragraph as printed, and what it says: where the original is kept,
 * where copies are, who translated it.
 */
public record SourceCitation(String asPrinted, int sourceLine, List<Repository> repositories, List<String> translators) {
    /**
     * One archive or library named in the citation: its name as printed, an abbreviation if given,
     * and for a copy the holding (collection) it belongs to and that holding's identifier.
     */
    public record Repository(String asPrinted, String name, Optional<String> abbreviation, boolean copy,
                             Optional<String> holding, Optional<String> holdingIdentifier, Optional<String> reference) {}
}
