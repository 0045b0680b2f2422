package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.archivelod.record.HandwrittenNote;
import org.archivelod.record.PrintedDate;
import org.archivelod.record.TextBlock;

/**
 * Builds a document's text from its printed lines: one block per non-blank line, blocks separated by a blank line,
 * each block classified (header, paragraph, closing date, note).
 */
final class DocumentTextBuilder {
    private static final Pattern HEADER = Pattern.compile("^(?:From|To|for|For|TO|FROM)\\b.{1,80}$");
    private static final Pattern MARKER = Pattern.compile("^\\[(Handwritten|handwritten|Stamp|stamp|Signature|signature)[^\\]]*\\]");
    static final String SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<HandwrittenNote> notes = new ArrayList<>();
    private PrintedDate closingDate;
    private boolean seenParagraph;
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
        TextBlock.Kind kind = kindOf(content);
        blocks.add(new TextBlock(kind, content, start, text.length(), sourceLine));
        seenParagraph |= kind == TextBlock.Kind.PARAGRAPH;
        if (kind == TextBlock.Kind.CLOSING_DATE) closingDate = PrintedDates.parseLine(content).orElseThrow();
        if (kind == TextBlock.Kind.NOTE && MARKER.matcher(content).find() && content.toLowerCase(java.util.Locale.ROOT).startsWith("[handwritten"))
            notes.add(new HandwrittenNote(content, start, text.length(), sourceLine,
                    NoteTimes.find(content, documentDate).map(t -> new HandwrittenNote.NoteTime(
                            t.value(), t.asPrinted(), start + t.start(), start + t.end()))));
    }

    private TextBlock.Kind kindOf(String content) {
        if (MARKER.matcher(content).find()) return TextBlock.Kind.NOTE;
        boolean beforeParagraphs = !seenParagraph;
        if (beforeParagraphs && HEADER.matcher(content).matches()) return TextBlock.Kind.HEADER;
        if (!beforeParagraphs && closingDate == null && PrintedDates.parseLine(content).filter(this::agreesWithPage).isPresent())
            return TextBlock.Kind.CLOSING_DATE;
        return TextBlock.Kind.PARAGRAPH;
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
}
