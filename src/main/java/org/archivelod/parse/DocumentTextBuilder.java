package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.EditorialBracket;
import org.archivelod.record.HandwrittenNote;
import org.archivelod.record.PrintedDate;
import org.archivelod.record.TextBlock;

/**
 * Builds a document's text from its printed lines: one block per non-blank line, blocks separated by a blank line,
 * each block classified (header, paragraph, closing date, note) and its editorial brackets found.
 */
final class DocumentTextBuilder {
    private static final Pattern HEADER = Pattern.compile("^(?:From|To|for|For|TO|FROM)\\b.{1,80}$");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]\\n]{1,200})\\]");
    private static final Pattern MARKER = Pattern.compile("^\\[(Handwritten|handwritten|Stamp|stamp|Signature|signature)[^\\]]*\\]");
    private static final String SEPARATOR = "\n\n";

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
        seenParagraph |= kind == TextBlock.Kind.PARAGRAPH;
        blocks.add(new TextBlock(kind, content, start, text.length(), sourceLine));
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
        if (!beforeParagraphs && PrintedDates.parseLine(content).isPresent()) return TextBlock.Kind.CLOSING_DATE;
        return TextBlock.Kind.PARAGRAPH;
    }

    String text() { return text.toString(); }

    List<TextBlock> blocks() { return List.copyOf(blocks); }

    List<HandwrittenNote> notes() { return List.copyOf(notes); }

    Optional<PrintedDate> closingDate() { return Optional.ofNullable(closingDate); }

    /** Every [bracketed] insertion, classified by where it stands. */
    List<EditorialBracket> brackets() {
        String s = text.toString();
        List<EditorialBracket> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(s);
        // the word before each bracket, found in one pass over the text (not by scanning back from every bracket)
        int scanned = 0;
        int lastWordStart = -1;
        for (int previous = -1; m.find(); ) {
            for (; scanned < m.start(); scanned++) {
                if (Character.isWhitespace(s.charAt(scanned))) continue;
                if (previous != scanned - 1) lastWordStart = scanned;
                previous = scanned;
            }
            out.add(new EditorialBracket(m.group(1), m.start(), m.end(), classify(s, m.start(), m.end(), lastWordStart)));
        }
        return List.copyOf(out);
    }

    /** {@code previousWordStart}: where the last word before the bracket begins, -1 if there is none. */
    private EditorialBracket.Kind classify(String s, int start, int end, int previousWordStart) {
        boolean atBlockStart = start == 0 || s.startsWith(SEPARATOR, start - SEPARATOR.length());
        if (atBlockStart) return EditorialBracket.Kind.MARKER;
        boolean afterName = previousWordStart >= 0 && Character.isUpperCase(s.codePointAt(previousWordStart));
        boolean closesPhrase = end >= s.length() || !Character.isLetterOrDigit(s.charAt(end))
                && (end + 1 >= s.length() || s.charAt(end) != ' ' || !Character.isLowerCase(s.charAt(end + 1)));
        return afterName || closesPhrase ? EditorialBracket.Kind.GLOSS : EditorialBracket.Kind.INSERTION;
    }
}
