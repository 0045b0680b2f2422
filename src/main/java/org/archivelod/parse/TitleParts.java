package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title split into document type, senders and addressees as printed:
 * "Letter, Cde. Filippov [Stalin] for Mao Zedong" → letter / "Cde. Filippov [Stalin]" / "Mao Zedong";
 * "Telegram from Shtykov to USSR Council of Ministers" → telegram / "Shtykov" / "USSR Council of Ministers".
 */
public record TitleParts(Optional<String> documentType, List<String> senders, List<String> addressees) {
    private static final Pattern TYPE_COMMA = Pattern.compile("^([A-Z][A-Za-z ]{2,40}?)(?: No\\. ?[\\w-]+)?,\\s+(.+)$");
    private static final Pattern TYPE_FROM = Pattern.compile("^([A-Z][A-Za-z ]{2,40}?)(?: No\\. ?[\\w-]+)? from\\s+(.+)$");
    /*
     * "[from] SENDERS to|for ADDRESSEES", read in linear time: the space before "to"/"for" must follow a non-space, so
     * a long run of spaces is entered only where it begins. The three patterns are tried in the order the single
     * backtracking pattern "^(?:from\\s+)?(.+?)\\s+(?:to|for)\\s+(.+)$" tried them, and give the same groups.
     */
    private static final Pattern PARTIES_AFTER_FROM = Pattern.compile("^from\\s++(.+?)(?<=\\S)\\s+(?:to|for)\\s+(.+)$");
    private static final Pattern NOBODY_AFTER_FROM = Pattern.compile("^from\\s(\\s)\\s++(?:to|for)\\s+(.+)$");
    private static final Pattern PARTIES = Pattern.compile("^(.+?)(?<=\\S)\\s+(?:to|for)\\s+(.+)$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?<!\\s)\\s+and\\s+|,\\s+");

    public static TitleParts of(String title) {
        String type = null;
        String rest = null;
        Matcher m = TYPE_FROM.matcher(title);
        if (m.matches()) {
            type = m.group(1);
            rest = m.group(2);
        } else if ((m = TYPE_COMMA.matcher(title)).matches()) {
            type = m.group(1);
            rest = m.group(2);
        }
        if (type == null) return new TitleParts(Optional.empty(), List.of(), List.of());
        Matcher parties = PARTIES_AFTER_FROM.matcher(rest);
        if (!parties.matches()) parties = NOBODY_AFTER_FROM.matcher(rest);
        if (!parties.matches()) parties = PARTIES.matcher(rest);
        if (!parties.matches())
            return new TitleParts(Optional.of(type.strip().toLowerCase(java.util.Locale.ROOT)), List.of(), List.of());
        return new TitleParts(Optional.of(type.strip().toLowerCase(java.util.Locale.ROOT)),
                split(parties.group(1)), split(parties.group(2)));
    }

    /** "Wu Xiuquan and Qiao Guanhua" → two names; brackets are kept with the name they follow. */
    static List<String> split(String names) {
        // closesNext[i]: the first bracket at or after i is ']', so a comma before i stands inside brackets
        boolean[] closesNext = new boolean[names.length() + 1];
        for (int i = names.length() - 1; i >= 0; i--) {
            char c = names.charAt(i);
            closesNext[i] = c == ']' || c != '[' && closesNext[i + 1];
        }
        List<String> out = new ArrayList<>();
        Matcher m = NAME_SEPARATOR.matcher(names);
        int from = 0;
        int search = 0;
        while (search <= names.length() && m.find(search)) {
            if (names.charAt(m.start()) == ',' && closesNext[m.end()]) {
                search = m.start() + 1;     // a comma inside [...] does not separate names
                continue;
            }
            add(out, names.substring(from, m.start()));
            from = m.end();
            search = m.end();
        }
        add(out, names.substring(from));
        return List.copyOf(out);
    }

    private static void add(List<String> out, String part) {
        String p = part.strip();
        if (!p.isEmpty()) out.add(p);
    }
}
