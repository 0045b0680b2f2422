package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.PrintedDate;
import org.archivelod.record.SourceCitation;

/**
 * Reads the text of a Wilson Center Digital Archive record page (the current layout: date, title, optional funder
 * line, body, summary, "Document Information" with an unlabelled or a labelled source paragraph, rights, uploaded
 * date and record id) into an {@link ArchiveRecord}. What it cannot read it reports with file and line; it never guesses.
 */
public final class WilsonCenterRecordParser {
    private static final Set<String> PAGE_CHROME = Set.of("Skip to content");
    private static final Pattern FUNDER = Pattern.compile("^This document was made possible with support from (?:the )?(.+?)\\.?$");
    private static final Set<String> FACETS = Set.of("Author(s):", "Associated Places", "Subjects Discussed",
            "Associated People & Organizations", "Associated Topics", "Related Documents", "Associated People and Organizations");
    private static final String DOCUMENT_INFORMATION = "Document Information";
    private static final Set<String> INFO_LABELS = Set.of("Source", "Original Archive", "Rights", "Original Uploaded Date",
            "Type", "Language", "Record ID");
    private static final Pattern RIGHTS_START = Pattern.compile("^(?:The History and Public Policy Program|To enquire about)");
    private static final Pattern UPLOADED = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern RECORD_ID = Pattern.compile("^\\d{1,12}$");

    /** Parses one record; {@code source} names it in messages. */
    public ArchiveRecord parse(String source, List<String> lines) throws RecordFormatException {
        Cursor cursor = new Cursor(source, lines);
        cursor.skipBlankAnd(PAGE_CHROME);
        int dateLine = cursor.requireLine("expected the record's date line like 'October 5, 1950', but the file ends");
        PrintedDate date = PrintedDates.parseLine(lines.get(dateLine)).orElseThrow(() -> new RecordFormatException(source,
                dateLine + 1, "expected a date line like 'October 5, 1950', got '" + abbreviate(lines.get(dateLine)) + "'"));
        cursor.advance();
        cursor.skipBlankAnd(Set.of());
        int titleLine = cursor.requireLine("expected the title after the date line, but the file ends");
        String title = lines.get(titleLine).strip();
        if (FUNDER.matcher(title).matches() || title.equals(DOCUMENT_INFORMATION) || PrintedDates.parseLine(title).isPresent())
            throw new RecordFormatException(source, titleLine + 1, "expected a title after the date, got '" + abbreviate(title) + "'");
        cursor.advance();

        List<String> funders = new ArrayList<>();
        List<Integer> bodyLines = new ArrayList<>();
        int info = -1;
        for (int i = cursor.position; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals(DOCUMENT_INFORMATION)) { info = i; break; }
            if (FACETS.contains(l)) { info = indexOf(lines, DOCUMENT_INFORMATION, i); break; }
            Matcher f = FUNDER.matcher(l);
            if (f.matches() && bodyLines.isEmpty()) { funders.add(f.group(1)); continue; }
            if (!l.isEmpty()) bodyLines.add(i);
        }
        List<String> missing = new ArrayList<>();
        Optional<String> summary = Optional.empty();
        if (info >= 0 && bodyLines.size() > 1) {
            summary = Optional.of(lines.get(bodyLines.remove(bodyLines.size() - 1)).strip());
        } else {
            missing.add("summary");
        }
        if (bodyLines.isEmpty()) throw new RecordFormatException(source, titleLine + 1, "the record has no document text after its title");
        DocumentTextBuilder text = new DocumentTextBuilder(date);
        for (int i : bodyLines) text.add(lines.get(i), i + 1);

        DocumentInformation di = info < 0 ? DocumentInformation.EMPTY : readInformation(lines, info + 1);
        if (info < 0) missing.add("Document Information");
        if (di.citation.isEmpty()) missing.add("source citation");
        if (di.rights.isEmpty()) missing.add("rights");
        TitleParts parts = TitleParts.of(title);
        if (parts.documentType().isEmpty()) missing.add("document type in title");
        return new ArchiveRecord(source, date, title, parts.documentType(), parts.senders(), parts.addressees(),
                List.copyOf(funders), text.text(), text.blocks(), text.brackets(), text.notes(), text.closingDate(),
                summary, di.citation, di.rights, di.uploaded, di.recordId, List.copyOf(missing));
    }

    private record DocumentInformation(Optional<SourceCitation> citation, Optional<String> rights,
                                       Optional<String> uploaded, Optional<String> recordId) {
        static final DocumentInformation EMPTY = new DocumentInformation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Reads the "Document Information" section: labelled ("Source" / value …) or not (a source paragraph, then rights). */
    private static DocumentInformation readInformation(List<String> lines, int from) {
        Optional<SourceCitation> citation = Optional.empty();
        List<String> rights = new ArrayList<>();
        Optional<String> uploaded = Optional.empty();
        Optional<String> recordId = Optional.empty();
        String label = null;
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) continue;
            if (INFO_LABELS.contains(l)) { label = l; continue; }
            if (label == null && citation.isEmpty() && !RIGHTS_START.matcher(l).find()) label = "Source";
            if (label == null && RIGHTS_START.matcher(l).find()) label = "Rights";
            if (label == null) continue;
            switch (label) {
                case "Source", "Original Archive" -> {
                    if (citation.isEmpty()) citation = Optional.of(CitationParser.parse(l, i + 1));
                    label = null;
                }
                case "Rights" -> rights.add(l);
                case "Original Uploaded Date" -> {
                    if (UPLOADED.matcher(l).matches() && isCalendarDate(l)) uploaded = Optional.of(l);
                    label = null;
                }
                case "Record ID" -> {
                    if (RECORD_ID.matcher(l).matches()) recordId = Optional.of(l);
                    label = null;
                }
                default -> label = null;
            }
        }
        return new DocumentInformation(citation, rights.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", rights)),
                uploaded, recordId);
    }

    /** "2011-13-45" has the form of a date but is none: it is not read (an xsd:date must be a real day). */
    private static boolean isCalendarDate(String isoDate) {
        try {
            java.time.LocalDate.parse(isoDate);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static int indexOf(List<String> lines, String wanted, int from) {
        for (int i = from; i < lines.size(); i++) if (lines.get(i).strip().equals(wanted)) return i;
        return -1;
    }

    static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    /** A position in the lines, for reading the header one line at a time. */
    private static final class Cursor {
        private final String source;
        private final List<String> lines;
        private int position;

        Cursor(String source, List<String> lines) {
            this.source = source;
            this.lines = lines;
        }

        void skipBlankAnd(Set<String> skippable) {
            while (position < lines.size() && (lines.get(position).isBlank() || skippable.contains(lines.get(position).strip()))) position++;
        }

        int requireLine(String problem) throws RecordFormatException {
            if (position >= lines.size()) throw new RecordFormatException(source, lastLineWithText(), problem);
            return position;
        }

        void advance() { position++; }

        private int lastLineWithText() {
            for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return i + 1;
            return 1;
        }
    }
}
