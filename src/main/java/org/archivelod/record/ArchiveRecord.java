package org.archivelod.record;

import java.util.List;
import java.util.Optional;

/**
 * One archival record as the archive publishes it: what the page says, nothing inferred.
 * Offsets in {@link #blocks}, {@link #brackets} and {@link #notes} count in {@link #text}.
 *
 * @param source      where the record was read from (a file name), for messages and provenance
 * @param date        the document's date as printed at the top of the page
 * @param title       the title as printed
 * @param documentType the kind of document the page states, lower case as a label of the document types ("letter",
 *                    "ciphered telegram", "record of meeting"): from the title, else a "Type:" line, the "Type" field
 *                    or a heading ("(Speech given by …)"); never guessed from what the text says
 * @param authors     authors as printed in the title ("Cde. Filippov [Stalin]")
 * @param addressees  addressees as printed in the title ("Mao Zedong")
 * @param funders     funders named in "made possible with support from" lines
 * @param text        the document text: header lines, paragraphs, closing date, notes, separated by blank lines
 * @param closingDate the date line at the end of the text, if any
 * @param summary     the archive's summary
 * @param citation    the source paragraph of "Document Information"
 * @param rights      the rights statement as printed
 * @param uploaded    "Original Uploaded Date", when filled
 * @param recordId    "Record ID", when filled
 * @param missing     fields the record does not have, for reports (e.g. "summary", "record id")
 * @param intermediaries parties the title names as go-betweens, as printed ("Zakharov" in "to Zhou Enlai via
 *                    Zakharov"; "Mao Zedong" in "to Krasovsky, for Mao Zedong")
 * @param documentNumber the number the title gives the document ("2220" in "Cable No. 2220, …")
 * @param parties     the title's authors, addressees, intermediaries and conversation participants taken apart
 *                    (honorific, name, glosses)
 * @param mentionedDates dates the text mentions, in order, apart from the page's {@link #date}
 * @param footnotes   notes printed after the document text, with the place their marker calls them
 * @param layout      the page layout the record was read in
 * @param recordType  the "Type" value of labelled Document Information ("Telegram"), when filled
 * @param language    the original language as the page states it ("Language" or "Original Language:"), when filled
 * @param headerLines the text's header lines by what they state (to, from, type, subject, FYI, distribution), values
 *                    as printed with their offsets in {@link #text}
 */
public record ArchiveRecord(
        String source,
        PrintedDate date,
        String title,
        Optional<String> documentType,
        List<String> authors,
        List<String> addressees,
        List<String> funders,
        String text,
        List<TextBlock> blocks,
        List<EditorialBracket> brackets,
        List<HandwrittenNote> notes,
        Optional<PrintedDate> closingDate,
        Optional<String> summary,
        Optional<SourceCitation> citation,
        Optional<String> rights,
        Optional<String> uploaded,
        Optional<String> recordId,
        List<String> missing,
        List<String> intermediaries,
        Optional<String> documentNumber,
        List<PrintedName> parties,
        List<MentionedDate> mentionedDates,
        List<Footnote> footnotes,
        PageLayout layout,
        Optional<String> recordType,
        Optional<String> language,
        HeaderLines headerLines) {
}
