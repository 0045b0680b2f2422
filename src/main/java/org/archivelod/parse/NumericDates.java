package org.archivelod.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reads an all-number date ("13.10.50", "10/14/50", "13/5-50", "16.2.51", "10.31.1962") against the page's own date.
 * <ul>
 * <li>A two-digit year is expanded only with the century the page's date gives: of the years ending in those two
 *     digits, the one nearest the page's year ("50" on a 1950 page is 1950; it is never read without a page date).</li>
 * <li>Day and month: a first number over 12 makes it day-month, a second over 12 month-day; otherwise the order the
 *     same page shows elsewhere with the same separator decides; otherwise the page's date decides when exactly one
 *     reading falls within 31 days of it; otherwise the date is reported as ambiguous, not guessed.</li>
 * </ul>
 */
final class NumericDates {
    static final int NEAR_DAYS = 31;

    /** Which number comes first, as far as the printed numbers themselves say. */
    enum Order { DAY_FIRST, MONTH_FIRST, EITHER }

    /** A reading, or why there is none. */
    record Reading(Optional<LocalDate> date, Optional<String> problem) {
        static Reading of(LocalDate d) { return new Reading(Optional.of(d), Optional.empty()); }
        static Reading problem(String p) { return new Reading(Optional.empty(), Optional.of(p)); }
    }

    private NumericDates() {}

    static Order orderOf(int first, int second) {
        if (first > 12 && second <= 12) return Order.DAY_FIRST;
        if (second > 12 && first <= 12) return Order.MONTH_FIRST;
        return Order.EITHER;
    }

    static int year(String printed, LocalDate page) {
        if (printed.length() == 4) return Integer.parseInt(printed);
        int yy = Integer.parseInt(printed);
        int century = page.getYear() / 100 * 100;
        int best = century + yy;
        for (int c : new int[] {century - 100, century + 100})
            if (Math.abs(c + yy - page.getYear()) < Math.abs(best - page.getYear())) best = c + yy;
        return best;
    }

    /**
     * @param pageOrder the order other dates with the same separator on the same page show, or EITHER
     */
    static Reading read(int first, int second, String yearPrinted, LocalDate page, Order pageOrder) {
        int year = year(yearPrinted, page);
        Order order = orderOf(first, second);
        if (order == Order.EITHER && first == second) order = Order.DAY_FIRST;   // both readings are the same day
        if (order == Order.EITHER) order = pageOrder;
        if (order == Order.DAY_FIRST) return day(year, second, first);
        if (order == Order.MONTH_FIRST) return day(year, first, second);
        Optional<LocalDate> dayFirst = safe(year, second, first);
        Optional<LocalDate> monthFirst = safe(year, first, second);
        boolean dNear = dayFirst.filter(d -> near(d, page)).isPresent();
        boolean mNear = monthFirst.filter(d -> near(d, page)).isPresent();
        if (dNear && !mNear) return Reading.of(dayFirst.get());
        if (mNear && !dNear) return Reading.of(monthFirst.get());
        return Reading.problem("day and month could be either way round, and the page's date does not settle which");
    }

    private static boolean near(LocalDate d, LocalDate page) {
        return Math.abs(ChronoUnit.DAYS.between(page, d)) <= NEAR_DAYS;
    }

    private static Reading day(int year, int month, int day) {
        return safe(year, month, day).map(Reading::of).orElseGet(() -> Reading.problem("not a calendar date"));
    }

    private static Optional<LocalDate> safe(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
