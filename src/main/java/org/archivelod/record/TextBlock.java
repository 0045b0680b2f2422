package org.archivelod.record;

/**
 * One block of a document's text (a header line, a paragraph, the closing date line, a handwritten note, a footnote),
 * with its place in the document text ({@code start} inclusive, {@code end} exclusive) and in the source file.
 */
public record TextBlock(Kind kind, String text, int start, int end, int sourceLine) {
    public enum Kind {
        /** A line that addresses the document: to, from, for information, distribution (see {@link HeaderLines}). */
        HEADER,
        /** A labelled header line that describes the document rather than addressing it: "Type:", "Subject:", "Betr.:". */
        HEADER_FIELD,
        PARAGRAPH, CLOSING_DATE, NOTE, FOOTNOTE
    }
}
