package org.archivelod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WrittenDatesTest {
    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    @Test
    void aTimeOfDay_isWrittenWithItsHour() {
        assertEquals(new WrittenDates("23:00, 5 October 1950", "1950-10-05T23:00"),
                WrittenDates.of(t("1950-10-05T23:00"), t("1950-10-05T23:00"), true));
    }

    @Test
    void aDay_isNeverWrittenAsATime() {
        assertEquals(new WrittenDates("5 October 1950", "1950-10-05"),
                WrittenDates.of(t("1950-10-05T00:00"), t("1950-10-05T23:59:59"), false));
        assertEquals("5 October 1950", WrittenDates.of(t("1950-10-05T00:00"), t("1950-10-05T00:00"), false).text(),
                "a day whose span the data gives as an instant");
        assertEquals("5 October 1950", WrittenDates.of(t("1950-10-05T00:00"), t("1950-10-06T00:00"), false).text(),
                "an end at midnight closes the day before");
        assertEquals("5 October 1950", WrittenDates.of(t("1950-10-05T00:00"), t("1950-10-05T23:59:59"), true).text(),
                "a whole day, even when its bounds carry times");
    }

    @Test
    void aMonthOrAYear_atTheirPrecision() {
        assertEquals(new WrittenDates("December 1980", "1980-12"),
                WrittenDates.of(t("1980-12-01T00:00"), t("1980-12-31T23:59:59"), false));
        assertEquals(new WrittenDates("1944", "1944"), WrittenDates.of(t("1944-01-01T00:00"), t("1944-12-31T23:59:59"), false));
    }

    @Test
    void otherSpans_asRanges() {
        assertEquals(new WrittenDates("3–5 October 1950", "1950-10-03/1950-10-05"),
                WrittenDates.of(t("1950-10-03T00:00"), t("1950-10-05T23:59:59"), false));
        assertEquals("30 September 1950 – 2 October 1950",
                WrittenDates.of(t("1950-09-30T00:00"), t("1950-10-02T23:59:59"), false).text());
    }
}
