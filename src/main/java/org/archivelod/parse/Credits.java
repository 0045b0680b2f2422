package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.Credit;

/**
 * The credit sentences at the end of a source paragraph: "Translated by X and Y.", "Translated for NKIDP by X.",
 * "Obtained by X (Affiliation) and translated by Y (Affiliation).", "Obtained by X; transcribed by Y; translation and
 * editing by Z and W." A credit starts a sentence of the source paragraph (also after a closing quotation mark: "…ő.
 * e.” Obtained by X"), never a sentence of the document's body, which this class is not given, and names people with
 * capitals. Transcriptions and provisions are recognised as credits but name no translator.
 */
final class Credits {
    /** Where the credits begin: at the start of the paragraph or of a sentence in it. */
    private static final Pattern START = Pattern.compile("(?:^|(?<=[.;][\"”’»]?)\\s+)(?=(?:Obtained|Translated|Transcribed|Provided)\\b)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?:(?<!\\s)\\s+and|(?<=[.;]))\\s+(?=(?i:obtained|translated|transcribed|translation|provided)\\b)");
    private static final Pattern CLAUSE = Pattern.compile("^(?i:(obtained|translated(?: and (?:annotated|edited))?|translation(?: and editing)?"
            + "|transcribed|provided))(?:\\s+(?:for|from)\\s+(?:the\\s+)?([\\p{L}0-9 ]{2,60}?))?\\s+by\\s+(.+?)[.;]?$");
    private static final Pattern AFFILIATION = Pattern.compile("^(.+?)(?<!\\s)\\s*\\(([^()]+)\\)$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'’ -]{1,80}$");

    /** The paragraph without its credits, and the credits. */
    record Split(String rest, List<Credit> credits) {}

    private Credits() {}

    static Split split(String paragraph) {
        String p = paragraph.strip();
        Matcher start = START.matcher(p);
        if (!start.find()) return new Split(p, List.of());
        List<Credit> credits = new ArrayList<>();
        for (String clause : CLAUSE_BREAK.split(p.substring(start.start()).strip())) {
            Matcher c = CLAUSE.matcher(clause.strip());
            if (!c.matches()) continue;
            String verb = c.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!verb.startsWith("translat") && !verb.equals("obtained")) continue;
            Credit.Role role = verb.equals("obtained") ? Credit.Role.OBTAINED_BY : Credit.Role.TRANSLATOR;
            for (String person : TitleParts.split(c.group(3))) {
                Matcher a = AFFILIATION.matcher(person);
                String name = a.matches() ? a.group(1).strip() : person;
                if (!NAME.matcher(name).matches()) continue;   // "comrs. Fedorenko" is not a credit
                credits.add(new Credit(role, name, a.matches() ? Optional.of(a.group(2).strip()) : Optional.empty(),
                        Optional.ofNullable(c.group(2)).map(String::strip)));
            }
        }
        if (credits.isEmpty()) return new Split(p, List.of());
        return new Split(p.substring(0, start.start()).strip(), List.copyOf(credits));
    }
}
