package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.parse.NameShape;

/**
 * Finds the names of bodies the authority file does not know in running text: a run of capitalised words (joined by
 * "of", "the", "for", "and") that holds a body's head word and at least two capitalised words, such as "Korean
 * Workers’ Party", "Ministry of Foreign Affairs of Albania", "Central Committee of the VKP(b)", "Soviet Embassy in
 * Beijing". Words that begin a sentence ("In the Ministry …") and kinds of document ("Telegram of the Ministry …") are
 * not part of the name; a run that names an event ("the Meeting of …") or holds a sentence fragment is refused.
 *
 * <p>{@link #generic} tells a name that could be any state's ("Ministry of Foreign Affairs", "Central Committee",
 * "Decoding Department") from one that says whose it is ("Romanian Communist Party"): the mapping keeps a generic
 * name to its document, since two records' "Ministry of Foreign Affairs" are seldom the same ministry.
 */
public final class GroupNames {
    private static final String WORD = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{M}’'.()–-]*[\\p{L})’']|\\p{Lu}|\\d+(?:st|nd|rd|th))";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}])" + WORD
            + "(?:[ \\u00A0]+(?:(?:of|the|for|and|de|du|des)[ \\u00A0]+){0,3}" + WORD + "){0,24}");
    /** After these heads, "in" joins a city: "Soviet Embassy in Beijing". */
    private static final List<String> SEATS = List.of("Embassy", "Consulate", "Legation", "Mission", "Representation");
    private static final Pattern SEATED = Pattern.compile("(" + String.join("|", SEATS) + ")[ \\u00A0]+in[ \\u00A0]+(" + WORD
            + "(?:[ \\u00A0]+" + WORD + ")?)");
    private static final Set<String> JOINING = Set.of("of", "the", "for", "and", "de", "du", "des");
    private static final Set<String> HEADS = Set.of("CC", "MFA", "Community", "Ministry", "Committee", "Party", "Department", "Commission", "Government",
            "Army", "Navy", "Embassy", "Consulate", "Legation", "Council", "Bureau", "Archive", "Archives", "Nations",
            "Secretariat", "Presidium", "Politburo", "Division", "Directorate", "Agency", "Institute", "University",
            "Foundation", "Program", "Programme", "Front", "League", "Organization", "Organisation", "Assembly", "Majlis",
            "Parliament", "Senate", "Staff", "Mission", "Command", "Headquarters", "Academy", "Library", "Section",
            "Federation", "Alliance", "Pact", "Treaty", "Bank", "Service", "Office", "Administration", "Cabinet");
    /** Heads that name agreements, not bodies: a run ending in them is not a group. */
    private static final Set<String> NOT_BODIES = Set.of("Pact", "Treaty", "Resolution", "Decree", "Decision", "Directive", "Report",
            "Agreement", "Declaration", "Statement", "Plenum", "Session", "Meeting", "Conference", "Congress", "Line", "Policy");
    /** A run holding an office names a post, not a body: "Chief of Staff", "President of the Hungarian Socialist Party". */
    private static final Set<String> OFFICES = Set.of("Chief", "President", "Secretary", "Secretary-General", "Minister", "Ambassador",
            "Chairman", "Premier", "Director", "Director-General", "Deputy", "Vice", "Counsellor", "Counselor", "Consul",
            "Chancellor", "Commander", "Head", "Member", "Members", "Representative", "Envoy", "Attaché", "Comrade", "Comrades");
    private static final Set<String> LEADING = Set.of("the", "in", "at", "to", "from", "on", "for", "with", "by", "this", "that",
            "a", "an", "and", "but", "as", "after", "before", "during", "since", "when", "our", "their", "his", "her", "its",
            "of", "dear", "all", "both", "each", "every", "no", "not", "if", "we", "i", "they", "he", "she", "it", "yes",
            "telegram", "letter", "cable", "report", "note", "memorandum", "minutes", "record", "decree", "resolution",
            "message", "secret", "top", "urgent", "copy", "comrade", "comrades", "cde", "cde.", "com.", "mr.", "dr.",
            "throughout", "within", "without", "under", "over", "through", "against", "between", "among", "about", "above",
            "below", "across", "upon", "into", "onto", "toward", "towards", "because", "although", "while", "where", "which",
            "who", "what", "how", "why", "then", "thus", "therefore", "however", "moreover", "also", "only", "even", "so",
            "such", "these", "those", "there", "here", "now", "today", "some", "many", "most", "several", "other", "another",
            "any", "my", "your", "us", "them", "me", "him", "until", "unless", "whether", "once", "again", "further");
    private static final Set<String> GENERIC = Set.of("ministry", "committee", "party", "department", "commission", "government",
            "army", "navy", "embassy", "consulate", "legation", "council", "bureau", "secretariat", "presidium", "politburo",
            "division", "directorate", "agency", "section", "staff", "mission", "command", "headquarters", "office",
            "administration", "cabinet", "service", "of", "the", "for", "and", "in", "foreign", "affairs", "central", "general",
            "main", "first", "second", "third", "fourth", "fifth", "political", "military", "international", "national",
            "supreme", "state", "deputy", "special", "joint", "mixed", "decoding", "deciphering", "information", "press",
            "protocol", "internal", "defence", "defense", "armed", "forces", "far", "eastern", "western", "northern",
            "southern", "east", "west", "north", "south", "people's", "peoples", "workers'", "workers’", "communist",
            "executive", "standing", "permanent", "economic", "trade", "planning", "security", "public", "cc");

    /** A body's name in the text: [start, end) and the words. */
    public record Found(int start, int end, String name) {}

    private GroupNames() {}

    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            // "… Embassy in Beijing": the run ends at the head, the city follows "in"
            String span = text.substring(start, end);
            for (String h : SEATS) {
                if (span.endsWith(h)) {
                    Matcher seated = SEATED.matcher(text).region(end - h.length(), text.length());
                    if (seated.lookingAt()) end = Math.max(end, seated.end());
                    break;
                }
            }
            // the run's words with their offsets, cut into segments at offices: "State Council Deputy Secretary-General
            // Li Liyin" holds the body "State Council"; "President of the Hungarian Socialist Party" the party
            List<int[]> words = new ArrayList<>();
            for (int i = start; i < end; ) {
                while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) i++;
                int j = i;
                while (j < end && text.charAt(j) != ' ' && text.charAt(j) != '\u00A0') j++;
                if (j > i) words.add(new int[] {i, j});
                i = j;
            }
            List<int[]> segment = new ArrayList<>();
            for (int[] word : words) {
                String bare = bare(text.substring(word[0], word[1]));
                if (OFFICES.contains(bare)) {
                    segment(text, segment, out);
                    segment = new ArrayList<>();
                } else {
                    segment.add(word);
                }
            }
            segment(text, segment, out);
        }
        return List.copyOf(out);
    }

    /** One segment of a run: without leading sentence words and trailing joining words, kept when it names a body. */
    private static void segment(String text, List<int[]> words, List<Found> out) {
        int first = 0;
        while (first < words.size() && LEADING.contains(text.substring(words.get(first)[0], words.get(first)[1]).toLowerCase(Locale.ROOT))) first++;
        // "Entrust the Azerbaijan CP(b) CC …": a word before "the" that is no body's head is a verb or a preposition
        while (first + 2 < words.size() && text.substring(words.get(first + 1)[0], words.get(first + 1)[1]).equals("the")
                && !HEADS.contains(text.substring(words.get(first)[0], words.get(first)[1]))) {
            first += 2;
        }
        int last = words.size() - 1;
        while (last >= first && JOINING.contains(text.substring(words.get(last)[0], words.get(last)[1]))) last--;
        if (last < first) return;
        String[] tokens = new String[last - first + 1];
        for (int i = first; i <= last; i++) tokens[i - first] = text.substring(words.get(i)[0], words.get(i)[1]);
        int from = words.get(first)[0];
        int to = words.get(last)[1];
        String name = text.substring(from, to);
        // "the Chinese Communist Party and the Korean Workers’ Party" names two bodies, each with its head
        for (int k = first + 1; k < last; k++) {
            if (!text.substring(words.get(k)[0], words.get(k)[1]).equals("and")) continue;
            List<Found> parts = new ArrayList<>();
            segment(text, words.subList(first, k), parts);
            segment(text, words.subList(k + 1, last + 1), parts);
            if (parts.size() == 2) {
                out.addAll(parts);
                return;
            }
        }
        if (accept(name, tokens, 0, tokens.length - 1)) out.add(new Found(from, to, name));
    }

    private static boolean accept(String name, String[] tokens, int first, int last) {
        int capitalised = 0;
        boolean head = false;
        for (int i = first; i <= last; i++) {
            String t = tokens[i];
            if (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.charAt(0))) capitalised++;
            String bare = bare(t);
            if (HEADS.contains(bare)) head = true;
            if (OFFICES.contains(bare)) return false;
        }
        if (!head || capitalised < 2) return false;
        if (NOT_BODIES.contains(tokens[last])) return false;
        return NameShape.whyNotGroup(name).isEmpty() && NameShape.whyNotBody(name).isEmpty();
    }

    /** The word without a closing comma, semicolon or colon and without a possessive "’s". */
    private static String bare(String word) {
        String w = word;
        while (!w.isEmpty() && ",;:".indexOf(w.charAt(w.length() - 1)) >= 0) w = w.substring(0, w.length() - 1);
        if (w.length() > 2 && (w.endsWith("’s") || w.endsWith("'s"))) w = w.substring(0, w.length() - 2);
        return w;
    }

    /** True when every word of the name could belong to any state's body of that kind. */
    public static boolean generic(String name) {
        for (String t : name.split("[ \\u00A0]+")) if (!GENERIC.contains(t.toLowerCase(Locale.ROOT))) return false;
        return true;
    }
}
