package org.archivelod.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.archivelod.record.HandwrittenNote;
import org.archivelod.record.HeaderLines;
import org.archivelod.record.PrintedDate;
import org.archivelod.record.TextBlock;

/**
 * Builds a document's text from its printed lines: one block per non-blank line, blocks separated by a blank line,
 * each block classified (header line, paragraph, closing date, note). Header lines ({@link HeaderLineReader}) are
 * also kept by what they state, with the offsets of their values; unlabelled address lines count only in the head of
 * the text, before its first paragraph of {@value #HEAD_ENDS_AT} words or more.
 */
final class DocumentTextBuilder {
    /** A paragraph this long ends the head of the text, where address lines stand. */
    static final int HEAD_ENDS_AT = 15;
    private static final Pattern MARKER = Pattern.compile("^\\[(Handwritten|handwritten|Stamp|stamp|Signature|signature)[^\\]]*\\]");
    static final String SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<HandwrittenNote> notes = new ArrayList<>();
    private PrintedDate closingDate;
    private boolean seenParagraph;
    private boolean inHead = true;
    private final Map<HeaderLineReader.Field, List<HeaderLines.HeaderLine>> header = new EnumMap<>(HeaderLineReader.Field.class);
    private final PrintedDate documentDate;

    DocumentTextBuilder(PrintedDate documentDate) {
        this.documentDate = documentDate;
    }

    void add(String line, int sourceLine) {
        String content = line.strip();
        if (content.isEmpty()) return;
        if (text.length() > 0) text.append(SEPARATOR);
        int start = text.length();
        text.append(content);
        Optional<HeaderLineReader.Found> headerLine = MARKER.matcher(content).find() ? Optional.empty()
                : HeaderLineReader.read(content, inHead);
        TextBlock.Kind kind = headerLine.map(DocumentTextBuilder::kindOf).orElseGet(() -> kindOf(content));
        blocks.add(new TextBlock(kind, content, start, text.length(), sourceLine));
        headerLine.ifPresent(h -> header.computeIfAbsent(h.field(), f -> new ArrayList<>()).add(new HeaderLines.HeaderLine(
                h.label(), content.substring(h.valueStart(), h.valueEnd()), start + h.valueStart(), start + h.valueEnd(), sourceLine)));
        seenParagraph |= kind == TextBlock.Kind.PARAGRAPH;
        if (kind == TextBlock.Kind.PARAGRAPH && words(content) >= HEAD_ENDS_AT) inHead = false;
        if (kind == TextBlock.Kind.CLOSING_DATE) closingDate = PrintedDates.parseLine(content).orElseThrow();
        if (kind == TextBlock.Kind.NOTE && MARKER.matcher(content).find() && content.toLowerCase(java.util.Locale.ROOT).startsWith("[handwritten"))
            notes.add(new HandwrittenNote(content, start, text.length(), sourceLine,
                    NoteTimes.find(content, documentDate).map(t -> new HandwrittenNote.NoteTime(
                            t.value(), t.asPrinted(), start + t.start(), start + t.end()))));
    }

    private static TextBlock.Kind kindOf(HeaderLineReader.Found h) {
        return h.field() == HeaderLineReader.Field.TYPE || h.field() == HeaderLineReader.Field.SUBJECT
                ? TextBlock.Kind.HEADER_FIELD : TextBlock.Kind.HEADER;
    }

    private TextBlock.Kind kindOf(String content) {
        if (MARKER.matcher(content).find()) return TextBlock.Kind.NOTE;
        if (seenParagraph && closingDate == null && PrintedDates.parseLine(content).filter(this::agreesWithPage).isPresent())
            return TextBlock.Kind.CLOSING_DATE;
        return TextBlock.Kind.PARAGRAPH;
    }

    /** Words of a line, counted without a regular expression (lines may be very long). */
    private static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    /**
     * A date line closes the document only when it states the page's date (or a day within it): a later date line,
     * such as the dispatch date under a stamp, is a date the text mentions, not the document's.
     */
    private boolean agreesWithPage(PrintedDate d) {
        return !d.firstDay().isBefore(documentDate.firstDay()) && !d.lastDay().isAfter(documentDate.lastDay());
    }

    String text() { return text.toString(); }

    List<TextBlock> blocks() { return List.copyOf(blocks); }

    List<HandwrittenNote> notes() { return List.copyOf(notes); }

    Optional<PrintedDate> closingDate() { return Optional.ofNullable(closingDate); }

    HeaderLines headerLines() {
        return new HeaderLines(field(HeaderLineReader.Field.TO), field(HeaderLineReader.Field.FROM), field(HeaderLineReader.Field.TYPE),
                field(HeaderLineReader.Field.SUBJECT), field(HeaderLineReader.Field.FYI), field(HeaderLineReader.Field.DISTRIBUTION),
                field(HeaderLineReader.Field.OFFICE));
    }

    private List<HeaderLines.HeaderLine> field(HeaderLineReader.Field f) {
        return header.getOrDefault(f, List.of());
    }
}
