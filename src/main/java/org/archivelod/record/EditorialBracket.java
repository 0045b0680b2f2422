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
        INSERTION,
        /** The editor's "as printed" mark: {@code [sic]}, {@code [ponablyusti – SIC]}. */
        SIC,
        /** An editor's note: {@code [Ed. note: …]}, {@code [Sino-Albanian relations were established …—ed.]}. */
        EDITOR_NOTE,
        /** A translator's note: {@code [Translator's note: …]}. */
        TRANSLATOR_NOTE,
        /** A stamp on the original, transcribed: {@code [stamp: Incoming Nº 1397]}, {@code [Stamp: "Declassified …"]}. */
        STAMP,
        /** Handwriting on the original, transcribed: {@code [handwritten: to Cde. Poskrebyshev]}. */
        HANDWRITTEN,
        /** A footnote call: {@code [1]}. */
        FOOTNOTE_CALL
    }
}
