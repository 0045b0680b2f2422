package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.archivelod.record.MentionedDate;
import org.archivelod.record.PrintedDate;
import org.junit.jupiter.api.Test;

class NumericDatesTest {
    private static final LocalDate PAGE = LocalDate.of(1950, 10, 14);

    @Test
    void twoDigitYears_takeThePagesCentury() {
        assertEquals(1950, NumericDates.year("50", PAGE));
        assertEquals(1999, NumericDates.year("99", LocalDate.of(2001, 1, 1)), "the nearest year ending in 99");
        assertEquals(1962, NumericDates.year("1962", PAGE));
    }

    @Test
    void aNumberOverTwelve_settlesTheOrder() {
        assertEquals(LocalDate.of(1950, 10, 13), NumericDates.read(13, 10, "50", PAGE, NumericDates.Order.EITHER).date().orElseThrow());
        assertEquals(LocalDate.of(1950, 10, 14), NumericDates.read(10, 14, "50", PAGE, NumericDates.Order.EITHER).date().orElseThrow());
    }

    @Test
    void eitherWayRound_farFromThePage_isReportedNotGuessed() {
        var r = NumericDates.read(5, 6, "50", PAGE, NumericDates.Order.EITHER);
        assertTrue(r.date().isEmpty());
        assertTrue(r.problem().orElseThrow().contains("either way round"));
    }

    @Test
    void eitherWayRound_nearThePage_takesTheNearReading() {
        assertEquals(LocalDate.of(1950, 10, 12), NumericDates.read(12, 10, "50", PAGE, NumericDates.Order.EITHER).date().orElseThrow());
    }

    @Test
    void mentions_keepThePagesDateApart() {
        List<MentionedDate> d = DateMentions.find("Sent 10/14/50 at 03:15 a.m.; see the note of 5.6.50 and of 1 May 1950.",
                PrintedDate.of("October 14, 1950", PAGE));
        assertEquals(3, d.size());
        assertEquals("5.6.50", d.get(1).asPrinted());
        assertTrue(d.get(1).date().isEmpty(), "5.6.50 alone on a page: either way round");
        assertEquals(LocalDate.of(1950, 5, 1), d.get(2).date().orElseThrow().value());
    }
}
