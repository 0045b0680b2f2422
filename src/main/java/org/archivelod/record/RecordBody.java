package org.archivelod.record;

import java.util.List;
import java.util.Optional;

/**
 * The document text of a record page and what is read in it. Offsets in {@link #blocks}, {@link #brackets},
 * {@link #notes}, {@link #footnotes}, {@link #mentionedDates} and {@link #headerLines} count in {@link #text}.
 *
 * @param text           the document text: header lines, paragraphs, closing date, notes, separated by blank lines
 * @param blocks         the text's blocks (paragraphs, header lines, notes) with their offsets
 * @param headerLines    the text's header lines by what they state (to, from, type, subject, FYI, distribution),
 *                       values as printed
 * @param brackets       editorial brackets in the text
 * @param notes          handwritten notes the text reports
 * @param footnotes      notes printed after the document text, with the place their marker calls them
 * @param closingDate    the date line at the end of the text, if any
 * @param mentionedDates dates the text mentions, in order, apart from the page's date
 */
public record RecordBody(
        String text,
        List<TextBlock> blocks,
        HeaderLines headerLines,
        List<EditorialBracket> brackets,
        List<HandwrittenNote> notes,
        List<Footnote> footnotes,
        Optional<PrintedDate> closingDate,
        List<MentionedDate> mentionedDates) {
}
