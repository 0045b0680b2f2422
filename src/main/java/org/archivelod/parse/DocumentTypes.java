package org.archivelod.parse;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kind of document a title, a "Type:" line or a heading states, as a label of the document types
 * ({@code ontology/concepts.ttl}): only where the words state a kind, never guessed from what the text is about.
 *
 * <pre>{@code
 * DocumentTypes.inTitle("Decree of the CC CPSU Politburo to Mir Bagirov …")        // "decree"
 * DocumentTypes.inTitle("From the Journal of M.G. Podol’sky, 'Record of a Conversation with …'")  // "record of a conversation"
 * DocumentTypes.inTitle("Rezső Nyers’s handwritten Notes on Gorbachev’s Briefing …")  // "notes"
 * DocumentTypes.inTitle("Trần Đông, 'Key Issues in the Struggle …' [Excerpts]")      // empty
 * DocumentTypes.fromTypeLine("Ciphered telegram")                                  // "ciphered telegram"
 * }</pre>
 *
 * A title states its kind where a title puts it: at its start ("Note from …", "Secret Telegram from …", "Excerpt from
 * the Minutes of …"), after "From the Diary/Journal of X," (the entry's own kind, else "diary" or "journal entry"),
 * after a possessive ("Kim Il Sung's Letter to …"), as a piece between commas ("Hungarian Embassy, Report, 12 May"),
 * after the issuer's capitalised name ("Soviet Foreign Ministry Memorandum on …"), at the start of a title quoted after
 * its author ("X, 'Speech at …'"), or in a closing bracket ("[Ciphergram No. 7237]"). A draft is not taken for the
 * kind it drafts.
 */
public final class DocumentTypes {
    /** Every phrase this class returns, each a label or alternative label of a document-type concept. */
    static final List<String> PHRASES = List.of(
            "letter", "telegram", "cable", "ciphered telegram", "ciphergram", "cipher telegram", "coded telegram",
            "encrypted telegram", "ciphered cable", "cipher cable", "coded cable",
            "memorandum of conversation", "memorandum of a conversation", "minutes of conversation", "minutes of a conversation",
            "record of conversation", "record of a conversation", "record of meeting", "record of a meeting", "record of the meeting",
            "memorandum of meeting", "minutes", "minutes of meeting", "minutes of a meeting", "minutes of the meeting",
            "memorandum", "memo", "note", "diplomatic note", "note verbale", "verbal note", "aide-mémoire", "aide-memoire",
            "working notes", "notes", "handwritten notes", "hand-written notes", "speech", "resolution", "decision", "decree",
            "diary", "diary entry", "journal", "journal entry", "transcript", "stenographic record", "stenographic report",
            "stenogram", "verbatim record", "report", "interview", "instruction", "instructions", "directive", "directives",
            "message", "statement", "communiqué", "communique", "joint communiqué", "joint communique", "agreement", "treaty",
            // the German original's own word, printed alone as its heading ("V e r m e r k")
            "vermerk");

    /** The phrases, longest first, so that "memorandum of conversation" wins over "memorandum". */
    private static final String PHRASE = PHRASES.stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|", "(?<type>", ")"));
    /** Words before the kind that do not change it ("Secret Telegram", "Flash Telegram", "Urgent Cable"). */
    private static final String QUALIFIERS = "(?:(?:top|strictly|very|most)\\s+)?(?:secret|urgent|flash|immediate|priority|personal"
            + "|confidential|official|unofficial|special|short|brief|handwritten|hand-written|outgoing|incoming|private)\\s+";
    /** What may open a title before its kind: "Excerpt from the", "Copy of a", "Text of the". */
    private static final String OPENING = "(?:(?:excerpts?|extracts?|copy|text|translation)\\s+(?:from|of)\\s+(?:(?:the|a|an)\\s+)?)?";
    /** What may follow the kind in a title: its end, punctuation, a number, or a word that joins it to the rest. */
    private static final String FOLLOWS = "(?=$|\\s*[,:;(\\[]|\\s+(?:from|of|to|by|between|with|on|regarding|concerning|about|for|in|at"
            + "|re|sent|dated|addressed|No\\.?|Nº|N°|#|\\d)\\b|\\s*[Nº#])";
    private static final Pattern AT_START = Pattern.compile("^" + OPENING + "(?:" + QUALIFIERS + ")*" + PHRASE + FOLLOWS,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIARY = Pattern.compile("^(?:(?:excerpts?|extracts?)\\s+)?from\\s+the\\s+(?<book>diary|journal|notebook)"
            + "\\s+of\\s+[^,:]{1,80}(?:[,:]\\s*[\"'‘“]?(?<rest>.*))?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSSESSIVE = Pattern.compile("^[\\p{Lu}][\\p{L}\\p{M}.'’ -]{0,60}?['’]s\\s+(?:\\[[^\\]]{1,60}\\]\\s+)?(?<rest>.*)$");
    private static final Pattern QUOTED_AFTER_AUTHOR = Pattern.compile("^[^,'\"‘“]{1,80},\\s+['\"‘“](?<rest>.*)$");
    private static final Pattern PIECE = Pattern.compile("^(?:" + QUALIFIERS + ")*" + PHRASE + "(?:\\s+(?:No\\.?|Nº|N°|#)\\s*\\S+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The issuer's name in capitalised words (with "of", "the", "and", "in", "for"), then the kind and a joining word. */
    private static final Pattern AFTER_ISSUER = Pattern.compile("^(?:(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|of|the|and|in|for)\\s+){1,8}?"
            + "(?<!(?i:draft|the)\\s)(?iu:(?:" + QUALIFIERS + ")*" + PHRASE + ")"
            + "(?=\\s*[,:]|\\s+(?:from|to|on|of|regarding|concerning|about|by|No\\.|Nº)\\b)");
    private static final Pattern IN_BRACKETS = Pattern.compile("\\[(?:" + QUALIFIERS + ")*" + PHRASE + "(?:\\s+(?:No\\.?|Nº|N°|#)\\s*[^\\]]+)?\\]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TYPE_LINE = Pattern.compile("^(?:" + QUALIFIERS + ")*" + PHRASE + "[\\s.:;]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A heading that says what the text is: "(Speech given by Deputy Minister …)", "Speech delivered at …". */
    private static final Pattern HEADING = Pattern.compile("^\\(?(?<type>speech)\\s+(?:given|delivered|made|read)\\s+(?:by|at|to)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Titles longer than this are not searched (the patterns backtrack over the issuer's words). */
    private static final int MAX_TITLE = 600;

    private DocumentTypes() {}

    /** The kind the title states, as a lower-case label; empty when the title states none. */
    public static Optional<String> inTitle(String title) {
        String t = title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) return Optional.empty();
        Matcher diary = DIARY.matcher(t);
        if (diary.matches()) {
            Optional<String> entry = diary.group("rest") == null ? Optional.empty() : atStart(diary.group("rest"));
            if (entry.isPresent()) return entry;
            return Optional.of(diary.group("book").equalsIgnoreCase("journal") ? "journal entry" : "diary");
        }
        Optional<String> found = atStart(t);
        if (found.isPresent()) return found;
        Matcher possessive = POSSESSIVE.matcher(t);
        if (possessive.matches() && !possessive.group().startsWith("The ")) {
            found = atStart(possessive.group("rest"));
            if (found.isPresent()) return found;
        }
        for (String piece : t.split(",")) {
            Matcher m = PIECE.matcher(piece.strip());
            if (m.matches()) return Optional.of(label(m));
        }
        Matcher issuer = AFTER_ISSUER.matcher(t);
        if (issuer.find()) return Optional.of(label(issuer));
        Matcher quoted = QUOTED_AFTER_AUTHOR.matcher(t);
        if (quoted.matches()) {
            found = atStart(quoted.group("rest"));
            if (found.isPresent()) return found;
        }
        Matcher bracket = IN_BRACKETS.matcher(t);
        if (bracket.find()) return Optional.of(label(bracket));
        return Optional.empty();
    }

    /**
     * The kind a "Type:" line or the page's "Type" field states ("Telegram", "Ciphered telegram", "Memorandum of
     * Conversation"): the whole value must be one; empty otherwise.
     */
    public static Optional<String> fromTypeLine(String value) {
        String v = value.strip();
        if (v.length() > MAX_TITLE) return Optional.empty();
        Matcher m = TYPE_LINE.matcher(v);
        return m.matches() ? Optional.of(label(m)) : Optional.empty();
    }

    /**
     * The kind a heading of the text states, as "(Speech given by Deputy Minister Trần Đông …)" does, or a heading
     * that is the kind's word alone, letter-spaced or not ("MEMORANDUM", "V e r m e r k"); empty otherwise.
     */
    public static Optional<String> inHeading(String line) {
        Matcher m = HEADING.matcher(line.strip());
        if (m.find()) return Optional.of(label(m));
        String word = LETTER_SPACED.matcher(line.strip()).matches() ? line.replaceAll("\\s+", "") : line;
        return fromTypeLine(word);
    }

    /** Single letters with single spaces between them: "V e r m e r k". */
    private static final Pattern LETTER_SPACED = Pattern.compile("\\p{L}(?: \\p{L}){3,}");

    /** Every phrase this class can return; each is a label or alternative label of a document-type concept (tested). */
    public static List<String> phrases() {
        return PHRASES;
    }

    private static Optional<String> atStart(String text) {
        Matcher m = AT_START.matcher(text.strip());
        return m.find() ? Optional.of(label(m)) : Optional.empty();
    }

    /** The phrase as the concepts' labels print it: lower case, single spaces ("Record of  a Conversation" → "record of a conversation"). */
    private static String label(Matcher m) {
        return m.group("type").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
