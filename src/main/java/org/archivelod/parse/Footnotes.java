package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.Footnote;
import org.archivelod.record.TextBlock;

/**
 * Finds the notes printed after a document's text: lines "[1] …" (also "[1]…" in Chinese texts) and "x/ …" after the
 * body's paragraphs, and for each the place in the text that calls it: "[1]", a number glued to an upper-case word
 * ("JELEN1"), or "x/" glued to a word. The notes' blocks become {@link TextBlock.Kind#FOOTNOTE}.
 */
record Footnotes(List<TextBlock> blocks, List<Footnote> list) {
    private static final Pattern NUMBERED = Pattern.compile("^\\[(\\d{1,3})\\]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern LETTERED = Pattern.compile("^([a-z*])/\\s+(\\S.*)$", Pattern.DOTALL);

    static Footnotes find(String text, List<TextBlock> blocks) {
        List<TextBlock> out = new ArrayList<>();
        List<Footnote> notes = new ArrayList<>();
        boolean afterParagraph = false;
        for (TextBlock b : blocks) {
            Matcher m = NUMBERED.matcher(b.text());
            boolean numbered = m.matches();
            if (!numbered) m = LETTERED.matcher(b.text());
            if (afterParagraph && (numbered || m.matches())) {
                String marker = numbered ? m.group(1) : m.group(1) + "/";
                Optional<Integer> call = numbered ? numberedCall(text, marker, b.start()) : letteredCall(text, marker, b.start());
                notes.add(new Footnote(marker, m.group(2), b.start(), b.end(), call));
                out.add(new TextBlock(TextBlock.Kind.FOOTNOTE, b.text(), b.start(), b.end(), b.sourceLine()));
            } else {
                out.add(b);
            }
            if (b.kind() == TextBlock.Kind.PARAGRAPH) afterParagraph = true;
        }
        return new Footnotes(List.copyOf(out), List.copyOf(notes));
    }

    /** "[1]" before the note, else "1" glued to the end of an upper-case word ("JELEN1"). */
    private static Optional<Integer> numberedCall(String text, String n, int noteStart) {
        String before = text.substring(0, noteStart);
        int bracket = before.indexOf("[" + n + "]");
        if (bracket >= 0) return Optional.of(bracket);
        Matcher glued = Pattern.compile("\\p{Lu}{2,}(" + n + ")(?!\\d)").matcher(before);
        return glued.find() ? Optional.of(glued.start(1)) : Optional.empty();
    }

    /** "x/" glued to the word before it ("[Stalin].x/"). */
    private static Optional<Integer> letteredCall(String text, String marker, int noteStart) {
        Matcher glued = Pattern.compile("(?<=\\S)" + Pattern.quote(marker)).matcher(text.substring(0, noteStart));
        return glued.find() ? Optional.of(glued.start()) : Optional.empty();
    }
}
