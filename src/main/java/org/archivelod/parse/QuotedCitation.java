package org.archivelod.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive's suggested citation, where older pages and the PDF export keep the title:
 * {@code "Title," December 01, 1949, History and Public Policy Program Digital Archive, <source>. Translated by …}.
 *
 * @param source what follows the programme's name: archive reference, credits
 */
record QuotedCitation(String title, String date, String source) {
    private static final Pattern CITATION = Pattern.compile(
            "^[\"“](.+?),?[\"”],?\\s+(.+?),\\s+(?:History and Public Policy Program Digital Archive|Wilson Center Digital Archive)[,.]?\\s*(.*)$");

    /** Longer than any citation; the pattern backtracks, so longer text is not tried. */
    private static final int MAX_LENGTH = 20_000;

    static Optional<QuotedCitation> parse(String text) {
        // the programme's name must be there; checking first keeps a long line from the backtracking pattern
        if (text.length() > MAX_LENGTH || !text.contains("Digital Archive")) return Optional.empty();
        Matcher m = CITATION.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        return Optional.of(new QuotedCitation(m.group(1).strip(), m.group(2).strip(), m.group(3).strip()));
    }
}
