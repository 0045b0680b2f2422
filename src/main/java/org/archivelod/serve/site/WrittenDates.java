package org.archivelod.serve.site;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A time-span as people write it, at the precision the data gives: "23:00, 5 October 1950" for a time of day,
 * "5 October 1950" for a day (never with a time), "October 1950" for a month, "1950" for a year, "3–5 October 1950"
 * or "5 October 1950 – 2 January 1951" for other spans; with the matching value of an HTML {@code <time datetime>}.
 */
public record WrittenDates(String text, String datetime) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);

    /**
     * The span from {@code begin} to {@code end}; {@code timed} when the data gives a time of day (an
     * {@code xsd:dateTime} that is not a whole day), else the span is read in whole days.
     */
    public static WrittenDates of(LocalDateTime begin, LocalDateTime end, boolean timed) {
        LocalDateTime last = end == null || end.isBefore(begin) ? begin : end;
        if (timed && Duration.between(begin, last).toMinutes() < 24 * 60 - 1) {
            return new WrittenDates(TIME.format(begin) + ", " + DAY.format(begin), ISO_MINUTE.format(begin));
        }
        LocalDate first = begin.toLocalDate();
        LocalDate to = lastDay(last);
        if (!to.isAfter(first)) {
            return new WrittenDates(DAY.format(first), first.toString());
        }
        if (first.getDayOfMonth() == 1 && to.equals(first.withDayOfMonth(first.lengthOfMonth()))) {
            return new WrittenDates(MONTH.format(first), first.toString().substring(0, 7));
        }
        if (first.getDayOfYear() == 1 && to.equals(first.withDayOfYear(first.lengthOfYear()))) {
            return new WrittenDates(String.valueOf(first.getYear()), String.valueOf(first.getYear()));
        }
        String range = first.getYear() == to.getYear() && first.getMonth() == to.getMonth()
                ? first.getDayOfMonth() + "–" + DAY.format(to)
                : DAY.format(first) + " – " + DAY.format(to);
        return new WrittenDates(range, first + "/" + to);
    }

    /** The last whole day a span ending at {@code end} covers: an end at midnight closes the day before. */
    private static LocalDate lastDay(LocalDateTime end) {
        return end.toLocalTime().equals(LocalTime.MIDNIGHT) ? end.toLocalDate().minusDays(1) : end.toLocalDate();
    }
}
