package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.PageLayout;
import org.archivelod.record.PrintedDate;

/**
 * Reads the older site's layout: "Search in" / "Digital Archive International History Declassified", the date, the
 * funder line, a "• Citation" / "get citation" block holding the summary and the quoted citation (the only place the
 * title is printed), "• share document", a format label such as "English HTML", then the body. Its bare variant has
 * neither the search header nor the bullets: the date, the funder line, the summary and the quoted citation, the
 * format label, the body. Lines of the site's search header before the date are skipped, whatever they say.
 */
final class CitationBlockReader implements LayoutReader {
    private static final Set<String> HEADER = Set.of("Search in", "Digital Archive International History Declassified");
    private static final Pattern BULLET = Pattern.compile("^[•·*]\\s*");
    private static final Pattern FORMAT_LABEL = Pattern.compile("^\\p{L}+(?: \\p{L}+)? (?:HTML|PDF|Transcription|Translation)$");

    /** How many lines of the site's header may come before the date. */
    private static final int HEADER_LINES = 12;

    static boolean isCitationHeading(String line) {
        return BULLET.matcher(line).replaceFirst("").equals("Citation") && !line.equals("Citation");
    }

    /**
     * The date line: the first line that is a date among the first lines after the header, so that another line of the
     * site's search header ("Search in all collections", a menu entry) is skipped rather than refused; {@code from}
     * when none is (the caller then reports the line that is not a date).
     */
    private static int firstDateLine(List<String> lines, int from) {
        int seen = 0;
        for (int i = from; i < lines.size() && seen < HEADER_LINES; i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) continue;
            if (PrintedDates.parseLine(l).isPresent()) return i;
            if (QuotedCitation.parse(l).isPresent()) break;
            seen++;
        }
        return from;
    }

    @Override
    public PageParts read(String source, List<String> lines) throws RecordFormatException {
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || HEADER.contains(lines.get(i).strip()))) i++;
        if (i >= lines.size()) throw new RecordFormatException(source, PageReader.lastLineWithText(lines),
                "expected the record's date line like 'December 01, 1949', but the file ends");
        i = firstDateLine(lines, i);
        int dateLine = i;
        PrintedDate date = PrintedDates.parseLine(lines.get(i)).orElseThrow(() -> new RecordFormatException(source, dateLine + 1,
                "expected a date line like 'December 01, 1949', got '" + Texts.abbreviate(lines.get(dateLine)) + "'"));
        List<String> funders = new ArrayList<>();
        List<String> summaryLines = new ArrayList<>();
        QuotedCitation citation = null;
        int citationLine = -1;
        for (i = dateLine + 1; i < lines.size(); i++) {
            String l = BULLET.matcher(lines.get(i).strip()).replaceFirst("");
            if (l.isEmpty()) continue;
            Matcher f = PageReader.FUNDER.matcher(l);
            if (f.matches()) { funders.add(f.group(1)); summaryLines.clear(); continue; }
            if (HEADER.contains(l)) continue;
            // the block begins (or, in the bare variant, the funder line ends the header): what came before is no summary
            if (l.equals("Citation") || l.equals("get citation")) { summaryLines.clear(); continue; }
            if (l.equals("share document")) { i++; break; }
            Optional<QuotedCitation> q = QuotedCitation.parse(l);
            if (q.isPresent() && citation == null) { citation = q.get(); citationLine = i + 1; continue; }
            // inside the "get citation" block, or in the bare variant before the citation: the summary
            if (citation == null) summaryLines.add(l);
            else break;
        }
        if (citation == null) throw new RecordFormatException(source, dateLine + 1,
                "expected a quoted citation (\"Title,\" date, History and Public Policy Program Digital Archive, …) holding the title");
        while (i < lines.size() && (lines.get(i).isBlank() || FORMAT_LABEL.matcher(lines.get(i).strip()).matches())) i++;

        List<Line> body = new ArrayList<>();
        int info = -1;
        for (; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals(DocumentInformationReader.HEADING)) { info = i; break; }
            if (PageReader.FACETS.contains(l)) { info = PageReader.indexOf(lines, DocumentInformationReader.HEADING, i); break; }
            if (DocumentInformationReader.RIGHTS_START.matcher(l).find()) { info = i - 1; break; }
            if (!l.isEmpty()) body.add(new Line(l, i + 1));
        }
        if (body.isEmpty()) throw new RecordFormatException(source, citationLine, "the record has no document text after its citation");
        InformationSection di = info < 0 ? InformationSection.NONE : DocumentInformationReader.read(lines, info + 1);
        if (di.source().isEmpty() && !citation.source().isEmpty())
            di = new InformationSection(Optional.of(new Line(citation.source(), citationLine)), di.rights(), di.uploaded(),
                    di.recordId(), di.type(), di.language());
        List<String> missing = new ArrayList<>();
        if (!PrintedDates.parseLine(citation.date()).map(d -> d.value().equals(date.value())).orElse(false))
            missing.add("citation date agreeing with the page date (citation says '" + citation.date() + "')");
        Optional<String> summary = summaryLines.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", summaryLines));
        return new PageParts(PageLayout.CITATION_BLOCK, date, citation.title(), citationLine, List.copyOf(funders),
                List.copyOf(body), summary, di, missing);
    }
}
