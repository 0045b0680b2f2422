package org.archivelod.search;

import java.util.List;

/** A passage of a field that matched a search, as runs of text of which some are the words that matched. */
public record Snippet(String field, List<Run> runs) {
    /** A run of text; {@code match} for the words the query found. */
    public record Run(String text, boolean match) {}

    /** The passage as plain text. */
    public String text() {
        return String.join("", runs.stream().map(Run::text).toList());
    }
}
