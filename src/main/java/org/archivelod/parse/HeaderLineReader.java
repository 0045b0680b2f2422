package org.archivelod.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a header line of a document's text and where its value lies. Labelled lines ("To:", "FROM:", "[To]",
 * "Type:", "Subject:", "Betr.:", "FYI:", "cc:", "Distribution list -", "Copies:") are header lines wherever they stand;
 * unlabelled address lines ("To Comrade X", "To the Ministry of Foreign Affairs:", "From PEKING", "for Mao Zedong",
 * "To transmit to Comrade X", "Pass the following to X:") and a drafting office's line ("China Division", "AL 2 Bonn,
 * 10. Juni 1991") only in the head of the text, and only when short and not the
 * start of a sentence that goes on ("To Cde. MAO ZEDONG. Your request has been received" is a paragraph).
 */
final class HeaderLineReader {
    /** What a header line states. */
    enum Field { TO, FROM, TYPE, SUBJECT, FYI, DISTRIBUTION, OFFICE }

    /** A header line read: its field, its label, and the value's place in the line ({@code end} exclusive). */
    record Found(Field field, String label, int valueStart, int valueEnd) {}

    private record Rule(Field field, Pattern pattern) {}

    private static final String VALUE = "(?<value>\\S.*)$";
    private static final List<Rule> LABELLED = List.of(
            new Rule(Field.TO, Pattern.compile("^(?<label>(?:\\[To\\]|\\[?(?:To|TO)\\]?\\s*:)\\s*:?)\\s*" + VALUE)),
            new Rule(Field.FROM, Pattern.compile("^(?<label>(?:\\[From\\]|(?:From|FROM)\\s*(?::|…+|\\.{2,})))\\s*" + VALUE)),
            new Rule(Field.TYPE, Pattern.compile("^(?<label>(?i:type)\\s*:)\\s*" + VALUE)),
            new Rule(Field.SUBJECT, Pattern.compile("^(?<label>(?:(?i:subject|subj\\.|re|betr\\.|betreff|objet|tárgy|temat))\\s*:)\\s*" + VALUE)),
            new Rule(Field.FYI, Pattern.compile("^(?<label>(?:FYI|F\\.Y\\.I\\.|(?i:for information|for info|cc|copy to|copies to))\\s*:)\\s*" + VALUE)),
            new Rule(Field.DISTRIBUTION, Pattern.compile(
                    "^(?<label>(?i:distribution(?: list)?|distributed to|copies)(?:\\s*:|\\s+[-–—]))\\s*" + VALUE)));
    /** Labelled lines longer than this are text that happens to begin with a label. */
    private static final int LABELLED_MAX = 400;

    /** Markings and phrases that begin like an address line: "FOR OFFICIAL USE ONLY", "For the Record", "To Be Returned". */
    private static final String NOT_ADDRESSEE = "(?i:(?:the\\s+)?record\\b|your\\s+information|information\\b|(?:official|internal|service)\\s+use"
            + "|use\\s+only|be\\s|immediate\\b|comparison\\b|example\\b)";
    private static final String NAME_START = "(?:[\\p{Lu}\\[]|(?i:the\\s+)\\p{Lu}|(?i:cdes?|coms?|comrades?|tov)\\.?\\s)";
    private static final List<Rule> ADDRESSES = List.of(
            new Rule(Field.TO, Pattern.compile("^(?<label>To\\s+(?:transmit|pass(?:\\s+on)?|hand(?:\\s+over)?|deliver)\\s+to"
                    + "|Pass\\s+(?:the\\s+following\\s+)?(?:on\\s+)?to|For\\s+(?:immediate\\s+)?(?:report|transmission|delivery)\\s+to)\\s+" + VALUE)),
            new Rule(Field.TO, Pattern.compile("^(?<label>To|TO|for|For|FOR)\\s+(?!" + NOT_ADDRESSEE + ")(?=" + NAME_START + ")" + VALUE)),
            new Rule(Field.FROM, Pattern.compile("^(?<label>From|FROM)\\s+(?!(?i:the\\s+(?:diary|journal|notebook|minutes|record|protocol|files?"
                    + "|archives?|memoirs|notes|papers)\\b))(?=" + NAME_START + ")" + VALUE)),
            // the drafting office alone on a line: "China Division", "Second Department" (a record of a ministry)
            new Rule(Field.OFFICE, Pattern.compile("^(?<label>)(?!(?:The|A|An|This|That|Our|Their|His|Her|Its|Your|My)\\s)(?<value>(?:\\p{Lu}[\\p{L}’'-]+\\s+){1,4}"
                    + "(?:Division|Department|Section|Bureau|Desk|Directorate))$")),
            // a German ministry's memorandum head: office code, place, date ("AL 2 Bonn, 10. Juni 1991", "Ref. 212 Bonn, den 3.5.1990")
            new Rule(Field.OFFICE, Pattern.compile("^(?<label>)(?<value>(?:\\p{Lu}{1,4}|Ref\\.|Referat)\\s?\\d{1,3})\\s+\\p{Lu}\\p{L}+,\\s+"
                    + "(?:den\\s+)?\\d{1,2}\\.\\s*(?:\\p{L}+|\\d{1,2}\\.)\\s*\\d{4}$")));
    /** An address line is a short line: a name or a body, not a paragraph. */
    private static final int ADDRESS_MAX = 120;
    private static final int ADDRESS_WORDS = 14;
    /** A sentence ends and another begins: "MAO ZEDONG. Your request…" (abbreviations such as "Cde." do not count). */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{L}{5,}[.!?]\\s+\\S");
    /** What closes a value without being part of it: a colon, a full stop, dot leaders. */
    private static final Pattern CLOSING = Pattern.compile("[\\s:.…,;]+$");

    private HeaderLineReader() {}

    /** The header line {@code line} is, if it is one; {@code inHead} says whether it stands in the head of the text. */
    static Optional<Found> read(String line, boolean inHead) {
        if (line.length() <= LABELLED_MAX) {
            for (Rule r : LABELLED) {
                Matcher m = r.pattern().matcher(line);
                if (m.matches()) return found(r.field(), m, line);
            }
        }
        if (!inHead || line.length() > ADDRESS_MAX || line.split("\\s+").length > ADDRESS_WORDS) return Optional.empty();
        for (Rule r : ADDRESSES) {
            Matcher m = r.pattern().matcher(line);
            if (m.matches() && (r.field() == Field.OFFICE || !SENTENCE_BREAK.matcher(m.group("value")).find())) return found(r.field(), m, line);
        }
        return Optional.empty();
    }

    private static Optional<Found> found(Field field, Matcher m, String line) {
        int start = m.start("value");
        int end = m.end("value");
        Matcher closing = CLOSING.matcher(line.substring(start, end));
        if (closing.find()) end = start + closing.start();
        if (end <= start) return Optional.empty();
        return Optional.of(new Found(field, m.group("label").strip(), start, end));
    }
}
