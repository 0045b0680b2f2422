package org.archivelod.serve.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's axis follows the span of its items, writes the years, places days as days, and keeps labels inside. */
class TimelineSvgTest {
    private static TimelineSvg.Item doc(String label, String day) {
        LocalDateTime when = LocalDate.parse(day).atStartOfDay();
        return new TimelineSvg.Item(label, "/page/document/" + day, when, day, true);
    }

    private static TimelineSvg.Item event(String label, LocalDateTime from, LocalDateTime to) {
        return new TimelineSvg.Item(label, "/page/event/x", from, to, from.toString(), false);
    }

    private static final TimelineSvg.Item LETTER = doc("Letter, Cde. Filippov [Stalin] for Mao Zedong", "1950-10-05");
    private static final TimelineSvg.Item DISPATCH = event("Dispatch of the letter to Nikolai Bulganin",
            LocalDateTime.parse("1950-10-05T23:00"), LocalDateTime.parse("1950-10-05T23:59:59"));

    @Test
    void aLetterAndItsDispatchOnOneDay_areOneDayOnAnAxisOfDays_withTheYear() {
        TimelineSvg t = TimelineSvg.layout("t", "t", 960, List.of(LETTER, DISPATCH));
        assertEquals("days", t.unit());
        assertEquals(List.of("1950"), t.years().stream().map(TimelineSvg.Tick::label).toList());
        assertTrue(t.ticks().stream().map(TimelineSvg.Tick::label).anyMatch("5 Oct"::equals), "the day is written");
        assertTrue(t.ticks().stream().noneMatch(k -> k.label().matches(".*\\d:\\d\\d.*")), "no hours: " + t.ticks());
        // the dispatch at 23:00 and the letter of that day are on the same day, not 23 hours apart
        assertEquals(t.marks().get(0).x(), t.marks().get(1).x());
        int fifth = t.ticks().stream().filter(k -> k.label().equals("5 Oct")).findFirst().orElseThrow().x();
        assertEquals(fifth, t.marks().get(0).x(), "a day's mark sits on its day's tick");
    }

    @Test
    void theScaleFollowsTheSpan_daysMonthsYears() {
        TimelineSvg weeks = TimelineSvg.layout("t", "t", 960, List.of(LETTER, doc("Reply", "1950-10-07"), doc("To Kim", "1950-11-02")));
        assertEquals("days", weeks.unit());
        TimelineSvg months = TimelineSvg.layout("t", "t", 960, List.of(doc("A", "1950-05-03"), doc("B", "1952-08-20")));
        assertEquals("months", months.unit());
        assertEquals(List.of("1950", "1951", "1952"), months.years().stream().map(TimelineSvg.Tick::label).toList());
        TimelineSvg years = TimelineSvg.layout("t", "t", 960, List.of(doc("A", "1944-01-01"), doc("B", "1991-06-10")));
        assertEquals("years", years.unit());
        assertTrue(years.ticks().size() >= 4 && years.ticks().stream().allMatch(k -> k.label().matches("\\d{4}")), years.ticks().toString());
        for (TimelineSvg t : List.of(weeks, months, years)) {
            assertTrue(t.ticks().size() <= 13, "at most about twelve ticks: " + t.ticks());
        }
    }

    @Test
    void aMonthOrAYearIsABarOverItsSpan() {
        TimelineSvg t = TimelineSvg.layout("t", "t", 960, List.of(doc("A", "1980-01-01"),
                new TimelineSvg.Item("Speech", "/p", LocalDate.parse("1980-12-01").atStartOfDay(),
                        LocalDate.parse("1981-01-01").atStartOfDay(), "December 1980", true)));
        TimelineSvg.Mark speech = t.marks().stream().filter(m -> m.fullLabel().equals("Speech")).findFirst().orElseThrow();
        assertTrue(speech.ranged() && speech.rangeWidth() > 20, "December 1980 spans its month: " + speech);
        assertFalse(t.marks().get(0).ranged());
    }

    @Test
    void everyLabel_andEveryTick_liesInsideThePicture_longOnesCutWithAnEllipsis() {
        List<TimelineSvg.Item> items = new ArrayList<>();
        String long1 = "Decree of the CC CPSU Politburo to Mir Bagirov CC Secretary of the Communist Party of Azerbaijan, "
                + "'Measures to Organize a Separatist Movement in Southern Azerbaijan'";
        items.add(doc(long1, "1945-07-06"));
        items.add(doc("Записка Н.С. Хрущева в Президиум ЦК КПСС о переговорах с югославскими руководителями", "1956-10-06"));
        items.add(doc("中共中央关于抗美援朝的决定和周恩来总理给毛泽东主席的电报全文", "1950-10-08"));
        items.add(doc(long1, "1991-06-10"));
        for (int width : new int[] {640, 960}) {
            TimelineSvg t = TimelineSvg.layout("t", "t", width, items);
            for (TimelineSvg.Mark m : t.marks()) {
                double w = TextWidths.of(m.label(), TimelineSvg.FONT);
                double from = m.leftward() ? m.labelX() - w : m.labelX();
                assertTrue(from >= 0 && from + w <= width, width + ": label outside: " + m);
                assertTrue(m.label().equals(m.fullLabel()) || m.label().endsWith("…"), m.label());
            }
            assertTrue(t.marks().stream().anyMatch(m -> m.label().endsWith("…")), "the longest are cut");
            for (TimelineSvg.Tick k : t.ticks()) {
                double w = TextWidths.of(k.label(), TimelineSvg.FONT);
                double from = switch (k.anchor()) { case "start" -> k.labelX(); case "end" -> k.labelX() - w; default -> k.labelX() - w / 2; };
                assertTrue(from >= 0 && from + w <= width, "tick outside: " + k);
            }
        }
    }

    @Test
    void theSameItemsGiveTheSamePicture() {
        assertEquals(TimelineSvg.layout("t", "t", 960, List.of(DISPATCH, LETTER)), TimelineSvg.layout("t", "t", 960, List.of(LETTER, DISPATCH)));
    }
}
