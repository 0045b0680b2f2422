package org.archivelod.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One archival record as the archive publishes it: what the page says, nothing inferred, grouped by where the page
 * holds it: its {@link RecordHeading heading}, its {@link RecordBody document text} and its
 * {@link DocumentInformation Document Information}.
 *
 * <pre>{@code
 * ArchiveRecord r = ArchiveRecord.builder("x.txt", PageLayout.PAGE)
 *         .date(date).title("Letter from Mao Zedong to Stalin").text("Dear Comrade Stalin, …")
 *         .build();
 * }</pre>
 *
 * @param source      where the record was read from (a file name), for messages and provenance
 * @param layout      the page layout the record was read in
 * @param heading     the head of the page: date, title, what the title says, summary, credits
 * @param body        the document text and what is read in it
 * @param information the Document Information section
 * @param missing     fields the record does not have, for reports (e.g. "summary", "record id")
 */
public record ArchiveRecord(
        String source,
        PageLayout layout,
        RecordHeading heading,
        RecordBody body,
        DocumentInformation information,
        List<String> missing) {

    /** A builder for a record read from {@code source} in {@code layout}; every value not set is empty. */
    public static Builder builder(String source, PageLayout layout) {
        return new Builder(source, layout);
    }

    /** Sets a record's values by name; lists and optionals left unset are empty, the text is empty. */
    public static final class Builder {
        private final String source;
        private final PageLayout layout;
        private PrintedDate date;
        private String title;
        private Optional<String> documentType = Optional.empty();
        private Optional<String> documentNumber = Optional.empty();
        private List<String> authors = List.of();
        private List<String> addressees = List.of();
        private List<String> intermediaries = List.of();
        private List<PrintedName> parties = List.of();
        private Optional<String> summary = Optional.empty();
        private List<String> funders = List.of();
        private String text = "";
        private List<TextBlock> blocks = List.of();
        private HeaderLines headerLines = HeaderLines.NONE;
        private List<EditorialBracket> brackets = List.of();
        private List<HandwrittenNote> notes = List.of();
        private List<Footnote> footnotes = List.of();
        private Optional<PrintedDate> closingDate = Optional.empty();
        private List<MentionedDate> mentionedDates = List.of();
        private Optional<SourceCitation> citation = Optional.empty();
        private Optional<String> rights = Optional.empty();
        private Optional<String> uploaded = Optional.empty();
        private Optional<String> recordId = Optional.empty();
        private Optional<String> recordType = Optional.empty();
        private Optional<String> language = Optional.empty();
        private List<String> missing = List.of();

        private Builder(String source, PageLayout layout) {
            this.source = Objects.requireNonNull(source, "source");
            this.layout = Objects.requireNonNull(layout, "layout");
        }

        public Builder date(PrintedDate v) { date = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder documentType(Optional<String> v) { documentType = v; return this; }
        public Builder documentNumber(Optional<String> v) { documentNumber = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        public Builder addressees(List<String> v) { addressees = v; return this; }
        public Builder intermediaries(List<String> v) { intermediaries = v; return this; }
        public Builder parties(List<PrintedName> v) { parties = v; return this; }
        public Builder summary(Optional<String> v) { summary = v; return this; }
        public Builder funders(List<String> v) { funders = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder blocks(List<TextBlock> v) { blocks = v; return this; }
        public Builder headerLines(HeaderLines v) { headerLines = v; return this; }
        public Builder brackets(List<EditorialBracket> v) { brackets = v; return this; }
        public Builder notes(List<HandwrittenNote> v) { notes = v; return this; }
        public Builder footnotes(List<Footnote> v) { footnotes = v; return this; }
        public Builder closingDate(Optional<PrintedDate> v) { closingDate = v; return this; }
        public Builder mentionedDates(List<MentionedDate> v) { mentionedDates = v; return this; }
        public Builder citation(Optional<SourceCitation> v) { citation = v; return this; }
        public Builder rights(Optional<String> v) { rights = v; return this; }
        public Builder uploaded(Optional<String> v) { uploaded = v; return this; }
        public Builder recordId(Optional<String> v) { recordId = v; return this; }
        public Builder recordType(Optional<String> v) { recordType = v; return this; }
        public Builder language(Optional<String> v) { language = v; return this; }
        public Builder missing(List<String> v) { missing = v; return this; }

        /** The record; the date and the title must have been set. */
        public ArchiveRecord build() {
            RecordHeading heading = new RecordHeading(Objects.requireNonNull(date, "date"), Objects.requireNonNull(title, "title"),
                    documentType, documentNumber, authors, addressees, intermediaries, parties, summary, funders);
            RecordBody body = new RecordBody(text, blocks, headerLines, brackets, notes, footnotes, closingDate, mentionedDates);
            DocumentInformation information = new DocumentInformation(citation, rights, uploaded, recordId, recordType, language);
            return new ArchiveRecord(source, layout, heading, body, information, missing);
        }
    }
}
