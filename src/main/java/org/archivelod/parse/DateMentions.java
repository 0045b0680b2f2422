package org.archivelod.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.MentionedDate;
import org.archivelod.record.PrintedDate;

/**
 * Finds the dates a document's text mentions, in every form the archive prints ("8 October 1950", "October 8, 1950",
 * "October 1950", "13.10.50", "10/14/50", "13/5-50", "10.31.1962"), with a time when one follows ("8 October 1950
 * 11.20", "on 10/14/50 at 03:15 a.m."). A day and month without a year ("3 May") is kept with its words but not
 * read: the year is not printed.
 */
final class DateMentions {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String CLOCK = "(?:(?:\\s+at|,)?\\s+(\\d{1,2})[.:](\\d{2})(?:\\s*([ap])\\.?m\\.?)?(?![\\d.]\\d))?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b" + CLOCK);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),\\s*(\\d{4})\\b" + CLOCK);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern NO_YEAR = Pattern.compile("\\b(?:(\\d{1,2})\\s+" + MONTH + "|" + MONTH + "\\s+(\\d{1,2}))\\b(?!,?\\s*\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)" + CLOCK);
    private static final Pattern RUSSIAN = Pattern.compile("(?<![\\d./-])(\\d{1,2})/(\\d{1,2})-(\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)");

    /** A Chinese date without a year, "八月十八日" with an optional hour "二十时": kept, not read. */
    private static final Pattern CHINESE_NO_YEAR = Pattern.compile("(?<![年〇零一二三四五六七八九十\\d])[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日(?:[一二三四五六七八九十]{1,3}时)?");

    private DateMentions() {}

    static List<MentionedDate> find(String text, PrintedDate page) {
        List<MentionedDate> found = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) found.add(day(text, m, m.group(3), m.group(2), m.group(1), 4));
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) found.add(day(text, m, m.group(3), m.group(1), m.group(2), 4));
        m = MONTH_YEAR.matcher(text);
        while (m.find()) found.add(read(m, PrintedDate.of(m.group(), YearMonth.of(Integer.parseInt(m.group(2)), PrintedDates.month(m.group(1))))));
        m = NO_YEAR.matcher(text);
        while (m.find()) found.add(new MentionedDate(m.group(), m.start(), m.end(), Optional.empty(), Optional.of("no year printed")));
        m = CHINESE_NO_YEAR.matcher(text);
        while (m.find()) found.add(new MentionedDate(m.group(), m.start(), m.end(), Optional.empty(), Optional.of("no year printed")));
        numeric(text, page.firstDay(), found);
        return withoutOverlaps(found);
    }

    private static void numeric(String text, LocalDate page, List<MentionedDate> found) {
        Map<String, NumericDates.Order> pageOrder = new HashMap<>();
        Map<String, EnumMap<NumericDates.Order, Integer>> seen = new HashMap<>();
        for (Pattern p : List.of(NUMERIC, RUSSIAN)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String sep = p == NUMERIC ? m.group(2) : "/-";
                NumericDates.Order o = NumericDates.orderOf(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(p == NUMERIC ? 3 : 2)));
                seen.computeIfAbsent(sep, k -> new EnumMap<>(NumericDates.Order.class)).merge(o, 1, Integer::sum);
            }
        }
        seen.forEach((sep, counts) -> {
            boolean day = counts.containsKey(NumericDates.Order.DAY_FIRST);
            boolean month = counts.containsKey(NumericDates.Order.MONTH_FIRST);
            pageOrder.put(sep, day == month ? NumericDates.Order.EITHER : day ? NumericDates.Order.DAY_FIRST : NumericDates.Order.MONTH_FIRST);
        });
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            NumericDates.Reading r = NumericDates.read(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.group(4), page,
                    pageOrder.get(m.group(2)));
            found.add(mention(text, m, r, 5));
        }
        m = RUSSIAN.matcher(text);
        while (m.find()) {
            NumericDates.Reading r = NumericDates.read(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), page,
                    pageOrder.get("/-"));
            found.add(mention(text, m, r, -1));
        }
    }

    private static MentionedDate mention(String text, Matcher m, NumericDates.Reading r, int clockGroup) {
        if (r.date().isEmpty()) return new MentionedDate(m.group(), m.start(), m.end(), Optional.empty(), r.problem());
        Optional<LocalTime> time = clockGroup < 0 ? Optional.empty() : clock(m, clockGroup);
        return new MentionedDate(m.group(), m.start(), m.end(), Optional.of(new PrintedDate(m.group(), r.date().get(), time)), Optional.empty());
    }

    private static MentionedDate day(String text, Matcher m, String year, String month, String day, int clockGroup) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), PrintedDates.month(month), Integer.parseInt(day));
            return read(m, new PrintedDate(m.group(), d, clock(m, clockGroup)));
        } catch (java.time.DateTimeException e) {
            return new MentionedDate(m.group(), m.start(), m.end(), Optional.empty(), Optional.of("not a calendar date"));
        }
    }

    /** "03:15 a.m." → 03:15; "6:50 p.m." → 18:50; "13:30 p.m." (as printed) → 13:30; "25.70" is no time. */
    private static Optional<LocalTime> clock(Matcher m, int group) {
        if (m.group(group) == null) return Optional.empty();
        int hour = Integer.parseInt(m.group(group));
        int minute = Integer.parseInt(m.group(group + 1));
        if ("p".equalsIgnoreCase(m.group(group + 2)) && hour < 12) hour += 12;
        if ("a".equalsIgnoreCase(m.group(group + 2)) && hour == 12) hour = 0;
        if (hour > 23 || minute > 59) return Optional.empty();
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static MentionedDate read(Matcher m, PrintedDate d) {
        return new MentionedDate(m.group(), m.start(), m.end(), Optional.of(d), Optional.empty());
    }

    /** The longest mention wins where two overlap ("8 October 1950" over "October 1950" and "8 October"). */
    private static List<MentionedDate> withoutOverlaps(List<MentionedDate> found) {
        found.sort(Comparator.comparingInt(MentionedDate::start).thenComparing(d -> -(d.end() - d.start())));
        List<MentionedDate> out = new ArrayList<>();
        int end = -1;
        for (MentionedDate d : found) {
            if (d.start() < end) continue;
            out.add(d);
            end = d.end();
        }
        return List.copyOf(out);
    }
}
