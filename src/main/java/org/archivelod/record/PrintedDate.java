package org.archivelod.record;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as a record prints it: the words, and what they state (a day, a month or a year),
 * with an optional time of day when the source gives one.
 */
public record PrintedDate(String asPrinted, Temporal value, Optional<LocalTime> time) {
    public PrintedDate {
        Objects.requireNonNull(asPrinted);
        Objects.requireNonNull(value);
        if (!(value instanceof LocalDate || value instanceof YearMonth || value instanceof Year))
            throw new IllegalArgumentException("a printed date is a day, a month or a year: " + value);
        Objects.requireNonNull(time);
    }

    public static PrintedDate of(String asPrinted, Temporal value) {
        return new PrintedDate(asPrinted, value, Optional.empty());
    }

    /** The first day the date can mean. */
    public LocalDate firstDay() {
        if (value instanceof LocalDate d) return d;
        if (value instanceof YearMonth ym) return ym.atDay(1);
        return ((Year) value).atDay(1);
    }

    /** The last day the date can mean. */
    public LocalDate lastDay() {
        if (value instanceof LocalDate d) return d;
        if (value instanceof YearMonth ym) return ym.atEndOfMonth();
        return ((Year) value).atMonth(12).atEndOfMonth();
    }
}
