package org.archivelod.record;

import java.util.Optional;

/**
 * A date the document text mentions (a dispatch time, a date in a directive, a closing date), kept apart from the
 * page's own date: the words as printed, their offsets in {@link RecordBody#text}, and what they state when that
 * can be read without guessing. When it cannot (no year printed, day and month in either order), {@code date} is
 * empty and {@code problem} says why.
 */
public record MentionedDate(String asPrinted, int start, int end, Optional<PrintedDate> date, Optional<String> problem) {}
