package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.parse.NameShape;

/**
 * Finds people the authority file does not know, by the archive's own conventions only, each checked by
 * {@link NameShape} (precision first: "General Consulate", "Cde." alone or "Staff" are not people):
 * <ul>
 *   <li>a form of address or an office before a name, and the names coordinated after it: "Cde. Poskrebyshev",
 *       "Com. Tito", "Prime Minister Fukuda", "comrades A. Novak, B. Horvat and C. Kovac", "[Foreign Minister]
 *       Subandrio", "[Ambassador Boleslaw] JELEN";</li>
 *   <li>the editor's identification after an office: "Premier [Pham Van Dong]";</li>
 *   <li>a letter-spaced signature: "S H T Y K O V";</li>
 *   <li>speaker labels of minutes, "Vice Premier Deng:" (with an office) or "Gorbachev:" (one that recurs);</li>
 *   <li>the entries of participant and distribution lists: "Present: …", "Participants; Japanese side: …",
 *       "FYI: Trojanowski, Thee, Chodorek".</li>
 * </ul>
 * Nothing an authority name already covers is reported again.
 */
public final class PersonCandidates {
    private static final String SP = "[ \\u00A0]";
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{L}|(?:\\p{Lu}\\.){1,3})";
    /** Name words, also across the end of an editor's completion: "[Ambassador Boleslaw] JELEN". */
    private static final String NAME = NAME_WORD + "(?:\\]?" + SP + "?" + "(?<=[. ]|\\])" + NAME_WORD + "|\\]?" + SP + NAME_WORD + "){0,3}";
    private static final String CUE = "(?:(?:Prime|Vice|Deputy|First|Foreign|Chief|Cabinet)" + SP + "+){0,3}"
            + "(?:Comrades|Comrade|comrades|comrade|Cdes\\.|Cde\\.|cdes\\.|cde\\.|Coms\\.|Com\\.|coms\\.|com\\.|comrs\\.|Comrs\\.|"
            + "Ambassador|ambassador|Premier|Chairman|Marshal|General|Minister|President|Chancellor|Counsellor|Secretary|Consul|"
            + "Admiral|Colonel|Commander|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Herr|Frau|Tov\\.|"
            + "translator|interpreter|counsellor|secretary|minister|premier|president|chairman|consul|marshal)";
    private static final Pattern ADDRESSED = Pattern.compile("(?<![\\p{L}])(" + CUE + "(?:\\]?" + SP + "+" + CUE + "){0,4})\\]?" + SP + "+\\[?(" + NAME + ")"
            + "((?:(?:,[ \\u00A0]+\\p{Ll}[^,;.\\n]{0,40})?(?:," + SP + "+|;" + SP + "+|,?" + SP + "+and" + SP + "+)(?!" + CUE + "[ \\u00A0\\]])"
            + NAME + "){0,30})");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:,|;|,?" + SP + "+and)" + SP + "+(" + NAME + ")");
    private static final Pattern IDENTIFIED = Pattern.compile("(?<![\\p{L}])(?:" + CUE + "|Premier|Minister|Ambassador|Chairman)"
            + SP + "+\\[(" + NAME + ")\\](?!" + SP + "*\\p{Lu})");
    private static final Pattern WORD = Pattern.compile("[^ \\u00A0\\]]+");
    private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\p{L}])((?:\\p{Lu} ){3,}\\p{Lu})(?![\\p{L}])");
    /** "Deciphered by Morozov", "transcribed by Renáta Marosi": the clerk or editor a note names. */
    private static final Pattern DONE_BY = Pattern.compile("(?<![\\p{L}])((?i:deciphered|decoded|decrypted|enciphered|typed|copied|"
            + "prepared|recorded|compiled|drafted|transcribed|signed|received|sent))" + SP + "+by" + SP + "+(" + NAME + ")");
    /** "One copy for Yemel'yanov", "copies to Molotov and Beria": who receives a copy. */
    private static final Pattern COPY_FOR = Pattern.compile("(?<![\\p{L}])(?i:cop(?:y|ies))" + SP + "+(?:for|to)" + SP + "+(" + NAME + ")"
            + "(?:" + SP + "+and" + SP + "+(" + NAME + "))?");
    /** "Dorticós, the Cuban President": a name, then the office its holder holds. */
    private static final Pattern APPOSED = Pattern.compile("(?<![\\p{L}])(" + NAME + "),[ \\u00A0]+the[ \\u00A0]+(?:\\p{Lu}[\\p{L}-]+[ \\u00A0]+){0,3}"
            + "(?:President|Premier|Prime Minister|Minister|Ambassador|Chairman|Secretary|General Secretary|Chancellor|"
            + "Foreign Minister|Chargé d['’]Affaires|Consul|Counsellor|Leader)(?![\\p{L}])");
    /** "[Xuan Thuy]", "[Ung Van Khiem]": the editor's brackets around a name of two to four words. */
    private static final Pattern BRACKETED = Pattern.compile("\\[(" + NAME_WORD + "(?:" + SP + NAME_WORD + "){1,3})(?:[’']s)?\\]");
    /** "N. Khrushchev", "M.G. Podol’sky", "James F. Person": initials before a surname mark a person. */
    private static final Pattern INITIALLED = Pattern.compile("(?<![\\p{L}.])((?:\\p{Lu}\\p{Ll}+[ \\u00A0])?(?:\\p{Lu}\\.[ \\u00A0]?){1,3}\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{L})(?![\\p{L}])");
    /** A list of names: "Ho Chi Minh, Pham Van Dong, and Le Duan". */
    private static final Pattern NAME_LIST = Pattern.compile("(?<![\\p{L}])(" + NAME + ")((?:," + SP + "+" + NAME + "){0,30},?" + SP + "+and" + SP + "+" + NAME
            + "|(?:," + SP + "+" + NAME + "){1,30})");
    private static final Pattern SPEAKER = Pattern.compile("(?m)^(?:(" + CUE + ")" + SP + "+)?(" + NAME + "):" + SP);
    private static final Pattern LIST_LINE = Pattern.compile("(?:Present|Participants|Participating|FYI|Copies to|Copy to|cc|"
            + "[A-Z][a-z]+ side|On the [A-Z][a-z]+ side)[:;]" + SP + "*([^\\n.]{1,600})");

    /** A signature block: "By order of the Minister / Irén Rózsa / Deputy Assistant Under-Secretary". */
    private static final Pattern SIGNED_AFTER = Pattern.compile("(?m)^(?:By order of|On behalf of|On the instructions of|For the|"
            + "\\(signed\\)|\\[signed\\]|Signed:?)[^\\n]{0,80}\\n\\s*(" + NAME + ")[ \\u00A0]*$");
    private static final Pattern SIGNED_BEFORE_OFFICE = Pattern.compile("(?m)^(" + NAME + ")[ \\u00A0]*\\n\\s*((?:[\\p{L}-]+[ \\u00A0]){0,6}"
            + "(?:Secretary|Under-Secretary|Minister|Ambassador|Chargé d['’]Affaires|Counsellor|Consul|Director|Chief|Head|Chairman|"
            + "President|Deputy|Attaché)(?:[ \\u00A0][\\p{L}-]+){0,6})[ \\u00A0]*$");

    /**
     * The person a signature block names: a name alone on its line after "By order of …", "(signed)" or the like, or
     * before a line that is only an office ("Deputy Assistant Under-Secretary"). The signer of a document is one of
     * its creators.
     */
    public static List<Candidate> signatures(String text, List<Match> known) {
        List<Candidate> out = new ArrayList<>();
        Matcher a = SIGNED_AFTER.matcher(text);
        while (a.find()) addName(out, known, text, a.start(1), a.group(1), "signature block");
        Matcher b = SIGNED_BEFORE_OFFICE.matcher(text);
        while (b.find()) addName(out, known, text, b.start(1), b.group(1), "signature block");
        return distinct(out);
    }

    private static final Pattern LEADING_WORD = Pattern.compile("(?:When|While|Where|If|Although|Though|Because|Since|After|"
            + "Before|Then|But|Yet|Also|However|Thus|There|Here|Now|Today|What|Which|Who|How|Why|Once|Only|Even|Still|Both|"
            + "Either|Neither|Each|Every|All|Some|Many|Most|Several|Such|No|Not|Yes|Please|Dear|And|Or|So|As|The|This|That|"
            + "These|Those|In|On|At|To|From|For|With|By|Of|Meanwhile|Moreover|Finally|Later|Subsequently|Upon)[ \\u00A0]+");

    /** A name found by a convention, with the words of the convention that mark it ("Cde.", "signature"). */
    public record Candidate(String asPrinted, String label, String cue, int start, int end) {}

    private PersonCandidates() {}

    /** Candidates in text order, skipping any that overlap a name the authority file already matched. */
    public static List<Candidate> find(String text, List<Match> known) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = ADDRESSED.matcher(text);
        while (m.find()) {
            addName(out, known, text, m.start(2), m.group(2), m.group(1));
            if (!m.group(3).isEmpty()) {
                Matcher item = LIST_ITEM.matcher(m.group(3));
                while (item.find()) {
                    // after a semicolon a new clause may begin ("…; Dispatched to …"): only a name of two words or more
                    boolean afterSemicolon = item.group().startsWith(";");
                    if (afterSemicolon && !item.group(1).strip().contains(" ")) continue;
                    addName(out, known, text, m.start(3) + item.start(1), item.group(1), m.group(1));
                }
            }
        }
        boolean brackets = text.indexOf('[') >= 0;   // cheap tests first: most texts have no brackets, no "by"
        Matcher b = IDENTIFIED.matcher(brackets ? text : "");
        while (b.find()) addName(out, known, text, b.start(1), b.group(1), "editor's identification after an office");
        Matcher s = LETTER_SPACED.matcher(text);
        while (s.find()) {
            String joined = s.group(1).replace(" ", "");
            if (NameShape.whyNotPerson(label(joined)).isEmpty()) {
                add(out, known, new Candidate(s.group(1), label(joined), "letter-spaced signature", s.start(1), s.end(1)));
            }
        }
        Matcher by = DONE_BY.matcher(text.contains(" by") ? text : "");
        while (by.find()) addName(out, known, text, by.start(2), by.group(2), by.group(1) + " by");
        Matcher br = BRACKETED.matcher(brackets ? text : "");
        while (br.find()) addName(out, known, text, br.start(1), br.group(1), "editor's identification in brackets");
        Matcher cf = COPY_FOR.matcher(text.contains("opy") || text.contains("opies") || text.contains("OPY") ? text : "");
        while (cf.find()) {
            addName(out, known, text, cf.start(1), cf.group(1), "copy for");
            if (cf.group(2) != null) addName(out, known, text, cf.start(2), cf.group(2), "copy for");
        }
        Matcher ap = APPOSED.matcher(text.contains(", the ") ? text : "");
        while (ap.find()) addName(out, known, text, ap.start(1), ap.group(1), "an office after the name");
        Matcher i = INITIALLED.matcher(text);
        while (i.find()) addName(out, known, text, i.start(1), i.group(1), "initials before a surname");
        speakers(text, known, out);
        Matcher l = LIST_LINE.matcher(text);
        while (l.find()) listEntries(text, l.start(1), l.group(1), known, out);
        return distinct(out);
    }

    /** In text order; of two that overlap, the longer ("Nikita S. Khrushchev", not "S. Khrushchev"), then the first found. */
    private static List<Candidate> distinct(List<Candidate> found) {
        List<Candidate> bySize = new ArrayList<>(found);
        bySize.sort(Comparator.comparingInt((Candidate c) -> c.start() - c.end()).thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : bySize) {
            if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return List.copyOf(kept);
    }

    /**
     * The other names of a list that names a person the authority file knows or a convention found ("Ho Chi Minh,
     * Pham Van Dong, and Le Duan" beside a known name): list-mates of a person are people, when shaped like names and
     * not a short acronym. Places in such lists are left to the gazetteer (the mapping drops a candidate that is one).
     */
    /**
     * The names listed with a person of this document: a person the authority file knows, one a convention found, or
     * one {@code isPerson} names (the document's other people, "Bagirov and Yakubov" where the title names Bagirov).
     */
    public static List<Candidate> listMates(String text, List<Match> known, java.util.function.Predicate<String> isPerson) {
        List<Candidate> out = new ArrayList<>();
        listMates(text, known, out, isPerson);
        return distinct(out);
    }

    private static void listMates(String text, List<Match> known, List<Candidate> out, java.util.function.Predicate<String> isPerson) {
        Matcher m = NAME_LIST.matcher(text);
        List<Candidate> found = new ArrayList<>(out);
        while (m.find()) {
            List<int[]> items = new ArrayList<>();
            items.add(new int[] {m.start(1), m.end(1)});
            Matcher item = LIST_ITEM.matcher(m.group(2));
            while (item.find()) items.add(new int[] {m.start(2) + item.start(1), m.start(2) + item.end(1)});
            boolean withPerson = false;
            for (int[] it : items) {
                for (Match k : known) if (k.entity().kind().equals("person") && k.start() < it[1] && it[0] < k.end()) withPerson = true;
                for (Candidate c : found) if (c.start() < it[1] && it[0] < c.end()) withPerson = true;
                if (isPerson.test(label(text.substring(it[0], it[1])))) withPerson = true;
            }
            if (!withPerson) continue;
            for (int[] it : items) {
                String name = text.substring(it[0], it[1]);
                // a list item is a name as a whole or nothing ("Asian Affairs Bureau Director-General" is no "Asian")
                if (name.matches("\\p{Lu}{2,4}") || NameShape.whyNotPerson(label(name)).isPresent()) continue;
                addName(out, known, text, it[0], name, "listed with a person");
            }
        }
    }

    /** The people of a header line's list ("FYI: Trojanowski, Thee, Chodorek"; "Copies: Stalin (2), Molotov"). */
    public static List<Candidate> inList(String text, int valueStart, String value, List<Match> known) {
        List<Candidate> out = new ArrayList<>();
        Matcher counts = Pattern.compile("\\s+-\\s+\\d+").matcher(value);
        StringBuilder blanked = new StringBuilder(value);
        while (counts.find()) for (int k = counts.start(); k < counts.end(); k++) blanked.setCharAt(k, ' ');
        listEntries(text, valueStart, blanked.toString(), known, out);
        return distinct(out);
    }

    /** Speaker labels: with an office before the name, or a bare name that labels at least two turns. */
    private static void speakers(String text, List<Match> known, List<Candidate> out) {
        Map<String, Integer> turns = new HashMap<>();
        Matcher m = SPEAKER.matcher(text);
        while (m.find()) turns.merge(m.group(2), 1, Integer::sum);
        m = SPEAKER.matcher(text);
        while (m.find()) {
            boolean office = m.group(1) != null;
            if (office || turns.get(m.group(2)) >= 2) {
                addName(out, known, text, m.start(2), m.group(2), office ? m.group(1) + " (speaker)" : "speaker label");
            }
        }
    }

    /** The entries of a participants or distribution list: each entry's name is its last name words ("Foreign Minister Sonoda"). */
    private static void listEntries(String text, int at, String list, List<Match> known, List<Candidate> out) {
        int from = 0;
        for (String entry : list.split("[,;]|\\band\\b", -1)) {
            int start = at + list.indexOf(entry, from);
            from = list.indexOf(entry, from) + entry.length();
            String e = entry.replaceAll("\\(.*?\\)|\\[.*?\\]", " ").strip();
            String[] tokens = e.split("[ \\u00A0]+");
            String name = "";
            for (int first = tokens.length - 1; first >= Math.max(0, tokens.length - 3); first--) {
                String suffix = String.join(" ", java.util.Arrays.copyOfRange(tokens, first, tokens.length));
                if (NameShape.whyNotPerson(suffix).isPresent()) break;
                name = suffix;
            }
            if (name.isEmpty()) continue;
            int pos = text.indexOf(name, start);
            if (pos < 0 || pos > start + entry.length()) continue;
            addName(out, known, text, pos, name, "participant or distribution list");
        }
    }

    private static void addName(List<Candidate> out, List<Match> known, String text, int start, String printed, String cue) {
        // words that open a sentence ("When Dorticós, the Cuban President, …") are not part of the name
        Matcher lead = LEADING_WORD.matcher(printed);
        while (lead.lookingAt() && lead.end() < printed.length()) {
            start += lead.end();
            printed = printed.substring(lead.end());
            lead = LEADING_WORD.matcher(printed);
        }
        String name = trimPossessive(cutAtNonName(printed));
        if (name.isEmpty()) return;
        String label = label(name);
        if (NameShape.whyNotPerson(label).isPresent()) return;
        add(out, known, new Candidate(name, label, cue, start, start + name.length()));
    }

    private static void add(List<Candidate> out, List<Match> known, Candidate c) {
        for (Match k : known) if (k.start() < c.end() && c.start() < k.end()) return;
        out.add(c);
    }

    /** The printed words up to (not including) the first word that does not begin or continue a name. */
    private static String cutAtNonName(String name) {
        Matcher word = WORD.matcher(name);
        int end = 0;
        while (word.find()) {
            if (!NameShape.isNameWord(word.group())) break;
            end = word.end();
        }
        return name.substring(0, end);
    }

    private static String trimPossessive(String name) {
        return name.replaceFirst("[’']s$", "");
    }

    /** "MAO ZEDONG" → "Mao Zedong", "Boleslaw] JELEN" → "Boleslaw Jelen": brackets dropped, words in capitals title-cased. */
    static String label(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.replace("]", "").split("[ \\u00A0]+")) {
            if (b.length() > 0) b.append(' ');
            boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.contains(".");
            b.append(capitals ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
        }
        return b.toString();
    }
}
