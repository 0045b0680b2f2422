package org.archivelod.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Explicit checks that words are shaped like a name of a kind before anything is asserted about them (DESIGN §6):
 * a time, weekday, month, date, number, quoted headline, sentence fragment or a word of another kind is not a name.
 * Each check says why it refused, for the curators' report.
 *
 * <pre>{@code
 * NameShape.whyNotPerson("Tahmaz Beqari")   // empty: a person-shaped name
 * NameShape.whyNotPerson("9:40 p.m.")       // "a time or number"
 * NameShape.whyNotPerson("Tuesday")         // "a weekday or month"
 * NameShape.whyNotGroup("the Message from Premier Zhou has been handed")  // "a sentence fragment"
 * }</pre>
 */
public final class NameShape {
    /** Lower-case words that belong inside personal names. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das",
            "du", "la", "le", "al", "el", "bin", "ibn", "ben", "y", "e", "zu", "ter", "ten", "af", "av");
    /** Lower-case words that belong inside the names of bodies ("Ministry of Foreign Affairs of Albania"). */
    private static final Set<String> GROUP_LINKS = Set.of("of", "the", "for", "in", "and", "on", "to", "at", "de", "du", "la",
            "des", "der", "für", "und", "i", "y", "d'affaires", "by");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december");
    /**
     * Capitalised words that are not personal names: kinds of document, parts of a page, function words that begin a
     * title's phrases, offices and bodies (which make a group or an office, not a person), and demonyms.
     */
    private static final Set<String> NOT_PERSON_WORDS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "our", "my", "your", "its",
            "i", "we", "you", "he", "she", "they", "it", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or", "of",
            "regarding", "concerning", "re", "about", "after", "before", "during", "between", "among", "upon",
            "secret", "top", "urgent", "flash", "strictly", "confidential", "personal", "copy", "excerpt", "excerpts",
            "letter", "telegram", "cable", "ciphergram", "message", "note", "notes", "memorandum", "record", "minutes",
            "report", "decree", "resolution", "speech", "transcript", "interview", "instruction", "instructions", "diary",
            "journal", "conversation", "meeting", "talk", "talks", "discussion", "visit", "summary", "citation", "source",
            "subject", "type", "present", "participants", "side", "page", "part", "first", "second", "third", "no",
            "ministry", "embassy", "consulate", "committee", "council", "government", "party", "department", "bureau",
            "office", "politburo", "presidium", "secretariat", "commission", "division", "army", "command", "headquarters",
            "delegation", "mission", "legation", "agency", "directorate", "assembly", "congress", "foundation", "program",
            "archive", "archives", "library", "university", "institute", "academy", "union", "republic", "state", "states",
            "kingdom", "people", "peoples", "people's", "front", "navy", "staff", "group", "unit", "section",
            "ambassador", "minister", "premier", "chairman", "president", "secretary", "consul", "counsellor", "counselor",
            "envoy", "representative", "commander", "chief", "director", "deputy", "vice", "general", "marshal", "attaché",
            "chargé", "official", "officials", "leader", "leaders", "prime", "foreign", "central", "cc", "cpsu",
            "soviet", "chinese", "korean", "american", "british", "french", "german", "polish", "hungarian", "albanian",
            "romanian", "czech", "czechoslovak", "yugoslav", "bulgarian", "mongolian", "vietnamese", "cuban", "japanese",
            "indian", "indonesian", "east", "west", "north", "south", "northern", "southern", "eastern", "western",
            "comrade", "comrades", "cde", "cdes", "com", "coms", "comr", "comrs", "tov", "mr", "mrs", "ms", "dr",
            "affairs", "private", "cabinet", "director-general", "secretary-general", "vice-minister", "deputy-minister", "excellency");
    private static final Set<String> FRAGMENT_WORDS = Set.of("has", "have", "had", "been", "was", "were", "is", "are", "be",
            "will", "would", "shall", "should", "can", "could", "must", "not", "regarding", "concerning", "about", "that",
            "which", "who", "whom", "if", "when", "while", "because", "handed", "sent", "received", "said", "says");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** An opening quote, or a closing one; "Workers’ Party" (a plural's apostrophe) is not a quote. */
    private static final Pattern QUOTE = Pattern.compile("(?:^|\\s)['‘’\"“”„«»]|(?<![sS])['‘’](?:$|\\s|[,.;:])|[\"“”„«»](?:$|\\s|[,.;:])");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}(?:\\p{Lu}\\.?)?|\\p{Lu}\\p{Ll}?\\.");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}’'-]*|\\p{Lu}[\\p{L}\\p{M}]*-\\p{L}[\\p{L}\\p{M}]*");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    /** "Zhou Enlai's Reception": a possessive with words after it names something of the person's, not the person. */
    private static final Pattern POSSESSIVE_INSIDE = Pattern.compile("\\p{L}['’]s\\s+\\S");

    private NameShape() {}

    /** Why the words are not shaped like a personal name, or empty when they are. */
    public static Optional<String> whyNotPerson(String words) {
        String s = words.strip().replaceFirst("[’']s$", "");
        Optional<String> common = common(s);
        if (common.isPresent()) return common;
        if (POSSESSIVE_INSIDE.matcher(s).find()) return Optional.of("a possessive phrase, not a name");
        String[] tokens = s.split("\\s+");
        if (tokens.length > 6) return Optional.of("too many words for a personal name");
        for (String t : tokens) {
            if (EVENT_WORDS.contains(withoutTrailingComma(t).toLowerCase(Locale.ROOT))) return Optional.of("an event, not a person: '" + t + "'");
        }
        boolean anyName = false;
        for (String t : tokens) {
            String bare = withoutTrailingComma(t);
            String lower = bare.toLowerCase(Locale.ROOT).replace(".", "");
            if (PARTICLES.contains(bare)) continue;
            if (INITIALS.matcher(bare).matches()) continue;
            if (!NAME_WORD.matcher(bare).matches()) {
                return Optional.of(Character.isLowerCase(bare.codePointAt(0)) ? "a phrase, not a name (the word '" + bare + "')"
                        : "not a name word: '" + bare + "'");
            }
            if (NOT_PERSON_WORDS.contains(lower)) return Optional.of("a word of another kind: '" + bare + "'");
            anyName = true;
        }
        if (!anyName) return Optional.of("initials only");
        if (tokens.length == 1 && s.codePointCount(0, s.length()) < 3) return Optional.of("too short for a name");
        return Optional.empty();
    }

    /** True when the words hold a possessive with words after it ("Premier Zhou Enlai's Reception"): something of a party's, not a party. */
    public static boolean isPossessivePhrase(String words) {
        return POSSESSIVE_INSIDE.matcher(words.strip()).find();
    }

    /** True when one word may be part of a personal name ("Le", "Duan", "A.", "van"), whatever its length. */
    public static boolean isNameWord(String word) {
        String bare = withoutTrailingComma(word);
        if (bare.isEmpty()) return false;
        if (PARTICLES.contains(bare) || INITIALS.matcher(bare).matches()) return true;
        if (!NAME_WORD.matcher(bare).matches()) return false;
        if (NOT_PERSON_WORDS.contains(bare.toLowerCase(Locale.ROOT).replace(".", ""))) return false;
        return common(bare).isEmpty();
    }

    /** Why the words are not shaped like the name of a body (a ministry, an embassy, a committee), or empty. */
    public static Optional<String> whyNotGroup(String words) {
        String s = words.strip();
        Optional<String> common = common(s);
        if (common.isPresent()) return common;
        String[] tokens = s.split("\\s+");
        if (tokens.length > 14) return Optional.of("too many words for the name of a body");
        for (String t : tokens) {
            String bare = withoutTrailingComma(t);
            String lower = bare.toLowerCase(Locale.ROOT);
            if (FRAGMENT_WORDS.contains(lower)) return Optional.of("a sentence fragment (the word '" + bare + "')");
            if (Character.isLowerCase(bare.codePointAt(0)) && !GROUP_LINKS.contains(lower)) {
                return Optional.of("a phrase, not a name (the word '" + bare + "')");
            }
        }
        return Optional.empty();
    }

    /** Words that name what happened, not who: "the Meeting of the Politburo" is a meeting, not a body. */
    private static final Set<String> EVENT_WORDS = Set.of("meeting", "conversation", "session", "talks", "talk", "visit",
            "discussion", "conference", "negotiations", "plenum", "reception", "dinner", "lunch", "stopover", "return", "convocation",
            "resolution", "decree", "decision", "report");

    /** Why the words, though they hold a body's word, name an event rather than a body ("the Meeting of …"), or empty. */
    public static Optional<String> whyNotBody(String words) {
        for (String t : words.strip().split("\\s+")) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.equals("the") || lower.equals("a") || ORDINAL.matcher(lower).matches()) continue;
            return EVENT_WORDS.contains(lower) ? Optional.of("an event, not a body: '" + t + "'") : Optional.empty();
        }
        return Optional.empty();
    }

    private static String withoutTrailingComma(String word) {
        return word.endsWith(",") || word.endsWith(";") ? word.substring(0, word.length() - 1) : word;
    }

    /** The checks every kind shares: empty, quoted, a time, a number, a date, a weekday or a month. */
    private static Optional<String> common(String s) {
        if (s.isEmpty()) return Optional.of("empty");
        if (QUOTE.matcher(s).find()) return Optional.of("a quoted headline");
        String withoutOrdinals = ORDINAL.matcher(s).replaceAll("");
        if (DIGIT.matcher(withoutOrdinals).find()) return Optional.of("a time, date or number");
        for (String t : s.split("[\\s,.;:]+")) {
            if (CALENDAR.contains(t.toLowerCase(Locale.ROOT)) && (t.length() > 3 || s.split("\\s+").length == 1)) {
                if (!t.equals("May") || s.split("\\s+").length == 1) return Optional.of("a weekday or month");
            }
        }
        if (!s.codePoints().anyMatch(Character::isLetter)) return Optional.of("no letters");
        return Optional.empty();
    }
}
