package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.archivelod.text.NameFolding;

/**
 * Finds the authority entities a text names: each name as printed in the authority file, or in capitals
 * ("FILIPPOV"), on word boundaries, the longest name first. A name shared by two entities is ambiguous and matched to neither.
 */
public final class NameMatcher {
    private final Map<String, AuthorityEntity.Name> names = new HashMap<>();
    private final Map<String, AuthorityEntity> entities = new HashMap<>();
    /** The names by their first character, each list longest first (then in natural order). */
    private final Map<Character, List<String>> byFirstChar = new HashMap<>();
    /** Every name folded (accents, case, apostrophes), for whole names printed another way ("Boleslaw Jelen"). */
    private final Map<String, AuthorityEntity> folded = new HashMap<>();
    private final List<AuthorityEntity> people = new ArrayList<>();
    /** The entities of each folded name that more than one entity claims, by kind and id: matched to none of them. */
    private final Map<String, List<AuthorityEntity>> shared = new HashMap<>();

    public NameMatcher(AuthorityFile authority) {
        Map<String, String> ambiguous = new HashMap<>();
        for (AuthorityEntity e : authority.entities()) {
            List<AuthorityEntity.Name> all = new ArrayList<>(e.names());
            all.add(new AuthorityEntity.Name(e.label(), "preferred", null));
            for (AuthorityEntity.Name n : all) {
                for (String form : List.of(n.text(), n.text().toUpperCase(Locale.ROOT))) {
                    AuthorityEntity other = entities.get(form);
                    if (other != null && other != e) {
                        ambiguous.put(form, form);
                        continue;
                    }
                    entities.put(form, e);
                    names.putIfAbsent(form, n);
                }
            }
        }
        ambiguous.keySet().forEach(k -> { entities.remove(k); names.remove(k); });
        java.util.Set<String> foldedAmbiguous = new java.util.HashSet<>();
        Map<String, java.util.Set<AuthorityEntity>> claimants = new HashMap<>();
        for (AuthorityEntity e : authority.entities()) {
            List<String> forms = new ArrayList<>();
            forms.add(e.label());
            e.names().forEach(n -> forms.add(n.text()));
            for (String f : forms) {
                AuthorityEntity other = folded.putIfAbsent(fold(f), e);
                if (other != null && other != e) foldedAmbiguous.add(fold(f));
                claimants.computeIfAbsent(fold(f), k -> new java.util.HashSet<>()).add(e);
            }
        }
        foldedAmbiguous.forEach(folded::remove);
        for (String f : foldedAmbiguous) {
            shared.put(f, claimants.get(f).stream()
                    .sorted(Comparator.comparing(AuthorityEntity::kind).thenComparing(AuthorityEntity::id)).toList());
        }
        for (AuthorityEntity e : authority.entities()) if (e.kind().equals("person")) people.add(e);
        List<String> forms = new ArrayList<>(entities.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String f : forms) {
            if (!f.isEmpty()) byFirstChar.computeIfAbsent(f.charAt(0), c -> new ArrayList<>()).add(f);
        }
    }

    /** Every name of the authority found in the text, in text order. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<String> candidates = byFirstChar.get(text.charAt(i));
            String form = candidates == null || (i > 0 && isLetterOrNumber(Character.codePointBefore(text, i))) ? null
                    : longestAt(text, i, candidates);
            if (form == null) {
                i++;
                continue;
            }
            if (!LongerNames.insideLongerName(text, i, i + form.length())) {
                out.add(new Match(entities.get(form), names.get(form), form, i, i + form.length()));
            }
            i += form.length();
        }
        return out;
    }

    /**
     * The first of the names (longest first) printed at {@code i} and not run on into a following letter or number:
     * what the regular expression {@code (?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])} would find there,
     * without trying every name at every position.
     */
    private static String longestAt(String text, int i, List<String> candidates) {
        for (String f : candidates) {
            int end = i + f.length();
            if (text.startsWith(f, i) && (end >= text.length() || !isLetterOrNumber(text.codePointAt(end)))) return f;
        }
        return null;
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) return true;
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The entity a whole name denotes with accents, case and apostrophes aside ("Boleslaw JELEN"), if exactly one. */
    public Optional<AuthorityEntity> wholeFolded(String name) {
        return Optional.ofNullable(folded.get(fold(name)));
    }

    /**
     * The authority person whose preferred name has the same first and last word as a fuller printed name
     * ("Nikita S. Khrushchev" → Nikita Khrushchev), if exactly one.
     */
    public Optional<AuthorityEntity> personByFirstAndLast(String name) {
        String[] w = fold(name).split(" ");
        if (w.length < 3) return Optional.empty();
        AuthorityEntity found = null;
        for (AuthorityEntity e : people) {
            String[] l = fold(e.label()).split(" ");
            if (l.length >= 2 && l[0].equals(w[0]) && l[l.length - 1].equals(w[w.length - 1])) {
                if (found != null && found != e) return Optional.empty();
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The entities that share a whole name with accents, case and apostrophes aside, which is therefore matched to
     * none of them: the candidates of a name the authority file does not decide. Empty for a name of one entity or none.
     */
    public List<AuthorityEntity> sharing(String name) {
        return shared.getOrDefault(fold(name), List.of());
    }

    private static String fold(String s) {
        return NameFolding.withoutMarks(s)
                .replace('’', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The entity a whole name denotes ("Mao Zedong", "FILIPPOV"), if exactly one. */
    public Optional<Match> whole(String name) {
        AuthorityEntity e = entities.get(name.strip());
        return e == null ? Optional.empty() : Optional.of(new Match(e, names.get(name.strip()), name.strip(), 0, name.strip().length()));
    }
}
