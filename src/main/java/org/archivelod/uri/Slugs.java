package org.archivelod.uri;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one slug rule for minted IRIs: NFKD, Cyrillic transliterated (GOST-like, ASCII), diacritics dropped, case folded,
 * honorifics ("Cde.", "Comrade") dropped, every run of other characters one hyphen. Letters of other scripts
 * (Chinese) are kept as they are, which IRIs allow.
 * "Letter, Cde. Filippov [Stalin] for Mao Zedong" → "letter-filippov-stalin-for-mao-zedong"; "Dmitriĭ" → "dmitrii".
 */
public final class Slugs {
    private static final Set<String> DROPPED = Set.of("cde", "comrade");
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"));
    private static final int MAX_LENGTH = 120;

    private Slugs() {}

    public static String of(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            String t = CYRILLIC.get(c);
            if (t != null) {
                word.append(t);
            } else if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else {
                appendWord(out, word);
            }
        }
        String slug = out.toString();
        if (slug.length() > MAX_LENGTH) slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        return slug;
    }

    private static void appendWord(StringBuilder out, StringBuilder word) {
        if (word.length() == 0) return;
        String w = word.toString();
        word.setLength(0);
        if (DROPPED.contains(w)) return;
        if (out.length() > 0) out.append('-');
        out.append(w);
    }
}
