package org.archivelod.parse;

import java.util.List;
import java.util.Set;

/**
 * Picks the reader for a record's layout from its first lines: the PDF export begins with the archive's banner and
 * runs "Citation:" and "Summary:" together; the older site begins "Search in" or shows a "get citation" block, or, in
 * its bare variant, prints the quoted citation among the first lines, before any facet or "Document Information"
 * heading; every other text is read as a record page.
 */
final class LayoutDetector {
    private static final int LOOK_AHEAD = 12;
    /** The bare older variant prints its quoted citation after the date, the funder line and the summary. */
    private static final int QUOTED_CITATION_WITHIN = 6;
    private static final Set<String> OLD_SITE_MARKS = Set.of("Search in", "Digital Archive International History Declassified",
            "get citation");

    private LayoutDetector() {}

    static LayoutReader readerFor(List<String> lines) {
        int seen = 0;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (seen == 0 && PdfExportReader.isExport(l)) return new PdfExportReader();
            if (OLD_SITE_MARKS.contains(l) || seen == 0 && l.startsWith("Search in ") || CitationBlockReader.isCitationHeading(l))
                return new CitationBlockReader();
            if (l.equals(DocumentInformationReader.HEADING) || PageReader.FACETS.contains(l)) break;
            if (seen < QUOTED_CITATION_WITHIN && QuotedCitation.parse(l).isPresent()) return new CitationBlockReader();
            if (++seen >= LOOK_AHEAD) break;
        }
        return new PageReader();
    }
}
