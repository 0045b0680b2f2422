package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PrintedDatesTest {
    @Test
    void readsTheArchivesForms() {
        assertEquals(LocalDate.of(1950, 10, 5), PrintedDates.parseLine("October 5, 1950").orElseThrow().value());
        assertEquals(LocalDate.of(1949, 12, 1), PrintedDates.parseLine("December 01, 1949").orElseThrow().value());
        assertEquals(LocalDate.of(1950, 10, 5), PrintedDates.parseLine("5 October 1950").orElseThrow().value());
        var withTime = PrintedDates.parseLine("8 October 1950   11.20").orElseThrow();
        assertEquals(LocalTime.of(11, 20), withTime.time().orElseThrow());
        assertEquals(YearMonth.of(1950, 10), PrintedDates.parseLine("October 1950").orElseThrow().value());
        assertEquals(Year.of(1950), PrintedDates.parseLine("1950").orElseThrow().value());
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertTrue(PrintedDates.parseLine("February 30, 1950").isEmpty());
        assertTrue(PrintedDates.parseLine("Letter, Cde. Filippov [Stalin] for Mao Zedong").isEmpty());
        assertTrue(PrintedDates.parseLine("I received your reply.").isEmpty());
    }
}
