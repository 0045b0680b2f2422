package org.archivelod.record;

/**
 * Square-bracketed words an editor or translator added to the text, e.g. {@code [Stalin]}, {@code [k bol'shoi voine]},
 * {@code [Handwritten]}; {@code start}/{@code end} are offsets of the brackets themselves in the document text.
 */
public record EditorialBracket(String content, int start, int end, Kind kind) {
    public enum Kind {
        /** Marks what follows, e.g. {@code [Handwritten]}. */
        MARKER,
        /** Identifies or glosses the words just before it, e.g. {@code Filippov [Stalin]}, {@code VCh [high-frequency phone]}. */
        GLOSS,
        /** Words the editor supplied, e.g. {@code [the possibility]}. */
        INSERTION
    }
}
