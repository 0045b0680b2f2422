package org.archivelod.evaluate;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparable form of a name: accents and case folded, apostrophes unified, punctuation and a leading "the"
 * dropped ("the Embassy of Hungary" ~ "EMBASSY OF HUNGARY", "Jeleń" ~ "Jelen", "Podol’sky" ~ "Podol'sky").
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PARENTHESISED = Pattern.compile("^(.*?)\\s*[(\\[]([^)\\]]+)[)\\]]\\s*$");

    private NameKey() {}

    static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").replace('’', '\'').replace("'", "");
        s = PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (s.startsWith("the ")) s = s.substring(4);
        return s;
    }

    /** The keys of a name and, for "Archive of the President (APRF)", of its two halves. */
    static Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(of(name));
        Matcher m = PARENTHESISED.matcher(name.strip());
        if (m.matches()) {
            out.add(of(m.group(1)));
            out.add(of(m.group(2)));
        }
        out.remove("");
        return out;
    }
}
