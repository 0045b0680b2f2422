package org.archivelod.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way names are compared with their accents aside: "Jeleń" ~ "Jelen", "Trần Đông" ~ "Tran Dong". Callers fold
 * case and punctuation as their comparison needs.
 */
public final class NameFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameFolding() {}

    /** Latin letters with a stroke, which have no decomposition: "Đông" → "Dong", "Łódź" → "Lodź". */
    public static String strokes(String s) {
        return s.replace('Đ', 'D').replace('đ', 'd').replace('Ł', 'L').replace('ł', 'l').replace('Ø', 'O').replace('ø', 'o')
                .replace('Ħ', 'H').replace('ħ', 'h');
    }

    /** The name without accents or strokes: decomposed (NFKD), its combining marks dropped. */
    public static String withoutMarks(String s) {
        return MARKS.matcher(Normalizer.normalize(strokes(s), Normalizer.Form.NFKD)).replaceAll("");
    }

    /**
     * A name as the reconciliation service compares it with case, accents and punctuation aside: lower case, accents
     * and strokes dropped, every run of other characters than letters and digits one space ("Trần Đông" → "tran dong").
     */
    public static String fold(String name) {
        return NOT_WORD.matcher(withoutMarks(name).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A name as written, its spaces aside: stripped, every run of white space one space. */
    public static String spaced(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }
}
