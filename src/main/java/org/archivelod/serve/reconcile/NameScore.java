package org.archivelod.serve.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.archivelod.text.NameFolding;

/**
 * How well a query names an entity, 0–100: the label as written 100, another of its names as written 95, a name equal
 * with case, accents and punctuation aside 90, else up to 80 by the share of words in common (Jaccard over the folded
 * words of the best name). Pure: the same strings always score the same.
 */
public final class NameScore {
    public static final int LABEL = 100;
    public static final int VARIANT = 95;
    public static final int FOLDED = 90;
    public static final int WORDS = 80;

    private NameScore() {}

    /** The score of {@code query} against an entity called {@code label}, also known as {@code variants}. */
    public static int score(String query, String label, Collection<String> variants) {
        String q = spaced(query);
        if (q.isEmpty()) {
            return 0;
        }
        if (q.equals(spaced(label))) {
            return LABEL;
        }
        if (variants.stream().anyMatch(v -> q.equals(spaced(v)))) {
            return VARIANT;
        }
        String folded = fold(q);
        if (folded.isEmpty()) {
            return 0;
        }
        List<String> names = new ArrayList<>(variants);
        names.add(0, label);
        if (names.stream().anyMatch(n -> folded.equals(fold(n)))) {
            return FOLDED;
        }
        Set<String> words = words(folded);
        double best = 0;
        for (String name : names) {
            Set<String> theirs = words(fold(name));
            Set<String> common = new HashSet<>(words);
            common.retainAll(theirs);
            Set<String> all = new HashSet<>(words);
            all.addAll(theirs);
            if (!all.isEmpty()) {
                best = Math.max(best, (double) common.size() / all.size());
            }
        }
        return (int) Math.round(WORDS * best);
    }

    /** Whether one of the names starts with {@code prefix}, or has a word that does (case and accents aside). */
    public static boolean startsWith(String prefix, String label, Collection<String> variants) {
        String p = fold(prefix);
        if (p.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>(variants);
        names.add(label);
        return names.stream().map(NameScore::fold)
                .anyMatch(n -> n.startsWith(p) || words(n).stream().anyMatch(w -> w.startsWith(p)));
    }

    /** Lower case, accents and strokes dropped, every run of other characters than letters and digits one space. */
    public static String fold(String name) {
        return NameFolding.fold(name);
    }

    private static String spaced(String name) {
        return NameFolding.spaced(name);
    }

    private static Set<String> words(String folded) {
        return folded.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(folded.split(" ")));
    }
}
