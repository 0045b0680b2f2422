package org.archivelod.serve;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A timeline drawn on the server as SVG (the template {@code timeline-svg.mustache} writes it, escaping every text):
 * a time axis with ticks chosen for the span shown (hours, days, months or years), documents as squares and
 * events as circles, each linked to its page, their labels stacked in lanes so that none overlap.
 */
public record TimelineSvg(String id, String title, String desc, int width, int height, int axisY, int axisStart,
        int axisEnd, List<Tick> ticks, List<Mark> marks) {
    private static final int MARGIN = 24;
    private static final int LANE = 22;
    private static final double CHAR_WIDTH = 6.6;
    private static final int MAX_LABEL = 56;

    /** Something on the timeline. */
    public record Item(String label, String href, LocalDateTime when, String dateLabel, boolean document) {}

    /** A tick of the axis. */
    public record Tick(int x, String label) {}

    /** An item placed: its marker at {@code x} on lane {@code y}, its label after it. */
    public record Mark(int x, int y, int labelX, String label, String fullLabel, String href, String dateLabel,
            boolean document, int square, boolean leftward) {}

    public boolean empty() {
        return marks.isEmpty();
    }

    /** Lays out {@code items} in an SVG {@code width} pixels wide. */
    public static TimelineSvg layout(String id, String title, int width, List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::when).thenComparing(Item::label));
        int axisY = 34;
        if (sorted.isEmpty()) {
            return new TimelineSvg(id, title, "Nothing dated.", width, axisY + 20, axisY, MARGIN, width - MARGIN, List.of(), List.of());
        }
        LocalDateTime first = sorted.get(0).when();
        LocalDateTime last = sorted.get(sorted.size() - 1).when();
        Duration span = Duration.between(first, last);
        Duration pad = span.compareTo(Duration.ofDays(2)) < 0 ? Duration.ofHours(12) : span.dividedBy(12);
        LocalDateTime from = first.minus(pad);
        LocalDateTime to = last.plus(pad);
        Scale scale = new Scale(from, to, MARGIN, width - MARGIN);

        List<Mark> marks = new ArrayList<>();
        List<Integer> laneEnds = new ArrayList<>();
        for (Item item : sorted) {
            int x = scale.x(item.when());
            String label = item.label().length() > MAX_LABEL ? item.label().substring(0, MAX_LABEL - 1) + "…" : item.label();
            int labelWidth = (int) Math.ceil(label.length() * CHAR_WIDTH) + 14;
            boolean leftward = x + labelWidth > width - 4;
            int start = leftward ? x - labelWidth : x;
            int end = leftward ? x : x + labelWidth;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > start - 6) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(end);
            } else {
                laneEnds.set(lane, end);
            }
            int y = axisY + 26 + lane * LANE;
            int labelX = leftward ? x - 9 : x + 9;
            marks.add(new Mark(x, y, labelX, label, item.label(), item.href(), item.dateLabel(), item.document(), x - 5, leftward));
        }
        int height = axisY + 26 + laneEnds.size() * LANE;
        String desc = sorted.size() + " dated items from " + sorted.get(0).dateLabel() + " to "
                + sorted.get(sorted.size() - 1).dateLabel() + ".";
        return new TimelineSvg(id, title, desc, width, height, axisY, MARGIN, width - MARGIN, ticks(scale), marks);
    }

    /** Maps a time to its x position between {@code left} and {@code right}. */
    public record Scale(LocalDateTime from, LocalDateTime to, int left, int right) {
        int x(LocalDateTime t) {
            double total = Duration.between(from, to).toMinutes();
            double at = Duration.between(from, t).toMinutes();
            return (int) Math.round(left + (right - left) * (total == 0 ? 0.5 : at / total));
        }
    }

    private static List<Tick> ticks(Scale s) {
        long hours = Duration.between(s.from(), s.to()).toHours();
        List<Tick> ticks = new ArrayList<>();
        if (hours <= 72) {
            int step = hours <= 30 ? 3 : 6;
            LocalDateTime t = s.from().truncatedTo(ChronoUnit.HOURS);
            for (; !t.isAfter(s.to()); t = t.plusHours(1)) {
                if (!t.isBefore(s.from()) && t.getHour() % step == 0) {
                    String f = t.getHour() == 0 ? "d MMM" : "HH:mm";
                    ticks.add(new Tick(s.x(t), DateTimeFormatter.ofPattern(f, Locale.ENGLISH).format(t)));
                }
            }
        } else if (hours <= 24 * 75) {
            long days = hours / 24;
            int step = (int) Math.max(1, Math.ceil(days / 10.0));
            LocalDateTime t = s.from().truncatedTo(ChronoUnit.DAYS).plusDays(1);
            for (int i = 0; !t.isAfter(s.to()); t = t.plusDays(1), i++) {
                if (i % step == 0) {
                    ticks.add(new Tick(s.x(t), DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(t)));
                }
            }
        } else if (hours <= 24 * 365 * 4) {
            long months = hours / (24 * 30);
            int step = (int) Math.max(1, Math.ceil(months / 10.0));
            LocalDateTime t = s.from().toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            for (int i = 0; !t.isAfter(s.to()); t = t.plusMonths(1), i++) {
                if (i % step == 0) {
                    ticks.add(new Tick(s.x(t), DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH).format(t)));
                }
            }
        } else {
            long years = hours / (24 * 365);
            int step = (int) Math.max(1, Math.ceil(years / 10.0));
            LocalDateTime t = s.from().toLocalDate().withDayOfYear(1).plusYears(1).atStartOfDay();
            for (; !t.isAfter(s.to()); t = t.plusYears(1)) {
                if (t.getYear() % step == 0) {
                    ticks.add(new Tick(s.x(t), String.valueOf(t.getYear())));
                }
            }
        }
        return ticks;
    }
}
