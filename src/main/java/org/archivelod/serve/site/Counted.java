package org.archivelod.serve.site;

import java.text.NumberFormat;
import java.util.Locale;

/** A count as people write it on a page: "1 passage", "2 passages", "12,408 documents". */
public final class Counted {
    private Counted() {}

    /** {@code n} and the noun, plural unless {@code n} is 1 (nouns whose plural is not {@code +s} give it). */
    public static String of(long n, String singular, String plural) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n) + " " + (n == 1 ? singular : plural);
    }

    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }
}
