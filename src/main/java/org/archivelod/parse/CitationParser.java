package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.SourceCitation;
import org.archivelod.record.SourceCitation.Repository;

/**
 * Splits a "Document Information" source paragraph into the archives it names and its translators:
 * "Archive of the President of the Russian Federation (APRF); copy available in Library of Congress, Manuscript Division,
 * Dmitriĭ Antonovich Volkogonov papers, 1887-1995, mm97083838. Translated by Vladislav Zubok".
 */
public final class CitationParser {
    private static final Pattern TRANSLATED = Pattern.compile(
            "(?:^|[.;]\\s*|(?<!\\s)\\s+and\\s+)(?:[Tt]ranslated(?: for [\\w ]+?)? by)\\s+(.+?)\\.?$");
    private static final Pattern COPY = Pattern.compile("^(?:a )?cop(?:y|ies) (?:available )?(?:in|at)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBREVIATION = Pattern.compile("^(.+?)(?<!\\s)\\s*\\(([A-Z][A-Za-z ]{1,12})\\)$");
    /** A Library of Congress control number, e.g. mm97083838. */
    private static final Pattern LCCN = Pattern.compile("^[a-z]{1,3}\\d{8,10}$");
    private static final Pattern YEARS = Pattern.compile("^\\d{4}(?:-\\d{4})?$");
    private static final Pattern HOLDING_WORD = Pattern.compile("\\b(?:papers|collection|records|fonds)\\b", Pattern.CASE_INSENSITIVE);

    private CitationParser() {}

    /**
     * Reads {@code asPrinted}. The patterns above are written so that a long run of spaces costs linear time: a space
     * run is entered only where it begins, and the text is stripped, so the end needs no {@code \\s*$}.
     */
    public static SourceCitation parse(String asPrinted, int line) {
        String rest = asPrinted.strip();
        List<String> translators = List.of();
        Matcher t = TRANSLATED.matcher(rest);
        if (t.find()) {
            translators = TitleParts.split(t.group(1));
            rest = rest.substring(0, t.start()).strip();
        }
        rest = rest.replaceAll("\\.$", "");
        List<Repository> repositories = new ArrayList<>();
        for (String part : rest.split(";\\s*")) {
            if (!part.isBlank()) repositories.add(repository(part.strip()));
        }
        return new SourceCitation(asPrinted, line, List.copyOf(repositories), translators);
    }

    private static Repository repository(String part) {
        boolean copy = false;
        String body = part;
        Matcher c = COPY.matcher(part);
        if (c.matches()) {
            copy = true;
            body = c.group(1);
        }
        String[] pieces = body.split(",\\s*");
        int holdingAt = -1;
        for (int i = 0; i < pieces.length; i++) {
            if (HOLDING_WORD.matcher(pieces[i]).find()) { holdingAt = i; break; }
        }
        Optional<String> holding = Optional.empty();
        Optional<String> holdingId = Optional.empty();
        Optional<String> reference = Optional.empty();
        int nameEnd = pieces.length;
        if (holdingAt > 0) {
            StringBuilder h = new StringBuilder(pieces[holdingAt]);
            int i = holdingAt + 1;
            if (i < pieces.length && YEARS.matcher(pieces[i]).matches()) h.append(", ").append(pieces[i++]);
            holding = Optional.of(h.toString());
            if (i < pieces.length && LCCN.matcher(pieces[i]).matches()) holdingId = Optional.of(pieces[i++]);
            if (i < pieces.length) reference = Optional.of(String.join(", ", java.util.Arrays.asList(pieces).subList(i, pieces.length)));
            nameEnd = holdingAt;
        } else if (pieces.length > 1 && !pieces[0].contains("(") && pieces[1].matches("(?i)(f\\.|fond|fund)\\b.*")) {
            reference = Optional.of(String.join(", ", java.util.Arrays.asList(pieces).subList(1, pieces.length)));
            nameEnd = 1;
        }
        String name = String.join(", ", java.util.Arrays.asList(pieces).subList(0, nameEnd));
        Optional<String> abbreviation = Optional.empty();
        Matcher a = ABBREVIATION.matcher(name);
        if (a.matches()) {
            name = a.group(1);
            abbreviation = Optional.of(a.group(2));
        }
        return new Repository(part, name, abbreviation, copy, holding, holdingId, reference);
    }
}
