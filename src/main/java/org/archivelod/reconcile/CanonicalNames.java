package org.archivelod.reconcile;

import java.text.Normalizer;
import java.util.Locale;
import org.archivelod.uri.Slugs;
import org.archivelod.text.NameFolding;

/**
 * The one label of an entity the authority file does not know, computed from the printed name alone, so that every
 * document that prints it states the same label (the shapes allow one): accents dropped, curly apostrophes made
 * straight, words printed in capitals in title case, a leading article dropped from a body's name.
 * "Tahmaz BEQARI" and "Tahmaz Beqari" → "Tahmaz Beqari"; "Rodríguez" → "Rodriguez"; "M. G. Podol’sky" → "M.G. Podol'sky".
 * The forms as printed, accents included, stay as the entity's appellations.
 */
public final class CanonicalNames {
    private static final java.util.regex.Pattern SPACED_INITIALS = java.util.regex.Pattern.compile("(?<=\\b\\p{Lu}\\.)\\s+(?=\\p{Lu}\\.)");
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z]+(?: [A-Za-z]+)*");
    private static final java.util.regex.Pattern LATIN_MARKS = java.util.regex.Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private CanonicalNames() {}

    /** A person's label: every word in capitals (not an initial) title-cased. */
    public static String person(String printed) {
        StringBuilder out = new StringBuilder();
        // initials close up: "M. G. Podol’sky" and "M.G. Podol’sky" are one label
        for (String w : SPACED_INITIALS.matcher(fold(printed)).replaceAll("").split("\\s+")) {
            if (w.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(isCapitals(w) ? titleCase(w) : w);
        }
        return out.toString();
    }

    /** A body's label: without a leading article; in title case only when the whole name is in capitals. */
    public static String group(String printed) {
        String s = fold(printed).strip();
        if (s.startsWith("the ") || s.startsWith("The ")) s = s.substring(4);
        String[] words = s.split("\\s+");
        boolean allCapitals = words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> isCapitals(w) || w.length() <= 3);
        if (!allCapitals) return s;
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (out.length() > 0) out.append(' ');
            out.append(w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals("THE") && !w.equals("FOR") ? w : titleCase(w));
        }
        return out.toString();
    }

    /**
     * The slug of an IRI minted from a canonical label. Two labels must not share an IRI (an entity has one label), but
     * the slug rule folds punctuation: "Niculescu-Mizil" and "Niculescu Mizil" would meet. A label of plain letters
     * and single spaces keeps its plain slug ("tahmaz-beqari"); any other gets the first 8 hex digits of the SHA-256 of
     * the label appended ("m-g-podol-sky-3f0c9a1e").
     */
    public static String slug(String label) {
        String slug = Slugs.of(label);
        if (PLAIN.matcher(label).matches()) return slug;
        return slug + "-" + org.archivelod.io.Checksums.sha256(label.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
    }

    private static String fold(String s) {
        s = NameFolding.strokes(s);
        String folded = Normalizer.normalize(LATIN_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""),
                Normalizer.Form.NFC).replace('’', '\'').replace('‘', '\'');
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    private static boolean isCapitals(String w) {
        long letters = w.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && !w.contains(".") && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String titleCase(String w) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-';
        }
        return out.toString();
    }
}
