package org.archivelod.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.PrintedDate;

/**
 * Reads a whole line as a date in the forms the archive prints: "October 5, 1950", "December 01, 1949",
 * "5 October 1950", "8 October 1950   11.20", "October 1950", "1950".
 */
public final class PrintedDates {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String TIME = "(?:\\s+(\\d{1,2})[.:](\\d{2}))?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),\\s*(\\d{4})" + TIME);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]\\d\\d|20\\d\\d)");

    private PrintedDates() {}

    /** The date the whole line states, or empty when the line is not (only) a date. */
    public static Optional<PrintedDate> parseLine(String line) {
        String s = line.strip();
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches())
                return Optional.of(day(s, m.group(3), m.group(1), m.group(2), m.group(4), m.group(5)));
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches())
                return Optional.of(day(s, m.group(3), m.group(2), m.group(1), m.group(4), m.group(5)));
            m = MONTH_YEAR.matcher(s);
            if (m.matches())
                return Optional.of(PrintedDate.of(s, YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)))));
            m = YEAR.matcher(s);
            if (m.matches()) return Optional.of(PrintedDate.of(s, Year.of(Integer.parseInt(s))));
        } catch (DateTimeException e) {
            return Optional.empty();      // "February 30, 1950" is not a date
        }
        return Optional.empty();
    }

    static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static PrintedDate day(String printed, String year, String month, String day, String hour, String minute) {
        LocalDate date = LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day));
        Optional<LocalTime> time = hour == null ? Optional.empty()
                : Optional.of(LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute)));
        return new PrintedDate(printed, date, time);
    }
}
