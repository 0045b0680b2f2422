package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the places and states a text names, from data rather than hand lists: the cities of GeoNames cities1000 with
 * 100,000 people or more and every national capital ({@code cities.tsv}), the states and territories of the JDK's
 * CLDR locale data with their English, Russian and Chinese names, and a curated file of historic names and states of
 * the Cold War ({@code historic-places.json}). The files are classpath resources under {@code org/archivelod/gazetteer/},
 * kept in {@code data/gazetteer/} (its README gives their sources and licences).
 *
 * <p>Precision comes first: a wrong place is worse than none. The rules:
 * <ol>
 * <li>A name matches as printed (case-sensitive), or in capitals ("MOSCOW"), with no letter or digit just before or
 *     after it; in Chinese running text, which has no spaces, a Chinese name where ICU's dictionary puts a word boundary
 *     at both its edges. {@code '} and {@code ’} are the same in a name ("Xi'an", "Xi’an").</li>
 * <li>The longest name wins: a shorter name never matches inside a longer one ("North Korea", not "Korea";
 *     "New Delhi", not "Delhi"). A name that is refused by the rules below still hides the names inside it
 *     ("East London" never yields "London").</li>
 * <li>Names of one or two letters never match; two Chinese characters are a name ("中国"), one is not. Abbreviations
 *     (USSR, GDR, DRV, PRC, DPRK, FRG, MPR, ROK, КНДР) come only from the curated file: a name in capitals from CLDR
 *     (the Russian "ОАЭ") or GeoNames is left out.</li>
 * <li>A GeoNames or CLDR name in {@code stoplist.txt} never matches: a common English word ("Reading", "Mobile"), a
 *     common given name or surname ("Victoria", "Rodriguez", "Yao"), or a name that usually means something else in
 *     Cold War records ("Ontario", "Azerbaijan").</li>
 * <li>A name given by several sources goes to the first: the curated file, then CLDR, then GeoNames ("Canton" is
 *     Guangzhou, "Singapore" the state, "Jamaica" the state and not the part of Queens).</li>
 * <li>A name that two entries of the same source carry is ambiguous and matches neither, except among GeoNames cities:
 *     there the largest city takes the name if it has ten times the people of every other place of that name in
 *     cities1000, kept or not ("Alexandria" is the Egyptian city; "Birmingham" and "Hamilton" match nothing).</li>
 * </ol>
 *
 * <p>The names are kept in a trie, so {@link #find} reads a text once and, at each word start, only as far as the
 * longest name that begins there: linear in the length of the text. Loading takes a few hundred milliseconds; one
 * instance serves a whole conversion run, from any number of threads.
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.load();
 * for (PlaceMatch m : gazetteer.find("Cable from Port Arthur to the USSR")) {
 *     System.out.println(m.exact() + " -> " + m.entry().id());   // Port Arthur -> lushun, USSR -> soviet-union
 * }
 * }</pre>
 */
public final class Gazetteer {
    /** A city takes a shared name only with this many times the people of the next place of that name. */
    static final int POPULATION_FACTOR = 10;

    private final Map<String, GazetteerEntry> byId;
    /** Every form that stops the scan: the entry it names, or {@code null} for a refused form. */
    private final Map<String, GazetteerEntry> forms;
    private final Node root = new Node();

    private Gazetteer(GazetteerSources sources) {
        Map<GazetteerSources.Draft, GazetteerEntry> entries = new LinkedHashMap<>();
        for (GazetteerSources.Draft d : sources.drafts) entries.put(d, d.toEntry());
        Map<String, GazetteerEntry> ids = new LinkedHashMap<>();
        entries.values().stream().sorted(Comparator.comparing(GazetteerEntry::id)).forEach(e -> ids.put(e.id(), e));
        byId = ids;
        forms = resolve(sources, entries);
        forms.forEach(root::add);
    }

    /** The gazetteer of the classpath resources under {@code org/archivelod/gazetteer/}. */
    public static Gazetteer load() {
        return new Gazetteer(GazetteerSources.read());
    }

    /** Every place and state named in the text, in text order, by the rules of the class comment. */
    public List<PlaceMatch> find(String text) {
        List<PlaceMatch> out = new ArrayList<>();
        ChineseWords words = ChineseWords.of(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            boolean leftOpen = i == 0 || !isLetterOrNumber(text.codePointBefore(i));
            if (!leftOpen && !(isHan(text.codePointBefore(i)) && isHan(text.codePointAt(i)))) {
                i++;
                continue;
            }
            Node node = root;
            Node found = null;
            int end = -1;
            for (int j = i; j < n && (node = node.child(text.charAt(j))) != null; j++) {
                if (!node.terminal) continue;
                boolean rightOpen = j + 1 == n || !isLetterOrNumber(text.codePointAt(j + 1));
                if ((leftOpen && rightOpen) || inRunningChinese(text, i, j + 1, words)) {
                    found = node;
                    end = j + 1;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            if (found.entry != null) out.add(new PlaceMatch(i, end, text.substring(i, end), found.entry));
            i = end;
        }
        return out;
    }

    /**
     * Chinese running text has no spaces: a Chinese name inside it matches where both its edges are word boundaries
     * by ICU's dictionary ("在朝鲜战场上" names 朝鲜; "方法国家" holds no 法国).
     */
    private static boolean inRunningChinese(String text, int start, int end, ChineseWords words) {
        for (int k = start; k < end; k++) if (!isHan(text.charAt(k))) return false;
        return words.boundary(start) && words.boundary(end);
    }

    private static boolean isHan(int codePoint) {
        return ChineseWords.isHan(codePoint);
    }

    /** The entry a whole name denotes by the rules ("Peking", "MOSCOW"), if one. */
    public Optional<GazetteerEntry> lookup(String name) {
        return Optional.ofNullable(forms.get(name.strip()));
    }

    /** The entry of that id ("lushun", "soviet-union"). */
    public Optional<GazetteerEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every entry, ordered by id. */
    public List<GazetteerEntry> entries() {
        return List.copyOf(byId.values());
    }

    /** Each form and the entry it names, or null where the rules refuse it. */
    private static Map<String, GazetteerEntry> resolve(GazetteerSources sources, Map<GazetteerSources.Draft, GazetteerEntry> entries) {
        Map<String, Map<GazetteerSources.Draft, GazetteerSources.Tier>> claims = new HashMap<>();
        Set<String> refused = new LinkedHashSet<>();
        for (GazetteerSources.Draft d : sources.drafts) {
            for (GazetteerSources.Name name : d.matchable) {
                if (name.tier() != GazetteerSources.Tier.CURATED && isAbbreviation(name.text())) continue;
                boolean stop = name.tier() != GazetteerSources.Tier.CURATED && sources.stoplist.containsKey(name.text());
                for (String form : variants(name.text())) {
                    if (!longEnough(form)) continue;
                    if (stop) {
                        refused.add(form);
                        continue;
                    }
                    claims.computeIfAbsent(form, k -> new HashMap<>()).merge(d, name.tier(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        Map<String, GazetteerEntry> out = new HashMap<>();
        refused.forEach(f -> out.put(f, null));
        claims.forEach((form, byDraft) -> {
            GazetteerSources.Tier first = byDraft.values().stream().min(Comparator.naturalOrder()).orElseThrow();
            List<GazetteerSources.Draft> claimants = byDraft.entrySet().stream().filter(e -> e.getValue() == first)
                    .map(Map.Entry::getKey).sorted(Comparator.comparingLong((GazetteerSources.Draft d) -> d.population).reversed()).toList();
            GazetteerSources.Draft winner = claimants.get(0);
            boolean clear;
            if (first == GazetteerSources.Tier.CITY) {
                long rival = Math.max(claimants.size() > 1 ? claimants.get(1).population : 0, winner.namesakePopulation);
                clear = winner.population >= POPULATION_FACTOR * rival && (claimants.size() == 1 || winner.population > 0);
            } else {
                clear = claimants.size() == 1;
            }
            out.put(form, clear ? entries.get(winner) : null);
        });
        return out;
    }

    /** The name, its capitals, and each with {@code '} for {@code ’} and back. */
    static Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String cased : List.of(name, name.toUpperCase(Locale.ROOT))) {
            out.add(cased);
            out.add(cased.replace('\'', '’'));
            out.add(cased.replace('’', '\''));
        }
        return out;
    }

    /** Two letters or more, all capitals ("USSR", "ОАЭ"). */
    static boolean isAbbreviation(String name) {
        return name.codePoints().filter(Character::isLetter).count() >= 2
                && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Three characters or more, or two Chinese characters. */
    static boolean longEnough(String form) {
        int length = form.codePointCount(0, form.length());
        return length >= 3 || (length == 2 && form.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    /** {@code \p{L}} or {@code \p{N}}, as in {@link NameMatcher}. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) return true;
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A trie node: children by the next char, in a sorted array. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        boolean terminal;
        GazetteerEntry entry;

        Node child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? children[k] : null;
        }

        void add(String form, GazetteerEntry e) {
            Node node = this;
            for (int i = 0; i < form.length(); i++) node = node.childOrNew(form.charAt(i));
            node.terminal = true;
            node.entry = e;
        }

        private Node childOrNew(char c) {
            int k = Arrays.binarySearch(keys, c);
            if (k >= 0) return children[k];
            int at = -k - 1;
            char[] newKeys = new char[keys.length + 1];
            Node[] newChildren = new Node[keys.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, at);
            System.arraycopy(children, 0, newChildren, 0, at);
            newKeys[at] = c;
            newChildren[at] = new Node();
            System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
            System.arraycopy(children, at, newChildren, at + 1, keys.length - at);
            keys = newKeys;
            children = newChildren;
            return newChildren[at];
        }
    }
}
