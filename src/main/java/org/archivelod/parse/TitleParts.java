package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.PrintedName;

/**
 * A title split into document type, number, senders, addressees and intermediaries as printed:
 * "Letter, Cde. Filippov [Stalin] for Mao Zedong" → letter / "Cde. Filippov [Stalin]" / "Mao Zedong";
 * "Cable No. 2220, from Filippov [Stalin] to Mao Zedong" → cable, number 2220;
 * "Telegram from X to Zhou Enlai via Zakharov" → intermediary "Zakharov";
 * "Telegram from X to Krasovsky, for Mao Zedong" → addressee "Mao Zedong", intermediary "Krasovsky" (the message goes
 * to the first to be passed on to the second);
 * "Telegram from Polish Embassy in Havana (Jeleń), 31 October 1962" → sender only;
 * "From the Diary of N.V. Roshchin, Memorandum of Conversation with …" → memorandum of conversation by N.V. Roshchin;
 * "Minutes of Conversation between I.V. Stalin and Zhou Enlai" → participants only (a conversation's participants are
 * not taken for its authors).
 * A title in none of these forms gives no type and no parties: nothing is guessed.
 */
public record TitleParts(Optional<String> documentType, Optional<String> number, List<String> senders,
                         List<String> addressees, List<String> intermediaries, List<String> participants) {
    /**
     * A kind of document as titles print it: optional qualifiers ("Secret", "Ciphered") and a document word, or a
     * record of a conversation or meeting. Only these words make a type: "Note of Comrade Bergold" is a note by
     * Bergold, not a document of the type "note of comrade bergold".
     */
    private static final String TYPE_WORDS = "(?i:(?:(?:top |strictly )?(?:secret|urgent|flash|ciphered|coded|cipher|personal|official|"
            + "handwritten|draft|outgoing|incoming|special|encrypted|confidential|short|brief|joint|information|informational) )*"
            + "(?:working notes|letter|telegram|cable|ciphergram|message|notes|note|memorandum|memo|report|decree|resolution|"
            + "decision|minutes|record|transcript|speech|instructions|instruction|directive|order|diary|journal|interview|"
            + "statement|protocol|information|circular|dispatch|appeal|declaration|address|remarks|proposal|aide-m[ée]moire|"
            + "summary|conversation)"
            + "(?: of (?:a |the )?(?:conversation|meeting|talks|talk|discussion|session|negotiations))?)";
    private static final String TYPE = "(" + TYPE_WORDS + ")(?:\\s+(?:No\\.|Nº|#)\\s?([\\w/-]+))?";
    private static final Pattern TYPE_COMMA = Pattern.compile("^" + TYPE + ",\\s+(.+)$");
    private static final Pattern TYPE_FROM = Pattern.compile("^" + TYPE + " from\\s+(.+)$");
    private static final Pattern TYPE_OF = Pattern.compile("^" + TYPE + " of\\s+(.+)$");
    private static final Pattern TYPE_BY = Pattern.compile("^" + TYPE + " by\\s+(.+)$");
    /** "Telegram to the Ministry of Foreign Affairs from the Romanian Embassy in Moscow": addressee first. */
    private static final Pattern TYPE_TO_FROM = Pattern.compile("^" + TYPE + " to\\s+(.+?)(?<!\\s)\\s+from\\s+(.+)$");
    /** " to " or " for " between the parties; not the one of an office ("Ambassador to the DPRK", "Envoy to China"). */
    private static final Pattern TO = Pattern.compile("(?<!\\s)\\s+(?:to|for)\\s+");
    private static final java.util.Set<String> OFFICE_BEFORE_TO = java.util.Set.of("ambassador", "envoy", "representative", "delegate",
            "delegation", "mission", "embassy", "minister", "consul", "attaché", "adviser", "advisor", "counsellor", "counselor",
            "plenipotentiary", "chargé", "affaires", "secretary", "legation", "consulate", "commissioner", "observer");
    private static final Pattern TYPE_BETWEEN = Pattern.compile("^" + TYPE + " (?:between|with)\\s+(.+)$");
    private static final Pattern DIARY = Pattern.compile("^From the (?:Diary|Journal|Notebook) of ([^,:]{1,80}?)[,:]\\s+['‘\"“]?"
            + "((?:Memorandum|Record|Minutes) of (?:a )?Conversation)\\b.*$");
    private static final Pattern JOURNAL = Pattern.compile("^From the (Diary|Journal|Notebook|Notebooks|Notes) of ([^,]+)$");
    /** "Rezső Nyers’s handwritten Notes on …": the possessor wrote the notes. */
    private static final Pattern POSSESSIVE = Pattern.compile("^([^,’']{3,80})[’']s\\s+(?:handwritten\\s+|personal\\s+|private\\s+)?"
            + "((?i:notes|note|diary|report|letter|memorandum|journal))\\b.*$");
    /** "Trần Đông, 'Key Issues …'": a name, then the quoted title of the piece. */
    private static final Pattern NAME_THEN_QUOTE = Pattern.compile("^([^,'‘\"“]{3,80}),\\s+['‘\"“].*$");
    // (?<!\\s) before each run of spaces keeps these lazy patterns linear on long runs of spaces
    private static final Pattern WITH = Pattern.compile("^(.+?)(?<!\\s),?\\s+with\\s+(.+)$");
    private static final Pattern TRAILING_DATE = Pattern.compile(",(?<!\\s)\\s+(?:\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\p{L}+\\s+\\d{1,2},\\s+\\d{4}|\\p{L}+\\s+\\d{4}|\\d{4})$");
    private static final Pattern VIA = Pattern.compile("^(.+?)(?<!\\s)\\s+via\\s+(.+)$");
    private static final Pattern FOR_AFTER_TO = Pattern.compile("^(.+?),\\s+for\\s+(.+)$");
    /** What a title says about the document after its parties: "… regarding conversations with …", "… on the situation". */
    private static final Pattern CLAUSE = Pattern.compile("(?<!\\s)\\s+(?:[Rr]egarding|[Cc]oncerning|[Rr]e:|[Aa]bout|[Oo]n|[Ww]ith [Rr]egard to|"
            + "[Ii]n [Cc]onnection [Ww]ith|[Ll]ed [Bb]y|[Ii]nforming|[Aa]nnouncing|[Rr]eporting|[Aa]t|[Ff]or(?=\\s+\\d)|[Oo]f(?=\\s+\\d))\\s.*$");
    /** An editor's note closing a title: "(Excerpt)", "[Excerpts]", "[Ciphergram No. 7237]", "(First Meeting)". */
    private static final Pattern TRAILING_EDITORIAL = Pattern.compile("[\\[(]([^\\[\\]()]{1,80})[\\])]");
    private static final Pattern EDITORIAL_WORDS = Pattern.compile("(?i)excerpt|abridged|summary|draft|translation|meeting|part\\b|no\\.|\\d");
    private static final Pattern OFFICE = Pattern.compile("(?i)\\b(?:minister|ambassador|chairman|secretary|premier|consul|"
            + "chargé d['’]affaires|envoy|representative|commander|chief|president|attaché|counsellor|counselor|director|chancellor)\\b");

    private static final TitleParts NONE = new TitleParts(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of());

    public static TitleParts of(String printed) {
        String title = withoutEditorialEnd(withoutHeadline(printed.strip()));
        Matcher d = DIARY.matcher(printed.strip());
        if (d.matches()) return author(lower(d.group(2)), d.group(1));
        Matcher j = JOURNAL.matcher(title);
        if (j.matches()) return author(lower(j.group(1)), j.group(2));
        Matcher toFrom = TYPE_TO_FROM.matcher(title);
        if (toFrom.matches()) {
            return new TitleParts(Optional.of(lower(toFrom.group(1))), Optional.ofNullable(toFrom.group(2)),
                    appositions(split(cut(TRAILING_DATE.matcher(toFrom.group(4)).replaceFirst("")))), appositions(split(cut(toFrom.group(3)))),
                    List.of(), List.of());
        }
        Matcher m = TYPE_FROM.matcher(title);
        if (!m.matches()) m = TYPE_BY.matcher(title);
        if (!m.matches()) m = TYPE_COMMA.matcher(title);
        if (!m.matches()) {
            Matcher b = TYPE_BETWEEN.matcher(title);
            if (b.matches()) {
                return new TitleParts(Optional.of(lower(b.group(1))), Optional.ofNullable(b.group(2)), List.of(), List.of(), List.of(),
                        appositions(split(cut(b.group(3)))));
            }
            m = TYPE_OF.matcher(title);
        }
        if (!m.matches()) {
            Matcher p = POSSESSIVE.matcher(title);
            if (p.matches()) return author(lower(p.group(2)), p.group(1));
            Matcher q = NAME_THEN_QUOTE.matcher(printed.strip());
            if (q.matches()) return new TitleParts(Optional.empty(), Optional.empty(), List.of(q.group(1).strip()), List.of(), List.of(), List.of());
            return NONE;
        }
        Optional<String> type = Optional.of(lower(m.group(1)));
        Optional<String> number = Optional.ofNullable(m.group(2));
        String rest = cut(TRAILING_DATE.matcher(m.group(3)).replaceFirst(""));
        String[] parties = parties(rest);
        if (parties == null) {
            Matcher with = WITH.matcher(rest);
            if (m.pattern() == TYPE_OF && with.matches()) {
                return new TitleParts(type, number, appositions(split(with.group(1))), List.of(), List.of(), appositions(split(with.group(2))));
            }
            boolean from = m.pattern() == TYPE_FROM || m.pattern() == TYPE_OF || m.pattern() == TYPE_BY;
            return new TitleParts(type, number, from ? appositions(split(rest)) : List.of(), List.of(), List.of(), List.of());
        }
        String to = parties[1];
        List<String> intermediaries = new ArrayList<>();
        Matcher via = VIA.matcher(to);
        Matcher forAfter = FOR_AFTER_TO.matcher(to);
        if (via.matches()) {
            to = via.group(1);
            intermediaries.addAll(split(via.group(2)));
        } else if (forAfter.matches()) {
            intermediaries.addAll(split(forAfter.group(1)));
            to = forAfter.group(2);
        }
        return new TitleParts(type, number, appositions(split(parties[0])), appositions(split(to)), List.copyOf(intermediaries), List.of());
    }

    /**
     * "[from] X to Y" or "X for Y" → {X, Y}, at the first "to"/"for" that does not belong to an office ("the Soviet
     * Ambassador to the DPRK"); null when there is none.
     */
    private static String[] parties(String rest) {
        String r = rest.startsWith("from ") ? rest.substring(5).stripLeading() : rest;
        Matcher t = TO.matcher(r);
        while (t.find()) {
            int wordStart = t.start();
            while (wordStart > 0 && !Character.isWhitespace(r.charAt(wordStart - 1)) && t.start() - wordStart < 40) wordStart--;
            String before = r.substring(wordStart, t.start()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}é]", "");
            if (OFFICE_BEFORE_TO.contains(before)) continue;
            String x = r.substring(0, t.start()).strip();
            String y = r.substring(t.end()).strip();
            if (x.isEmpty() || y.isEmpty()) return null;
            return new String[] {x, y};
        }
        return null;
    }

    private static TitleParts author(String type, String author) {
        return new TitleParts(Optional.of(type), Optional.empty(), List.of(author.strip()), List.of(), List.of(), List.of());
    }

    /**
     * The title without a quoted headline after a comma: "Cable from X, 'The Message from Premier Zhou has been handed'"
     * → "Cable from X". The headline runs from ", '" to the last closing quote; an apostrophe inside a word stays.
     */
    static String withoutHeadline(String title) {
        int open = -1;
        for (int i = 1; i + 1 < title.length(); i++) {
            if (title.charAt(i) == ',' && Character.isWhitespace(title.charAt(i + 1))) {
                int q = i + 1;
                while (q < title.length() && Character.isWhitespace(title.charAt(q))) q++;
                if (q < title.length() && "'‘\"“„«".indexOf(title.charAt(q)) >= 0) {
                    open = i;
                    break;
                }
            }
        }
        if (open < 0) return title;
        int close = -1;
        for (int i = title.length() - 1; i > open + 2; i--) {
            if ("'’\"”»".indexOf(title.charAt(i)) >= 0 && (i + 1 == title.length() || !Character.isLetter(title.charAt(i + 1)))) {
                close = i;
                break;
            }
        }
        if (close < 0) return title;
        return (title.substring(0, open) + title.substring(close + 1)).strip();
    }

    /** The title without a closing editor's note such as "(Excerpt)" or "[Ciphergram No. 7237]". */
    static String withoutEditorialEnd(String title) {
        String t = title.strip();
        if (t.isEmpty() || (t.charAt(t.length() - 1) != ']' && t.charAt(t.length() - 1) != ')')) return title;
        int open = Math.max(t.lastIndexOf('['), t.lastIndexOf('('));
        if (open < 0 || t.length() - open > 82) return title;
        Matcher m = TRAILING_EDITORIAL.matcher(t.substring(open));
        if (m.matches() && EDITORIAL_WORDS.matcher(m.group(1)).find()) return t.substring(0, open).strip();
        return title;
    }

    /** The parties without what the title goes on to say about the document ("… regarding conversations with …"). */
    private static String cut(String parties) {
        return CLAUSE.matcher(parties).replaceFirst("").replaceFirst("[,;:]+$", "");
    }

    /**
     * An office printed beside the name of its holder is the holder: "the Albanian ambassador in Belgrade, Tahmaz
     * Beqari" and "Comrade Bergold, East German Ambassador" each name one party, the person.
     */
    static List<String> appositions(List<String> parts) {
        if (parts.size() < 2) return parts;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (isOfficeOnly(p)) {
                boolean besideName = (i > 0 && !isOfficeOnly(parts.get(i - 1)) && personShaped(parts.get(i - 1)))
                        || (i + 1 < parts.size() && !isOfficeOnly(parts.get(i + 1)) && personShaped(parts.get(i + 1)));
                if (besideName) continue;
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    private static boolean isOfficeOnly(String words) {
        return OFFICE.matcher(words).find() && NameShape.whyNotPerson(PrintedNames.of(PrintedName.Role.AUTHOR, words).name()).isPresent();
    }

    private static boolean personShaped(String words) {
        return NameShape.whyNotPerson(PrintedNames.of(PrintedName.Role.AUTHOR, words).name()).isEmpty();
    }

    private static final Pattern QUALIFIERS = Pattern.compile("^(?:(?:top|strictly|secret|urgent|flash|personal|official|handwritten|draft|"
            + "outgoing|incoming|special|confidential|short|brief|joint|information|informational)\\s+)+");

    /** The kind of document in lower case, without qualifiers: "Secret Telegram" → "telegram"; "cipher telegram" → "ciphered telegram". */
    private static String lower(String type) {
        String t = QUALIFIERS.matcher(type.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        return t.replaceFirst("^(?:cipher|coded|encrypted) ", "ciphered ");
    }

    /**
     * "Wu Xiuquan and Qiao Guanhua" → two names; brackets and parentheses are kept with the name they follow.
     * One pass over the words (a separator is ", " or " and " outside brackets), so long runs of spaces cost linear time.
     */
    static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int n = names.length();
        for (int i = 0; i < n; i++) {
            char c = names.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && c == ',' && i + 1 < n && Character.isWhitespace(names.charAt(i + 1))) {
                add(out, names.substring(start, i));
                start = skipSpaces(names, i + 1);
                i = start - 1;
            } else if (depth == 0 && Character.isWhitespace(c)) {
                int word = skipSpaces(names, i);
                if (names.startsWith("and", word) && word + 3 < n && Character.isWhitespace(names.charAt(word + 3))) {
                    add(out, names.substring(start, i));
                    start = skipSpaces(names, word + 3);
                    i = start - 1;
                } else {
                    i = word - 1;
                }
            }
        }
        add(out, names.substring(Math.min(start, n)));
        return List.copyOf(out);
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static void add(List<String> out, String part) {
        String p = part.strip().replaceFirst("[,;:]+$", "").strip();
        if (!p.isEmpty()) out.add(p);
    }
}
