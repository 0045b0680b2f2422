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
        // the date is a line of the input (a stray line before it may be skipped), or inside one (the PDF export)
        String printed = record.heading().date().asPrinted();
        String dateLine = lines.stream().filter(l -> l.strip().equals(printed)).findFirst()
                .orElseGet(() -> lines.stream().filter(l -> l.contains(printed)).findFirst().map(l -> printed)
                        .orElseThrow(() -> new AssertionError("the date '" + printed + "' is not in the input")));
        checkDate(record.heading().date(), dateLine);
        // a line of the input, or inside one: the older layouts print the title only within the citation
        String input = squeeze(String.join(" ", lines));
        assertTrue(input.contains(squeeze(record.heading().title())), "the title is words of the input");
        // the parties are words of the title or, when the title names none, of the heading that opens the text
        String heading = record.body().blocks().isEmpty() ? "" : record.body().blocks().get(0).text();
        for (String name : record.heading().authors()) {
            assertTrue(record.heading().title().contains(name) || heading.contains(name), "author within the title or heading: " + name);
        }
        for (String name : record.heading().addressees()) {
            assertTrue(record.heading().title().contains(name) || heading.contains(name), "addressee within the title or heading: " + name);
        }
        // the older layouts give the summary in lines around the quoted citation, joined, or inside one line: its opening is checked
        record.heading().summary().ifPresent(s -> {
            if (record.layout() == org.archivelod.record.PageLayout.PAGE) assertTrue(input.contains(squeeze(s)), "the summary is words of the input");
            else assertTrue(input.contains(squeeze(s).substring(0, Math.min(60, squeeze(s).length()))), "the summary begins with words of the input");
        });
        record.information().citation().ifPresent(c -> assertTrue(input.contains(squeeze(c.asPrinted())), "the citation is words of the input"));
        record.information().uploaded().ifPresent(u -> assertTrue(lineSet.contains(u), "the uploaded date is a line of the input"));
        // a line of its own, or the number at the end of the record's address (the PDF export)
        record.information().recordId().ifPresent(u -> assertTrue(lineSet.contains(u) || input.contains("/document/" + u), "the record id is in the input"));
        String text = record.body().text();
        for (TextBlock b : record.body().blocks()) {
            assertEquals(b.text(), text.substring(b.start(), b.end()), "block offsets");
            assertTrue(input.contains(squeeze(b.text())), "a block is words of the input");
        }
        for (EditorialBracket b : record.body().brackets())
            assertEquals("[" + b.content() + "]", text.substring(b.start(), b.end()), "bracket offsets");
        for (HandwrittenNote n : record.body().notes()) {
            assertEquals(n.text(), text.substring(n.start(), n.end()), "note offsets");
            n.when().ifPresent(t -> assertEquals(t.asPrinted(), text.substring(t.start(), t.end()), "note time offsets"));
        }
        record.body().closingDate().ifPresent(d -> checkDate(d, d.asPrinted()));
        var h = record.body().headerLines();
        for (var field : List.of(h.to(), h.from(), h.type(), h.subject(), h.fyi(), h.distribution()))
            for (var l : field) assertEquals(l.value(), text.substring(l.start(), l.end()), "header line value offsets");
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

    /** White space collapsed, so that a field read across lines compares with the input's words. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", " ").strip();
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
