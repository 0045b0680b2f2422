package org.archivelod.reconcile;

import java.util.Set;

/**
 * A one-word name printed as the first word of a longer name does not name its own entity: "Warsaw Pact" is not
 * Warsaw, "China Division" not China, "Kim Chaek" not Kim Il Sung, "Stalin Prize" not Stalin. The longer name wins
 * even where nothing knows it. The exception is a state or city before the body that belongs to it ("USSR Council of
 * Ministers", "Moscow Embassy"): there the one-word name is still named.
 */
public final class LongerNames {
    private static final Set<String> OWNED_BODIES = Set.of("Council", "Ministry", "Government", "Embassy", "Consulate", "Legation",
            "Army", "Navy", "Communist", "Central", "Foreign", "Politburo", "Presidium", "Mission", "Delegation", "Ambassador",
            "Minister", "Premier", "President", "Party", "Supreme", "General", "People's");

    private LongerNames() {}

    /** True when the one-word name at [start, end) is followed, after one space, by a capitalised word that continues it. */
    public static boolean insideLongerName(String text, int start, int end) {
        for (int i = start; i < end; i++) if (Character.isWhitespace(text.charAt(i))) return false;
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.codePointAt(end + 1))) return false;
        int wordEnd = end + 1;
        while (wordEnd < text.length() && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '\'')) wordEnd++;
        String next = text.substring(end + 1, wordEnd);
        if (next.length() == 1) return false;   // "I", "A": a new clause, not a longer name
        if (next.equals(next.toUpperCase(java.util.Locale.ROOT)) && !text.substring(start, end).equals(text.substring(start, end).toUpperCase(java.util.Locale.ROOT))) {
            return false;   // "Moscow TASS": an acronym after a name in mixed case
        }
        return !OWNED_BODIES.contains(next);
    }
}
