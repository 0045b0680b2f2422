package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the authority entities a text names: each name as printed in the authority file, or in capitals
 * ("FILIPPOV"), on word boundaries, the longest name first. A name shared by two entities is ambiguous and matched to neither.
 */
public final class NameMatcher {
    private final Map<String, AuthorityEntity.Name> names = new HashMap<>();
    private final Map<String, AuthorityEntity> entities = new HashMap<>();
    private final Pattern pattern;

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
        List<String> forms = new ArrayList<>(entities.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder();
        for (String f : forms) {
            if (alternatives.length() > 0) alternatives.append('|');
            alternatives.append(Pattern.quote(f));
        }
        pattern = forms.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** Every name of the authority found in the text, in text order. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        if (pattern == null) return out;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String form = m.group();
            out.add(new Match(entities.get(form), names.get(form), form, m.start(), m.end()));
        }
        return out;
    }

    /** The entity a whole name denotes ("Mao Zedong", "FILIPPOV"), if exactly one. */
    public Optional<Match> whole(String name) {
        AuthorityEntity e = entities.get(name.strip());
        return e == null ? Optional.empty() : Optional.of(new Match(e, names.get(name.strip()), name.strip(), 0, name.strip().length()));
    }
}
