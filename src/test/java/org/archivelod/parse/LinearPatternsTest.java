package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.archivelod.HangGuard;
import org.archivelod.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * The parser's rewritten patterns and loops (linear in long runs of spaces, commas and brackets) read exactly what the
 * earlier ones read: both are run on thousands of random short strings built from the words that matter; and
 * inputs that took the earlier ones minutes now take well under the hang guard.
 */
class LinearPatternsTest {
    private static final String[] PIECES = {" ", "  ", "a", "B", ",", ", ", "[", "]", " and ", "and", " for ", " to ", "from ",
            "Translated by ", "translated for the CWIHP by ", ".", ";", "(", "AB", ")", " (APRF)", "\u00A0", "\t", "\uFEFF", "X"};
    private static final Pattern OLD_EDGE = Pattern.compile("^[\\s\\p{Z}\uFEFF]+|[\\s\\p{Z}\uFEFF]+$");

    private static String random(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(12); i >= 0; i--) s.append(PIECES[r.nextInt(PIECES.length)]);
        return s.toString();
    }

    @Test
    void rewrittenEdgeStripping_readsWhatTheOldPatternRead() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String s = random(r);
            assertEquals(OLD_EDGE.matcher(s).replaceAll(""), SourceText.stripEdges(s), "edges of '" + s + "'");
        }
    }

    @Test
    void longRunsOfSpacesCommasAndBrackets_takeLinearTime() throws Exception {
        String spaces = " ".repeat(1_000_000);
        // the JVM's CPU, GC threads included (about 3-6 s here); a quadratic path over a million characters costs hours
        HangGuard.within(Duration.ofSeconds(30), () -> {
            SourceText.lines("x", ("a" + spaces + "b\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            TitleParts.of("Letter, a" + spaces + "b for c" + spaces + "d");
            TitleParts.of("Letter, a for " + "b, ".repeat(300_000) + "[c");
            CitationParser.parse("Translated by x" + spaces + "y", 1);
            CitationParser.parse("x" + spaces + "y (AB)" + spaces + "and z", 1);
            List<String> lines = new ArrayList<>(List.of("October 5, 1950", "Letter, a for b"));
            for (int i = 0; i < 100_000; i++) lines.add("From x" + i);
            lines.add("x" + "[a]".repeat(1_000_000));
            ArchiveRecord record = new WilsonCenterRecordParser().parse("x", lines);
            assertEquals(1_000_000, record.body().brackets().size());
            return record;
        }, () -> "long runs of spaces, commas and brackets");
    }
}
