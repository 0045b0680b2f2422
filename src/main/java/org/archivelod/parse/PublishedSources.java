package org.archivelod.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.PublishedSource;

/**
 * Recognises a printed book as a source, "Editors, eds., Title, vol. 3 (Place: Publisher, 2008), 635-636", and
 * takes it apart; a source without the editors' "ed."/"eds." or the "(Place: Publisher, Year)" imprint is not one.
 */
final class PublishedSources {
    private static final Pattern BOOK = Pattern.compile(
            "^(?:(.+?),\\s+eds?\\.,\\s+)?(.+?)(?:,\\s+vol\\.\\s*([\\w]+))?\\s+\\(([^:()]+):\\s*([^()]+?),\\s*(\\d{4})\\)(?:,\\s*(?:pp?\\.\\s*)?([\\d\\s,–-]+))?\\.?$");

    private PublishedSources() {}

    /** Longer than any book reference; the pattern backtracks, so longer text is not tried (it is not a book). */
    private static final int MAX_LENGTH = 1000;

    static Optional<PublishedSource> parse(String source) {
        if (source.length() > MAX_LENGTH || source.indexOf('(') < 0 || source.indexOf(':') < 0) return Optional.empty();
        Matcher m = BOOK.matcher(source.strip());
        if (!m.matches()) return Optional.empty();
        List<String> editors = m.group(1) == null ? List.of() : TitleParts.split(m.group(1));
        return Optional.of(new PublishedSource(source.strip(), editors, Optional.of(m.group(2).strip()), Optional.ofNullable(m.group(3)),
                Optional.of(m.group(4).strip()), Optional.of(m.group(5).strip()), Optional.of(m.group(6)),
                Optional.ofNullable(m.group(7)).map(String::strip)));
    }
}
