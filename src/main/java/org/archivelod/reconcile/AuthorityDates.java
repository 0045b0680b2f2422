package org.archivelod.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The dates of the authority file's births, deaths and offices: a day ({@code 1898-03-05}) or a year ({@code 1875}),
 * and the first and last instants they cover, for a {@code crm:E52_Time-Span}'s bounds.
 */
public final class AuthorityDates {
    private AuthorityDates() {}

    /** The first day the date covers; empty when it is neither {@code YYYY} nor {@code YYYY-MM-DD}. */
    public static Optional<LocalDate> first(String date) {
        return parse(date, false);
    }

    /** The last day the date covers (the 31 December of a year). */
    public static Optional<LocalDate> last(String date) {
        return parse(date, true);
    }

    /** The start of the first day, e.g. {@code 1875-01-01T00:00}. */
    public static LocalDateTime begin(String date) {
        return first(date).orElseThrow(() -> bad(date)).atStartOfDay();
    }

    /** The end of the last day, to the second, e.g. {@code 1875-12-31T23:59:59}. */
    public static LocalDateTime end(String date) {
        return last(date).orElseThrow(() -> bad(date)).atTime(LocalTime.of(23, 59, 59));
    }

    /** Whether the date names only a year. */
    public static boolean yearOnly(String date) {
        return date != null && date.matches("\\d{4}");
    }

    private static Optional<LocalDate> parse(String date, boolean last) {
        if (date == null) return Optional.empty();
        try {
            if (yearOnly(date)) {
                Year y = Year.parse(date);
                return Optional.of(last ? y.atMonth(12).atEndOfMonth() : y.atDay(1));
            }
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static IllegalArgumentException bad(String date) {
        return new IllegalArgumentException("not a day (YYYY-MM-DD) or a year (YYYY): '" + date + "'");
    }
}
