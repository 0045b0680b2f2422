package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.archivelod.text.NameFolding;

/**
 * One identity per person the authority file does not know, by explicit rules that err on keeping people apart:
 * <ol>
 *   <li>a full name (a given name or initials, and a surname) is one entity across the collection,
 *       {@code id/person/{name}}: "Tahmaz Beqari", "TAHMAZ BEQARI" and "Tahmaz Beqari" in five documents are one;</li>
 *   <li>within a document, a bare name ("Beqari", "Comrade BEQARI") or initials with a surname ("T. Beqari") is the
 *       person of that document whose full name it fits, when exactly one does (the bare name is its first or last
 *       word; the initials are those of its given names);</li>
 *   <li>a bare name that fits no full name of its document, or several, stays in that document,
 *       {@code id/person/{document}/{name}}: two documents' "Kim" are never merged on the surname alone;</li>
 *   <li>accents, case and apostrophes are folded for these comparisons ("Rodríguez" ~ "Rodriguez").</li>
 * </ol>
 */
final class RecordPeople {
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("(?:\\p{L}\\.?){1,3}");
    private static final java.util.regex.Pattern GLUED_INITIAL = java.util.regex.Pattern.compile("(\\p{L})\\.(?=\\p{L})");
    private final List<String> fullNames = new ArrayList<>();

    /** Makes a name known before any is resolved, so that a bare name early in the text finds a full name printed later. */
    void know(String label) {
        if (words(label).size() >= 2 && !fullNames.contains(label)) fullNames.add(label);
    }

    /** True when the document names any person by a full name. */
    boolean anyNames() {
        return !fullNames.isEmpty();
    }

    /**
     * True when the document names a person by these words: one of its full names, or the first or last word of
     * exactly one of them ("Bagirov" where the title names "Mir Bagirov").
     */
    boolean names(String label) {
        List<String> w = words(label);
        if (w.isEmpty()) return false;
        for (String full : fullNames) if (words(full).equals(w)) return true;
        return w.size() == 1 && fullNameFor(label).isPresent();
    }

    /** The label the person is best known by in this document: the one full name a shorter form fits, else the form itself. */
    String label(String label) {
        return fullNameFor(label).orElse(label);
    }

    /**
     * The person the label denotes by the rules above: the label of the name its identity rests on, and whether that
     * is a bare name, known only within the document ({@code id/person/{document}/{name}}); {@code candidates} are
     * the authority people who share the name.
     */
    Reconciliation.Unknown person(String label, boolean inDocument, List<AuthorityEntity> candidates) {
        String best = CanonicalNames.person(label(label));
        boolean bare = words(best).size() == 1;
        return new Reconciliation.Unknown("person", label, CanonicalNames.slug(best), bare && inDocument, candidates);
    }

    /**
     * The one fuller name of this document the form fits: a bare name is the first or last word of it; otherwise the
     * surnames agree and each given name or initial of the form is, in order, a given name of the fuller one or its
     * initial ("T. Beqari" ⊂ "Tahmaz Beqari", "Nikita Khrushchev" ⊂ "Nikita S. Khrushchev"). Of fuller names that fit
     * into one another the fullest is taken; two that do not ("Ilir Hoxhaj", "Petrit Hoxhaj") make the form ambiguous.
     */
    private Optional<String> fullNameFor(String label) {
        List<String> w = words(label);
        if (w.isEmpty()) return Optional.empty();
        List<String> fits = new ArrayList<>();
        for (String full : fullNames) {
            List<String> f = words(full);
            if (!f.equals(w) && fits(w, f) && fits.stream().noneMatch(x -> words(x).equals(f))) fits.add(full);
        }
        List<String> fullest = fits.stream().filter(a -> fits.stream().noneMatch(b -> b != a && fits(words(a), words(b)))).toList();
        return fullest.size() == 1 ? Optional.of(fullest.get(0)) : Optional.empty();
    }

    private static boolean fits(List<String> w, List<String> f) {
        long initialsW = w.stream().filter(RecordPeople::isInitial).count();
        long initialsF = f.stream().filter(RecordPeople::isInitial).count();
        if (f.size() < w.size() || (f.size() == w.size() && initialsW <= initialsF)) return false;
        if (w.size() == 1) return f.get(0).equals(w.get(0)) || f.get(f.size() - 1).equals(w.get(0));
        if (!f.get(f.size() - 1).equals(w.get(w.size() - 1))) return false;
        int k = 0;
        for (String given : w.subList(0, w.size() - 1)) {
            boolean found = false;
            while (k < f.size() - 1 && !found) {
                String g = f.get(k++);
                found = g.equals(given) || (isInitial(given) && g.charAt(0) == given.charAt(0));
            }
            if (!found) return false;
        }
        return true;
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 || (word.contains(".") && INITIAL.matcher(word).matches());
    }

    /** The folded words of a name: "M.G. Podol’sky" → ["m.g.", "podolsky"]; initials stay one word. */
    static List<String> words(String name) {
        String s = NameFolding.withoutMarks(name).toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
        s = GLUED_INITIAL.matcher(s).replaceAll("$1. ");
        List<String> out = new ArrayList<>();
        for (String t : s.split("[\\s,]+")) if (!t.isEmpty()) out.add(t);
        // "m. g. podolsky" → "m.g." kept as separate initials
        return out;
    }
}
