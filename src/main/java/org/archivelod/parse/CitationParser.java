package org.archivelod.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.Credit;
import org.archivelod.record.PublishedSource;
import org.archivelod.record.SourceCitation;
import org.archivelod.record.SourceCitation.Repository;

/**
 * Splits a "Document Information" source paragraph into the archives it names and its credits:
 * "Archive of the President of the Russian Federation (APRF); copy available in Library of Congress, Manuscript Division,
 * Dmitriĭ Antonovich Volkogonov papers, 1887-1995, mm97083838. Translated by Vladislav Zubok";
 * "APRF, f. 45, op. 1, d. 346, l. 104; AVP RF, f. 059a, …; and RGASPI, f. 558, …" (three archives);
 * "Magyar Nemzeti Levéltár Országos Levéltára (MNL OL), [Hungarian National Archive–State Archive], „…”" (the archive
 * first, its English name in brackets, then the file). A printed book ("…, eds., Title, vol. 3 (Beijing: …, 2008),
 * 635-636"), a journal ("Cold War International History Project Bulletin, Issue 6-7 (Winter 1995/1996), p. 40") or a
 * document collection ("Zhou Enlai nianpu, vol. 1, p. 233") is a publication, never an archive.
 */
public final class CitationParser {
    private static final Pattern COPY = Pattern.compile("^(?:a )?cop(?:y|ies) (?:available )?(?:in|at)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Za-z ]{1,12}");
    /** A Library of Congress control number, e.g. mm97083838. */
    private static final Pattern LCCN = Pattern.compile("^[a-z]{1,3}\\d{8,10}$");
    private static final Pattern YEARS = Pattern.compile("^\\d{4}(?:-\\d{4})?$");
    private static final Pattern HOLDING_WORD = Pattern.compile("\\b(?:papers|collection|records|fonds)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOND = Pattern.compile("(?i)^(?:f\\.|fond\\b|fund\\b).*");
    /** An archive or library in the languages of the archive's sources ("Bundesarchiv", "Levéltár", "Archiwum", "Arhivele"). */
    private static final Pattern ARCHIVE_WORD = Pattern.compile(
            "(?i)(?:archiv|arkhiv|arhiv|archivo|archivio|arquivo|archiwum|levéltár|library|bibliothe|dang'?anguan)");
    /** A unit of the institution the piece before names: "Library of Congress, Manuscript Division". */
    private static final Pattern SUB_UNIT = Pattern.compile("\\b(?:Division|Department|Section|Branch|Office|Unit)\\b");
    private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{L} ]{1,80}+");
    /** The English name an editor adds in brackets: "[Hungarian National Archive–State Archive]". */
    private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\[\\]]+\\]$");
    /** A place printed after the archive's name: one capitalised word ("Moscow", "Warsaw"). */
    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}\\p{Ll}+$");
    /** Another archive joined by "and": "…, l. 141 and RGASPI, f. 558, …". */
    private static final Pattern AND_ARCHIVE = Pattern.compile("(?<!\\s)\\s+and\\s+(?=[\\p{Lu}][\\p{L} ]{1,40},\\s*(?i:f\\.|fond\\b))");

    private CitationParser() {}

    public static SourceCitation parse(String asPrinted, int line) {
        Credits.Split split = Credits.split(asPrinted);
        List<String> translators = split.credits().stream().filter(c -> c.role() == Credit.Role.TRANSLATOR).map(Credit::name).toList();
        String rest = split.rest().replaceAll("\\.$", "");
        List<Repository> repositories = new ArrayList<>();
        List<PublishedSource> publications = new ArrayList<>();
        Optional<PublishedSource> whole = PublishedSources.parse(rest);
        if (whole.isPresent()) {
            publications.add(whole.get());
        } else {
            for (String part : rest.split(";\\s*")) {
                Optional<PublishedSource> published = PublishedSources.parse(part.strip().replaceFirst("^and\\s+", ""));
                if (published.isPresent()) {
                    publications.add(published.get());
                    continue;
                }
                for (String piece : AND_ARCHIVE.split(part)) {
                    String p = piece.strip().replaceFirst("^and\\s+", "");
                    if (!p.isBlank()) repositories.add(repository(p));
                }
            }
        }
        return new SourceCitation(asPrinted, line, List.copyOf(repositories), translators, split.credits(), List.copyOf(publications));
    }

    private static Repository repository(String part) {
        boolean copy = false;
        String body = part;
        Matcher c = COPY.matcher(part);
        if (c.matches()) {
            copy = true;
            body = c.group(1);
        }
        List<String> pieces = Arrays.asList(body.split(",\\s*"));
        int holdingAt = -1;
        int archiveAt = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (holdingAt < 0 && HOLDING_WORD.matcher(pieces.get(i)).find()) holdingAt = i;
            if (archiveAt < 0 && ARCHIVE_WORD.matcher(pieces.get(i)).find()) archiveAt = i;
        }
        Optional<String> holding = Optional.empty();
        Optional<String> holdingId = Optional.empty();
        Optional<String> reference = Optional.empty();
        int nameStart = 0;
        int nameEnd = pieces.size();
        if (holdingAt > 0) {
            StringBuilder h = new StringBuilder(pieces.get(holdingAt));
            int i = holdingAt + 1;
            if (i < pieces.size() && YEARS.matcher(pieces.get(i)).matches()) h.append(", ").append(pieces.get(i++));
            holding = Optional.of(h.toString());
            if (i < pieces.size() && LCCN.matcher(pieces.get(i)).matches()) holdingId = Optional.of(pieces.get(i++));
            if (i < pieces.size()) reference = Optional.of(String.join(", ", pieces.subList(i, pieces.size())));
            nameEnd = holdingAt;
        } else if (pieces.size() > 1 && !pieces.get(0).contains("(") && FOND.matcher(pieces.get(1)).matches()) {
            reference = Optional.of(String.join(", ", pieces.subList(1, pieces.size())));
            nameEnd = 1;
        } else if (archiveAt == 0 && pieces.size() > 1) {
            // "Archive (ABBR), [English name], file …" or "Library of Congress, Manuscript Division, Moscow": the name,
            // its sub-units, then the file; a bracketed English name and a closing place are kept only as printed
            nameEnd = 1;
            while (nameEnd < pieces.size() && isSubUnit(pieces.get(nameEnd))) nameEnd++;
            List<String> file = new ArrayList<>();
            for (int i = nameEnd; i < pieces.size(); i++) {
                String piece = pieces.get(i).strip();
                if (BRACKETED.matcher(piece).matches() || i == pieces.size() - 1 && PLACE.matcher(piece).matches()) continue;
                file.add(piece);
            }
            if (!file.isEmpty()) reference = Optional.of(String.join(", ", file));
        } else if (archiveAt > 0) {
            // "Szyfrogramy from Hawana 1962, 6/77 w-82 t-1264, Polish Foreign Ministry Archive (AMSZ), Warsaw":
            // the file reference comes first, the archive after it, its place last (kept only as printed).
            reference = Optional.of(String.join(", ", pieces.subList(0, archiveAt)));
            nameStart = archiveAt;
            nameEnd = archiveAt + 1;
        }
        String name = String.join(", ", pieces.subList(nameStart, nameEnd));
        Optional<String> abbreviation = abbreviation(name);
        if (abbreviation.isPresent()) name = name.substring(0, name.lastIndexOf('(')).strip();
        return new Repository(part, name, abbreviation, copy, holding, holdingId, reference,
                reference.flatMap(ArchivalReferences::parse));
    }

    private static boolean isSubUnit(String piece) {
        return WORDS_ONLY.matcher(piece).matches() && SUB_UNIT.matcher(piece).find();
    }

    /** "Archive of the President of the Russian Federation (APRF)" → "APRF": the last parenthesis, read in linear time. */
    private static Optional<String> abbreviation(String name) {
        int open = name.lastIndexOf('(');
        if (open <= 0 || !name.endsWith(")")) return Optional.empty();
        String inside = name.substring(open + 1, name.length() - 1);
        return ABBREVIATION.matcher(inside).matches() ? Optional.of(inside) : Optional.empty();
    }
}
