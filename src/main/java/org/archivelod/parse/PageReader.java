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
 * Reads a record page: date, title, optional funder line, body, summary, facet headings, "Document Information",
 * with blank lines between paragraphs or with single line breaks only. A rendering may begin with a neighbouring
 * document's summary: up to two such sentences before the date line are skipped, never read as date or title. A page
 * may show no document text at all (a record published as a scan): its one line before the facets is its summary.
 */
final class PageReader implements LayoutReader {
    private static final Set<String> PAGE_CHROME = Set.of("Skip to content");
    static final Pattern FUNDER = Pattern.compile("^This document was made possible with support from (?:the )?(.+?)\\.?$");
    static final Set<String> FACETS = Set.of("Author(s):", "Associated Places", "Subjects Discussed",
            "Associated People & Organizations", "Associated Topics", "Related Documents", "Associated People and Organizations");
    /** Link text some renderings leave at the end of the summary. */
    private static final String SEE_ALSO = "(see also)";
    /** How a neighbour's summary ends: a sentence. A title does not end so, which keeps a title from being skipped. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]?$");
    /** At most this many of a neighbour's sentences are skipped before the date line. */
    private static final int STRAY_LINES = 2;

    @Override
    public PageParts read(String source, List<String> lines) throws RecordFormatException {
        int first = nextContent(lines, 0, true);
        if (first >= lines.size()) throw new RecordFormatException(source, lastLineWithText(lines),
                "expected the record's date line like 'October 5, 1950', but the file ends");
        int dateLine = first;
        Optional<PrintedDate> date = PrintedDates.parseLine(lines.get(first));
        for (int stray = 0, at = first; date.isEmpty() && stray < STRAY_LINES && isNeighboursSentence(lines.get(at)); stray++) {
            at = nextContent(lines, at + 1, false);
            if (at >= lines.size()) break;
            Optional<PrintedDate> next = PrintedDates.parseLine(lines.get(at));
            if (next.isPresent()) {
                dateLine = at;
                date = next;
            }
        }
        if (date.isEmpty()) throw new RecordFormatException(source, first + 1,
                "expected a date line like 'October 5, 1950', got '" + Texts.abbreviate(lines.get(first)) + "'");
        int titleLine = nextContent(lines, dateLine + 1, false);
        if (titleLine >= lines.size()) throw new RecordFormatException(source, lastLineWithText(lines),
                "expected the title after the date line, but the file ends");
        String title = lines.get(titleLine).strip();
        if (FUNDER.matcher(title).matches() || title.equals(DocumentInformationReader.HEADING) || PrintedDates.parseLine(title).isPresent())
            throw new RecordFormatException(source, titleLine + 1, "expected a title after the date, got '" + Texts.abbreviate(title) + "'");

        List<String> funders = new ArrayList<>();
        List<Line> body = new ArrayList<>();
        int info = -1;
        boolean facets = false;
        for (int i = titleLine + 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals(DocumentInformationReader.HEADING)) { info = i; break; }
            if (FACETS.contains(l)) { facets = true; info = indexOf(lines, DocumentInformationReader.HEADING, i); break; }
            Matcher f = FUNDER.matcher(l);
            if (f.matches() && body.isEmpty()) { funders.add(f.group(1)); continue; }
            if (!l.isEmpty()) body.add(new Line(l, i + 1));
        }
        Optional<String> summary = Optional.empty();
        // the facet headings follow the summary on every page: a single line before them is the summary of a record
        // published without document text
        if ((info >= 0 || facets) && body.size() > 1 || facets && body.size() == 1)
            summary = Optional.of(withoutSeeAlso(body.remove(body.size() - 1).text()));
        if (body.isEmpty() && summary.isEmpty())
            throw new RecordFormatException(source, titleLine + 1, "the record has no document text after its title");
        List<String> missing = new ArrayList<>();
        if (body.isEmpty()) missing.add("document text");
        if (info < 0) missing.add("Document Information");
        InformationSection di = info < 0 ? InformationSection.NONE : DocumentInformationReader.read(lines, info + 1);
        return new PageParts(PageLayout.PAGE, date.get(), title, titleLine + 1, List.copyOf(funders), List.copyOf(body),
                summary, di, missing);
    }

    /** A sentence of a neighbouring record's summary: four words or more, ending as a sentence ends. */
    private static boolean isNeighboursSentence(String line) {
        String l = withoutSeeAlso(line.strip());
        return SENTENCE_END.matcher(l).find() && l.split("\\s+").length >= 4 && PrintedDates.parseLine(l).isEmpty();
    }

    /**
     * The line without the "(see also)" a rendering leaves at its end; no regular expression, which would take time
     * quadratic in a long run of spaces.
     */
    private static String withoutSeeAlso(String line) {
        return line.endsWith(SEE_ALSO) ? line.substring(0, line.length() - SEE_ALSO.length()).stripTrailing() : line;
    }

    private static int nextContent(List<String> lines, int from, boolean skipChrome) {
        int i = from;
        while (i < lines.size() && (lines.get(i).isBlank() || skipChrome && PAGE_CHROME.contains(lines.get(i).strip()))) i++;
        return i;
    }

    static int indexOf(List<String> lines, String wanted, int from) {
        for (int i = from; i < lines.size(); i++) if (lines.get(i).strip().equals(wanted)) return i;
        return -1;
    }

    static int lastLineWithText(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return i + 1;
        return 1;
    }
}
