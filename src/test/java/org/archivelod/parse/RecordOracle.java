package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.EditorialBracket;
import org.archivelod.record.HandwrittenNote;
import org.archivelod.record.PrintedDate;
import org.archivelod.record.TextBlock;

/**
 * What a parsed record may claim about its input, checked independently of the parser: every field is words of the
 * input, every offset points at those words, and a date says what its line says (no more, no less).
 */
public final class RecordOracle {
    private RecordOracle() {}

    /** Checks {@code record} against the {@code lines} it was parsed from. */
    public static void check(ArchiveRecord record, List<String> lines) {
        Set<String> lineSet = new HashSet<>(lines);
        String dateLine = lines.stream().filter(l -> !l.isBlank() && !l.equals("Skip to content")).findFirst().orElseThrow();
        checkDate(record.date(), dateLine);
        assertTrue(lineSet.contains(record.title()), "the title is a line of the input");
        for (String name : record.authors()) assertTrue(record.title().contains(name), "author within the title: " + name);
        for (String name : record.addressees()) assertTrue(record.title().contains(name), "addressee within the title: " + name);
        record.summary().ifPresent(s -> assertTrue(lineSet.contains(s), "the summary is a line of the input"));
        record.citation().ifPresent(c -> assertTrue(lineSet.contains(c.asPrinted()), "the citation is a line of the input"));
        record.uploaded().ifPresent(u -> assertTrue(lineSet.contains(u)));
        record.recordId().ifPresent(u -> assertTrue(lineSet.contains(u)));
        String text = record.text();
        for (TextBlock b : record.blocks()) {
            assertEquals(b.text(), text.substring(b.start(), b.end()), "block offsets");
            assertTrue(lineSet.contains(b.text()), "a block is a line of the input");
        }
        for (EditorialBracket b : record.brackets())
            assertEquals("[" + b.content() + "]", text.substring(b.start(), b.end()), "bracket offsets");
        for (HandwrittenNote n : record.notes()) {
            assertEquals(n.text(), text.substring(n.start(), n.end()), "note offsets");
            n.when().ifPresent(t -> assertEquals(t.asPrinted(), text.substring(t.start(), t.end()), "note time offsets"));
        }
        record.closingDate().ifPresent(d -> checkDate(d, d.asPrinted()));
    }

    /** The date is the line as printed, and its day, month, year and time are exactly the line's words. */
    public static void checkDate(PrintedDate date, String line) {
        assertEquals(line.strip(), date.asPrinted(), "the date is its line as printed");
        List<String> said = new ArrayList<>();
        for (String token : line.strip().split("[\\s,]+")) said.add(normal(token));
        List<String> stated = new ArrayList<>();
        if (date.value() instanceof LocalDate d) {
            stated.addAll(List.of(month(d.getMonth()), Integer.toString(d.getDayOfMonth()), Integer.toString(d.getYear())));
        } else if (date.value() instanceof YearMonth ym) {
            stated.addAll(List.of(month(ym.getMonth()), Integer.toString(ym.getYear())));
        } else {
            stated.add(Integer.toString(((Year) date.value()).getValue()));
        }
        date.time().ifPresent(t -> stated.add(t.getHour() + ":" + t.getMinute()));
        said.sort(null);
        stated.sort(null);
        assertEquals(said, stated, "the date states exactly what '" + line + "' says");
    }

    private static String month(java.time.Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String normal(String token) {
        if (token.matches("[0-9]{1,9}")) return Integer.toString(Integer.parseInt(token));
        if (token.matches("[0-9]{1,2}[.:][0-9]{2}")) {
            String[] hm = token.split("[.:]");
            return Integer.parseInt(hm[0]) + ":" + Integer.parseInt(hm[1]);
        }
        return token;
    }
}
