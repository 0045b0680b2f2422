package org.archivelod.parse;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.PrintedDate;

/**
 * Finds the time a note states, e.g. "at 23 hours, 5 October" or "at 23.00 5.10": a day and month without a year
 * take the year of the document's date (the note is written on the document).
 */
final class NoteTimes {
    private static final Pattern AT_TIME = Pattern.compile(
            "\\bat (\\d{1,2})(?: hours|[.:](\\d{2}))(?:,?\\s+(?:on\\s+)?(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+(\\d{4}))?)?");

    record Found(LocalDateTime value, String asPrinted, int start, int end) {}

    private NoteTimes() {}

    static Optional<Found> find(String note, PrintedDate documentDate) {
        Matcher m = AT_TIME.matcher(note);
        if (!m.find() || m.group(3) == null) return Optional.empty();
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int year = m.group(5) != null ? Integer.parseInt(m.group(5)) : documentDate.firstDay().getYear();
        try {
            LocalDateTime when = LocalDateTime.of(year, PrintedDates.month(m.group(4)), Integer.parseInt(m.group(3)), hour, minute);
            int start = m.start() + 3;  // after "at "
            return Optional.of(new Found(when, note.substring(start, m.end()), start, m.end()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
