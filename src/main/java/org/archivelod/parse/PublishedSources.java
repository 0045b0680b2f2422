package org.archivelod.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.PublishedSource;

/**
 * Recognises a publication cited as the source, and takes it apart: a printed book, "Editors, eds., Title, vol. 3
 * (Place: Publisher, 2008), 635-636"; a journal or a document collection named as such, "Cold War International History
 * Project Bulletin, Issue 6-7 (Winter 1995/1996), p. 40", "Zhou Enlai nianpu, 1949-1976, vol. 1, p. 233"; or a
 * source introduced as published ("Published in Istochnik, no. 2 (1994)"). A source with none of these marks is not
 * one, and a file reference (f./fond) or an archive's name keeps a source an archive's.
 */
final class PublishedSources {
    private static final Pattern BOOK = Pattern.compile(
            "^(?:(.+?),\\s+eds?\\.,\\s+)?(.+?)(?:,\\s+vol\\.\\s*([\\w]+))?\\s+\\(([^:()]+):\\s*([^()]+?),\\s*(\\d{4})\\)(?:,\\s*(?:pp?\\.\\s*)?([\\d\\s,–-]+))?\\.?$");
    /** A journal or collection: title, then optionally volume or issue, a date in parentheses and pages. */
    private static final Pattern SERIAL = Pattern.compile(
            "^(?:(.+?),\\s+(?:eds?|comps?)\\.,\\s+)?(.+?)(?:,?\\s+(?:[Vv]ol\\.|Volume|[Ii]ssue|[Nn]o\\.|[Nn]os\\.|#)\\s*([\\w/–-]+))?"
            + "(?:\\s*\\(([^()]{0,60})\\))?(?:,\\s*(?:pp?\\.\\s*)?(\\d[\\d\\s,–-]*))?\\.?$");
    /** Words that name a journal, a newspaper or a document collection, in English and the sources' languages. */
    private static final Pattern SERIAL_WORD = Pattern.compile("(?i)\\b(?:bulletin|journal|review|quarterly|newsletter|gazette|magazine"
            + "|yearbook|briefing book|working paper|e-dossier|istochnik|istoricheskii arkhiv|voprosy istorii|vestnik|kommunist"
            + "|pravda|izvesti[i]?a|renmin ribao|nianpu|wengao|wenji|xuanji|wenxuan|huibian|xuanbian|shilu|dang de wenxian"
            + "|collected works|selected works|foreign relations of the united states|frus|dokumenty|sbornik)\\b");
    private static final Pattern PUBLISHED_IN = Pattern.compile("^(?i:(?:originally |first )?(?:published|reprinted|printed) in)\\s+(.+)$");
    private static final Pattern FILE_REFERENCE = Pattern.compile("(?i)(?:^|,\\s*)(?:f\\.|fond\\b|op\\.|opis\\b|d\\.|delo\\b)");
    private static final Pattern ARCHIVE_NAME = Pattern.compile("(?i)\\b(?:archive|archives|archiv|bundesarchiv|library)\\b");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

    private PublishedSources() {}

    /** Longer than any book reference; the pattern backtracks, so longer text is not tried (it is not a book). */
    private static final int MAX_LENGTH = 1000;

    static Optional<PublishedSource> parse(String source) {
        String s = source.strip();
        if (s.length() > MAX_LENGTH) return Optional.empty();
        Matcher published = PUBLISHED_IN.matcher(s);
        boolean saidPublished = published.matches();
        if (saidPublished) s = published.group(1).strip();
        if (s.indexOf('(') >= 0 && s.indexOf(':') >= 0) {
            Matcher m = BOOK.matcher(s);
            if (m.matches()) {
                List<String> editors = m.group(1) == null ? List.of() : TitleParts.split(m.group(1));
                return Optional.of(new PublishedSource(source.strip(), editors, Optional.of(m.group(2).strip()),
                        Optional.ofNullable(m.group(3)), Optional.of(m.group(4).strip()), Optional.of(m.group(5).strip()),
                        Optional.of(m.group(6)), Optional.ofNullable(m.group(7)).map(String::strip)));
            }
        }
        if (FILE_REFERENCE.matcher(s).find()) return Optional.empty();
        Matcher serial = SERIAL.matcher(s);
        if (!serial.matches()) return Optional.empty();
        String title = serial.group(2).strip();
        boolean named = SERIAL_WORD.matcher(title).find();
        // "Hoover Institution Archives, … Bulletin collection" names an archive first: an archive's, not a publication
        if (!saidPublished && (!named || ARCHIVE_NAME.matcher(title.split(",", 2)[0]).find())) return Optional.empty();
        List<String> editors = serial.group(1) == null ? List.of() : TitleParts.split(serial.group(1));
        Optional<String> year = Optional.ofNullable(serial.group(4)).map(String::strip).filter(y -> YEAR.matcher(y).matches());
        return Optional.of(new PublishedSource(source.strip(), editors, Optional.of(title), Optional.ofNullable(serial.group(3)),
                Optional.empty(), Optional.empty(), year, Optional.ofNullable(serial.group(5)).map(String::strip)));
    }
}
