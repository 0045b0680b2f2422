package org.archivelod.record;

import java.util.Optional;

/**
 * A note the record marks as handwritten, e.g. the dispatch note on the 5 October 1950 letter;
 * {@code when} is the date and time it states, if it states one.
 */
public record HandwrittenNote(String text, int start, int end, int sourceLine, Optional<NoteTime> when) {
    /** A date-time stated in a note, with the words that state it. */
    public record NoteTime(java.time.LocalDateTime value, String asPrinted, int start, int end) {}
}
