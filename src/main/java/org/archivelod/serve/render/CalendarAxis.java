package org.archivelod.serve.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A time axis of whole days from {@code from} (inclusive) to {@code to} (exclusive) between two x positions, in the
 * unit the span calls for: days up to three months, months up to six years, else years. Its ticks fall on days (at
 * their middle), on the first of months or on New Year, no more than twelve; the years are always written, on the
 * ticks themselves or in a row above them. There are no hours: the items of an archive are dated to days.
 */
record CalendarAxis(Unit unit, LocalDate from, LocalDate to, int left, int right) {
    private static final int MOST_TICKS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    /** The unit of the ticks. */
    enum Unit {
        DAYS("days"), MONTHS("months"), YEARS("years");

        final String word;

        Unit(String word) {
            this.word = word;
        }
    }

    /** A position on the axis and its words. */
    record At(int x, String label) {}

    /** The axis for items from {@code first} to {@code last} (days, inclusive), with a margin on each side. */
    static CalendarAxis spanning(LocalDate first, LocalDate last, int left, int right) {
        long days = TimelineSvg.days(first, last) + 1;
        if (days <= 92) {
            long pad = Math.max(1, days / 10);
            return new CalendarAxis(Unit.DAYS, first.minusDays(pad), last.plusDays(1 + pad), left, right);
        }
        if (days <= 366 * 6) {
            LocalDate start = first.withDayOfMonth(1);
            LocalDate end = last.withDayOfMonth(1).plusMonths(1);
            long pad = Math.max(1, months(start, end) / 10);
            return new CalendarAxis(Unit.MONTHS, start.minusMonths(pad), end.plusMonths(pad), left, right);
        }
        LocalDate start = first.withDayOfYear(1);
        LocalDate end = last.withDayOfYear(1).plusYears(1);
        long pad = Math.max(1, (end.getYear() - start.getYear()) / 12);
        return new CalendarAxis(Unit.YEARS, start.minusYears(pad), end.plusYears(pad), left, right);
    }

    /** Where a day begins. */
    double x(LocalDate day) {
        double total = TimelineSvg.days(from, to);
        return left + (right - left) * TimelineSvg.days(from, day) / total;
    }

    /** The middle of a day. */
    double centre(LocalDate day) {
        return (x(day) + x(day.plusDays(1))) / 2;
    }

    /** The ticks: days, months or years, evenly stepped. */
    List<At> ticks() {
        List<At> ticks = new ArrayList<>();
        switch (unit) {
            case DAYS -> {
                int step = step(TimelineSvg.days(from, to), 1, 2, 3, 7, 14);
                for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                    if (d.toEpochDay() % step == 0) ticks.add(new At((int) Math.round(centre(d)), DAY.format(d)));
                }
            }
            case MONTHS -> {
                int step = step(months(from, to), 1, 2, 3, 6, 12);
                for (LocalDate d = from; !d.isAfter(to); d = d.plusMonths(1)) {
                    if ((d.getMonthValue() - 1) % step == 0) ticks.add(new At((int) Math.round(x(d)), MONTH.format(d)));
                }
            }
            case YEARS -> {
                int step = step(to.getYear() - from.getYear(), 1, 2, 5, 10, 20, 25, 50, 100);
                for (LocalDate d = from; !d.isAfter(to); d = d.plusYears(1)) {
                    if (d.getYear() % step == 0) ticks.add(new At((int) Math.round(x(d)), String.valueOf(d.getYear())));
                }
            }
        }
        return ticks;
    }

    /**
     * The years above the ticks of days or months: the year the axis begins in, at its start, and each New Year it
     * crosses; none for an axis of years, whose ticks are years.
     */
    List<At> years() {
        if (unit == Unit.YEARS) return List.of();
        List<At> years = new ArrayList<>();
        for (LocalDate d = from.withDayOfYear(1).plusYears(1); d.isBefore(to); d = d.plusYears(1)) {
            years.add(new At((int) Math.round(x(d)), String.valueOf(d.getYear())));
        }
        boolean roomAtStart = years.isEmpty() || years.get(0).x() - left > 48;
        if (roomAtStart) years.add(0, new At(left, String.valueOf(from.getYear())));
        return years;
    }

    private static long months(LocalDate from, LocalDate to) {
        return java.time.temporal.ChronoUnit.MONTHS.between(from, to);
    }

    /** The first step that gives at most twelve ticks over {@code count} units, else the last. */
    private static int step(long count, int... steps) {
        for (int s : steps) {
            if (count / s <= MOST_TICKS) return s;
        }
        int last = steps[steps.length - 1];
        return (int) (last * Math.ceil(count / (double) (last * MOST_TICKS)));
    }
}
