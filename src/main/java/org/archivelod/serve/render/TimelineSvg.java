package org.archivelod.serve.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A timeline drawn on the server as SVG (the template {@code timeline-svg.mustache} writes it, escaping every text):
 * a calendar axis whose unit (days, months or years) follows the span of the items, with the years always written
 * on it; documents as squares and events as circles, each linked to its page, placed by their day (a letter dated
 * 5 October 1950 is a mark on that day, never a point at midnight), a date of a month or a year also drawn as a bar
 * over its span. Labels are stacked in lanes so that none overlap, set on the side with room, and cut with "…" where
 * even that is too narrow (the full text is in the mark's tooltip), so that every label lies inside the picture.
 */
public record TimelineSvg(String id, String title, String desc, String unit, int width, int height, int axisY,
        int axisStart, int axisEnd, List<Tick> ticks, List<Tick> years, List<Mark> marks) {
    static final double FONT = 12;
    private static final int MARGIN = 24;
    private static final int LANE = 22;
    private static final int AXIS_Y = 46;

    /** Something on the timeline, from {@code when} to {@code until} (the same for a day or a moment). */
    public record Item(String label, String href, LocalDateTime when, LocalDateTime until, String dateLabel, boolean document) {
        /** Something dated to a day, or a moment (drawn on its day). */
        public Item(String label, String href, LocalDateTime when, String dateLabel, boolean document) {
            this(label, href, when, when, dateLabel, document);
        }

        LocalDate firstDay() {
            return when.toLocalDate();
        }

        LocalDate lastDay() {
            return until.isAfter(when) ? until.minusNanos(1).toLocalDate() : when.toLocalDate();
        }
    }

    /** A tick of the axis, or a year written above it; its label set by {@code anchor} so that it stays inside. */
    public record Tick(int x, String label, String anchor, int labelX) {}

    /** An item placed: its marker at {@code x} on lane {@code y}, its label beside it, a bar over its span if any. */
    public record Mark(int x, int y, int labelX, String label, String fullLabel, String href, String dateLabel,
            boolean document, int square, boolean leftward, boolean ranged, int rangeX, int rangeWidth) {}

    public boolean empty() {
        return marks.isEmpty();
    }

    /** Lays out {@code items} in an SVG {@code width} pixels wide. */
    public static TimelineSvg layout(String id, String title, int width, List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::when).thenComparing(Item::label));
        if (sorted.isEmpty()) {
            return new TimelineSvg(id, title, "Nothing dated.", "days", width, AXIS_Y + 20, AXIS_Y, MARGIN, width - MARGIN,
                    List.of(), List.of(), List.of());
        }
        LocalDate first = sorted.stream().map(Item::firstDay).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = sorted.stream().map(Item::lastDay).max(Comparator.naturalOrder()).orElseThrow();
        CalendarAxis axis = CalendarAxis.spanning(first, last, MARGIN, width - MARGIN);

        List<Mark> marks = new ArrayList<>();
        List<Integer> laneEnds = new ArrayList<>();
        for (Item item : sorted) {
            marks.add(place(item, axis, width, laneEnds));
        }
        int height = AXIS_Y + 26 + laneEnds.size() * LANE;
        String desc = sorted.size() + " dated items from " + sorted.get(0).dateLabel() + " to "
                + sorted.get(sorted.size() - 1).dateLabel() + ", on an axis of " + axis.unit().word + ".";
        return new TimelineSvg(id, title, desc, axis.unit().word, width, height, AXIS_Y, MARGIN, width - MARGIN,
                inside(axis.ticks(), width), inside(axis.years(), width), marks);
    }

    /** The item's mark on the first lane where its label fits, the label on the side with room and cut to fit. */
    private static Mark place(Item item, CalendarAxis axis, int width, List<Integer> laneEnds) {
        double from = axis.x(item.firstDay());
        double to = axis.x(item.lastDay().plusDays(1));
        boolean ranged = item.lastDay().isAfter(item.firstDay()) && to - from >= 4;
        int x = (int) Math.round(ranged ? (from + to) / 2 : axis.centre(item.firstDay()));
        double right = width - 4 - (x + 9);
        double left = x - 9 - 4;
        double full = TextWidths.of(item.label(), FONT);
        boolean leftward = full > right && left > right;
        String label = TextWidths.fit(item.label(), leftward ? left : right, FONT);
        int labelWidth = (int) Math.ceil(TextWidths.of(label, FONT)) + 14;
        int start = leftward ? x - labelWidth : x - 6;
        int end = leftward ? x + 6 : x + labelWidth;
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.get(lane) > start - 6) {
            lane++;
        }
        if (lane == laneEnds.size()) {
            laneEnds.add(end);
        } else {
            laneEnds.set(lane, end);
        }
        int y = AXIS_Y + 26 + lane * LANE;
        return new Mark(x, y, leftward ? x - 9 : x + 9, label, item.label(), item.href(), item.dateLabel(), item.document(),
                x - 5, leftward, ranged, (int) Math.round(from), (int) Math.max(4, Math.round(to - from)));
    }

    /** The ticks with their labels anchored so that none runs past either edge. */
    private static List<Tick> inside(List<CalendarAxis.At> at, int width) {
        List<Tick> ticks = new ArrayList<>();
        for (CalendarAxis.At a : at) {
            double half = TextWidths.of(a.label(), FONT) / 2;
            String anchor = a.x() - half < 2 ? "start" : a.x() + half > width - 2 ? "end" : "middle";
            int labelX = anchor.equals("start") ? Math.max(2, a.x() - 4) : anchor.equals("end") ? Math.min(width - 2, a.x() + 4) : a.x();
            ticks.add(new Tick(a.x(), a.label(), anchor, labelX));
        }
        return ticks;
    }

    /** Days from one date to the other. */
    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
