package org.archivelod.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.archivelod.record.EditorialBracket;
import org.archivelod.record.Footnote;

/**
 * Finds every [bracketed] insertion in a document text and says what kind it is: by its words when they say it
 * ({@code [sic]}, {@code [Translator's note: …]}, {@code [… —ed.]}, {@code [stamp: …]}, {@code [handwritten: …]},
 * a footnote call {@code [1]}: a number in brackets glued to a word, or on a page with footnotes), otherwise by where it stands (marker, gloss, insertion).
 */
final class EditorialBrackets {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]\\n]{1,200})\\]");
    /** A stamp or handwriting transcribed over several lines, e.g. "[stamp: Incoming Nº 1397/shs" / "4 May 1950]". */
    private static final Pattern LONG_MARK = Pattern.compile("\\[((?i:stamp|handwritten)\\s*:[^\\[\\]]{1,300}\\n[^\\[\\]]{0,300})\\]");
    private static final Pattern SIC = Pattern.compile("(?i)^(?:sic|.*[\\s–—-]sic)[.!]?$");
    private static final Pattern TRANSLATOR = Pattern.compile("(?i)^(?:translator[’']?s?|trans\\.)\\s+note\\b.*");
    private static final Pattern EDITOR = Pattern.compile("(?is)^(?:ed\\.|editor[’']?s?)\\s+note\\b.*|.*[—–-]\\s*eds?\\.?$");
    private static final Pattern STAMP = Pattern.compile("(?is)^stamp\\b.*");
    private static final Pattern HANDWRITTEN = Pattern.compile("(?is)^handwritten\\s*:.*");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}$");

    private static final int WORD_LIMIT = 64;

    private EditorialBrackets() {}

    static List<EditorialBracket> find(String text, List<Footnote> footnotes) {
        Set<String> markers = footnotes.stream().map(Footnote::marker).collect(Collectors.toSet());
        List<EditorialBracket> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(text);
        while (m.find()) out.add(new EditorialBracket(m.group(1), m.start(), m.end(), classify(text, m.group(1), m.start(), m.end(), markers)));
        m = LONG_MARK.matcher(text);
        while (m.find()) {
            EditorialBracket.Kind kind = STAMP.matcher(m.group(1)).matches() ? EditorialBracket.Kind.STAMP : EditorialBracket.Kind.HANDWRITTEN;
            out.add(new EditorialBracket(m.group(1), m.start(), m.end(), kind));
        }
        out.sort(Comparator.comparingInt(EditorialBracket::start));
        return List.copyOf(out);
    }

    private static EditorialBracket.Kind classify(String s, String content, int start, int end, Set<String> footnoteMarkers) {
        String c = content.strip();
        if (SIC.matcher(c).matches()) return EditorialBracket.Kind.SIC;
        if (TRANSLATOR.matcher(c).matches()) return EditorialBracket.Kind.TRANSLATOR_NOTE;
        if (EDITOR.matcher(c).matches()) return EditorialBracket.Kind.EDITOR_NOTE;
        if (STAMP.matcher(c).matches()) return EditorialBracket.Kind.STAMP;
        if (HANDWRITTEN.matcher(c).matches()) return EditorialBracket.Kind.HANDWRITTEN;
        boolean atBlockStart = start == 0 || s.startsWith(DocumentTextBuilder.SEPARATOR, start - DocumentTextBuilder.SEPARATOR.length());
        boolean glued = start > 0 && !Character.isWhitespace(s.charAt(start - 1));
        if (NUMBER.matcher(c).matches() && !atBlockStart && (footnoteMarkers.contains(c) || glued || !footnoteMarkers.isEmpty()))
            return EditorialBracket.Kind.FOOTNOTE_CALL;
        if (atBlockStart) return EditorialBracket.Kind.MARKER;
        // the word before the bracket, read backwards without copying the text (a word is at most WORD_LIMIT long here)
        int wordEnd = start;
        while (wordEnd > 0 && Character.isWhitespace(s.charAt(wordEnd - 1))) wordEnd--;
        int wordStart = wordEnd;
        while (wordStart > Math.max(0, wordEnd - WORD_LIMIT) && !Character.isWhitespace(s.charAt(wordStart - 1))) wordStart--;
        boolean afterName = wordStart < wordEnd && Character.isUpperCase(s.codePointAt(wordStart));
        boolean closesPhrase = end >= s.length() || !Character.isLetterOrDigit(s.charAt(end))
                && (end + 1 >= s.length() || s.charAt(end) != ' ' || !Character.isLowerCase(s.charAt(end + 1)));
        return afterName || closesPhrase ? EditorialBracket.Kind.GLOSS : EditorialBracket.Kind.INSERTION;
    }
}
