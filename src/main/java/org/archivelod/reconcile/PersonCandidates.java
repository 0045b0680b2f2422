package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people the authority file does not know, by the archive's own conventions only: a title or form of address
 * before a capitalised name ("Cde. Poskrebyshev", "Ambassador Roshchin", "comrades Zhou Enlai and Lin Biao") and
 * letter-spaced signatures ("S H T Y K O V"). Precision first: words that follow such titles but are not names
 * ("General Staff") are refused, and nothing an authority name already covers is reported again.
 */
public final class PersonCandidates {
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}’'-]*\\p{L}";
    /** Name words, also across the end of an editor's completion: "[Ambassador Boleslaw] JELEN". */
    private static final String NAME = NAME_WORD + "(?:\\]?[ \\u00A0]" + NAME_WORD + "){0,3}";
    private static final Pattern ADDRESSED = Pattern.compile(
            "(?<![\\p{L}])(Comrades|Comrade|comrades|comrade|Cdes\\.|Cde\\.|cdes\\.|cde\\.|Ambassador|Premier|Chairman|Marshal|"
            + "General|Minister|Mr\\.|Mrs\\.)[ \\u00A0]+(" + NAME + ")(?:[ \\u00A0]+and[ \\u00A0]+(" + NAME + "))?");
    private static final Pattern WORD = Pattern.compile("[^ \\u00A0\\]]+");
    private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\p{L}])((?:\\p{Lu} ){3,}\\p{Lu})(?![\\p{L}])");
    /** Words that follow a title but do not begin a name. */
    private static final Set<String> NOT_NAMES = Set.of("Staff", "Secretary", "Assembly", "Committee", "Council", "Department",
            "Headquarters", "Army", "Government", "Party", "Ministry", "Office", "Consul", "Director", "Chief", "Command",
            "Assistance", "Affairs", "Union", "People", "Republic", "Soviet", "Chinese", "Korean", "Central", "Foreign",
            "Comrade", "Comrades", "I", "We", "You", "He", "She", "They", "The", "This", "That");

    /** A name found by a convention, with the words of the convention that mark it ("Cde.", "signature"). */
    public record Candidate(String asPrinted, String label, String cue, int start, int end) {}

    private PersonCandidates() {}

    /** Candidates in text order, skipping any that overlap a name the authority file already matched. */
    public static List<Candidate> find(String text, List<Match> known) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = ADDRESSED.matcher(text);
        while (m.find()) {
            for (int group = 2; group <= 3; group++) {
                if (m.group(group) == null) continue;
                String name = trimPossessive(cutAtNonName(m.group(group)));
                if (name.isEmpty()) continue;
                int start = m.start(group);
                add(out, known, new Candidate(name, label(name), m.group(1), start, start + name.length()));
            }
        }
        Matcher s = LETTER_SPACED.matcher(text);
        while (s.find()) {
            String joined = s.group(1).replace(" ", "");
            add(out, known, new Candidate(s.group(1), label(joined), "letter-spaced signature", s.start(1), s.end(1)));
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::start));
        return List.copyOf(out);
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
            if (NOT_NAMES.contains(word.group())) break;
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
            boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            b.append(capitals ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
        }
        return b.toString();
    }
}
