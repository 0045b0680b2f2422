package org.archivelod.record;

import java.util.Optional;

/**
 * A numbered or lettered note printed after the document text ({@code [1] Poland's ambassador…}, {@code x/ Pseudonym
 * I.V. Stalin.}): its marker without brackets ("1", "x/"), its text, its offsets in {@link RecordBody#text}, and
 * where in the text the marker calls it ({@code [1]}, {@code JELEN1}, {@code Filippov [Stalin].x/}), if found.
 */
public record Footnote(String marker, String text, int start, int end, Optional<Integer> calledAt) {}
