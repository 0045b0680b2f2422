package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.PrintedName;

/**
 * Takes a printed name apart: honorific ("Cde.", "Comrade"), the name, its editorial glosses in square brackets or
 * parentheses (several in one bracket separated by ";": "FENG XI [FYN SI; Stalin]"), and a normalised form for
 * letter-spaced and all-capital printings ("S H T Y K O V" → "Shtykov", "KIM IL SUNG" → "Kim Il Sung").
 *
 * <pre>{@code
 * PrintedNames.of(PrintedName.Role.AUTHOR, "Filippov (Stalin)").glosses()  // ["Stalin"]
 * }</pre>
 */
public final class PrintedNames {
    private static final Pattern GLOSS = Pattern.compile("\\s*[\\[(]([^\\[\\]()]{1,120})[\\])]");
    private static final Pattern HONORIFIC = Pattern.compile("^((?i:cdes?\\.|comrades?|coms?\\.|comrs?\\.|mr\\.|mrs\\.|ms\\.|dr\\.)"
            + "|(?:(?:Prime|Vice|Deputy|First|Foreign|Defen[cs]e|Chief|Cabinet|Private|Chinese|Soviet|Japanese|Polish|Hungarian|"
            + "Albanian|Romanian|East German|West German|British|American|French|German|Korean|Vietnamese|Cuban)\\s+)*"
            + "(?:Chairman|Premier|Ambassador|General|Marshal|President|Minister|Comrade|Chancellor|Secretary|Counsellor|Consul|"
            + "Commander|Envoy|Admiral|Colonel))\\s+(?=\\p{Lu})");
    private static final Pattern LETTER_SPACED = Pattern.compile("^\\p{L}(?: \\p{L}){2,}$");
    private static final Pattern BODY = Pattern.compile("\\b(?:Ministry|Council|Committee|Embassy|Government|Politburo|Department|"
            + "Secretariat|Presidium|General Staff|Party|Bureau|Commission|Consulate|Legation|Mission|Headquarters|Command|"
            + "Directorate|Agency|Office|Soviet|Assembly|Congress|Division|Army|Navy|Front)$|\\b(?:Ministry|Council|Committee|"
            + "Embassy|Government|Politburo|Department|Secretariat|Presidium|Consulate|Legation|Headquarters|Directorate)\\b|(?:^|\\bthe\\s+)CC\\b(?!\\s+(?:Secretary|Member|member|secretary))");
    private static final Pattern OFFICE = Pattern.compile("(?i)\\b(?:minister|ambassador|chairman|secretary|premier|consul|"
            + "chargé d'affaires|envoy|representative|commander|chief|president|attaché)\\b");

    private PrintedNames() {}

    public static PrintedName of(PrintedName.Role role, String asPrinted) {
        String rest = asPrinted.strip();
        List<String> glosses = new ArrayList<>();
        Matcher g = GLOSS.matcher(rest);
        while (g.find()) for (String part : g.group(1).split(";")) if (!part.isBlank()) glosses.add(part.strip());
        rest = GLOSS.matcher(rest).replaceAll("").replaceAll("\\s+", " ").strip();
        Optional<String> honorific = Optional.empty();
        Matcher h = HONORIFIC.matcher(rest);
        if (h.find()) {
            honorific = Optional.of(h.group(1));
            rest = rest.substring(h.end());
        }
        PrintedName.Kind kind = BODY.matcher(rest).find() ? PrintedName.Kind.BODY
                : OFFICE.matcher(rest).find() ? PrintedName.Kind.OFFICE : PrintedName.Kind.NAME;
        return new PrintedName(role, asPrinted, honorific, rest, normalise(rest), List.copyOf(glosses), kind);
    }

    /**
     * The name with letter-spacing closed up and, when the whole name is printed in capitals, in title case
     * ("PAK HEON-YEONG" → "Pak Heon-yeong"); a name in mixed case ("USSR Council of Ministers") and a single word of up
     * to four capitals (an acronym: "TASS") are kept as printed.
     */
    public static String normalise(String name) {
        String s = name.strip();
        if (LETTER_SPACED.matcher(s).matches()) s = s.replace(" ", "");
        String[] words = s.split(" ");
        boolean allCapitals = java.util.Arrays.stream(words).allMatch(w -> isCapitals(w) || w.codePoints().noneMatch(Character::isLetter));
        boolean acronym = words.length == 1 && s.codePoints().filter(Character::isLetter).count() <= 4;
        if (!allCapitals || acronym) return s;
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (out.length() > 0) out.append(' ');
            out.append(titleCase(word));
        }
        return out.toString();
    }

    private static boolean isCapitals(String word) {
        long letters = word.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase) && !word.contains(".");
    }

    private static String titleCase(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int first = 0;
        while (first < lower.length() && !Character.isLetter(lower.charAt(first))) first++;
        if (first >= lower.length()) return word;
        return lower.substring(0, first) + Character.toUpperCase(lower.charAt(first)) + lower.substring(first + 1);
    }
}
