package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final String TYPE = "([A-Z][A-Za-z ]{2,40}?)(?:\\s+(?:No\\.|Nº|#)\\s?([\\w/-]+))?";
    private static final Pattern TYPE_COMMA = Pattern.compile("^" + TYPE + ",\\s+(.+)$");
    private static final Pattern TYPE_FROM = Pattern.compile("^" + TYPE + " from\\s+(.+)$");
    private static final Pattern TYPE_BETWEEN = Pattern.compile("^" + TYPE + " between\\s+(.+)$");
    private static final Pattern DIARY = Pattern.compile("^From the Diary of (.+?),\\s+((?:Memorandum|Record|Minutes) of (?:a )?Conversation)\\b.*$");
    // (?<!\\s) before each run of spaces keeps these lazy patterns linear on long runs of spaces
    private static final Pattern PARTIES = Pattern.compile("^(?:from\\s+)?(.+?)(?<!\\s)\\s+(?:to|for)\\s+(.+)$");
    private static final Pattern TRAILING_DATE = Pattern.compile(",(?<!\\s)\\s+(?:\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\p{L}+\\s+\\d{1,2},\\s+\\d{4}|\\p{L}+\\s+\\d{4}|\\d{4})$");
    private static final Pattern VIA = Pattern.compile("^(.+?)(?<!\\s)\\s+via\\s+(.+)$");
    private static final Pattern FOR_AFTER_TO = Pattern.compile("^(.+?),\\s+for\\s+(.+)$");

    public static TitleParts of(String title) {
        Matcher d = DIARY.matcher(title);
        if (d.matches()) return new TitleParts(Optional.of(lower(d.group(2))), Optional.empty(), List.of(d.group(1).strip()), List.of(), List.of(), List.of());
        Matcher m = TYPE_FROM.matcher(title);
        if (!m.matches()) m = TYPE_COMMA.matcher(title);
        if (!m.matches()) {
            Matcher b = TYPE_BETWEEN.matcher(title);
            if (b.matches()) return new TitleParts(Optional.of(lower(b.group(1))), Optional.ofNullable(b.group(2)), List.of(), List.of(), List.of(), split(b.group(3)));
            return new TitleParts(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of());
        }
        Optional<String> type = Optional.of(lower(m.group(1)));
        Optional<String> number = Optional.ofNullable(m.group(2));
        String rest = TRAILING_DATE.matcher(m.group(3)).replaceFirst("");
        Matcher parties = PARTIES.matcher(rest);
        if (!parties.matches()) {
            boolean from = m.pattern() == TYPE_FROM;
            return new TitleParts(type, number, from ? split(rest) : List.of(), List.of(), List.of(), List.of());
        }
        String to = parties.group(2);
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
        return new TitleParts(type, number, split(parties.group(1)), split(to), List.copyOf(intermediaries), List.of());
    }

    private static String lower(String type) {
        return type.strip().toLowerCase(Locale.ROOT);
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
        String p = part.strip();
        if (!p.isEmpty()) out.add(p);
    }
}
