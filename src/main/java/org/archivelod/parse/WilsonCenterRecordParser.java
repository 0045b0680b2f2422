package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.EditorialBracket;
import org.archivelod.record.HeaderLines;
import org.archivelod.record.PrintedName;
import org.archivelod.record.SourceCitation;
import org.archivelod.record.TextBlock;

/**
 * Reads the text of a Wilson Center Digital Archive record, in any of the archive's layouts (see {@link LayoutDetector}),
 * into an {@link ArchiveRecord}. What it cannot read it reports, in {@link ArchiveRecord#missing()} or as a
 * {@link RecordFormatException} with file and line; it never guesses.
 *
 * <pre>{@code
 * ArchiveRecord r = new WilsonCenterRecordParser().parse("x.txt", SourceText.lines("x.txt", bytes));
 * }</pre>
 */
public final class WilsonCenterRecordParser {

    /** Parses one record; {@code source} names it in messages. */
    public ArchiveRecord parse(String source, List<String> lines) throws RecordFormatException {
        PageParts page = LayoutDetector.readerFor(lines).read(source, lines);
        DocumentTextBuilder text = new DocumentTextBuilder(page.date());
        for (Line l : page.body()) text.add(l.text(), l.number());
        Footnotes footnotes = Footnotes.find(text.text(), text.blocks());
        InformationSection di = page.information();
        Optional<SourceCitation> citation = di.source().map(s -> CitationParser.parse(s.text(), s.number()));
        TitleParts parts = headingWhenTitleSaysNothing(TitleParts.of(page.title()), footnotes.blocks());

        List<String> missing = new ArrayList<>(page.missing());
        if (page.summary().isEmpty()) missing.add("summary");
        if (citation.isEmpty()) missing.add("source citation");
        if (di.rights().isEmpty()) missing.add("rights");
        if (di.uploaded().isEmpty()) missing.add("uploaded date");
        if (di.recordId().isEmpty()) missing.add("record id");
        Optional<String> documentType = documentType(parts, page.title(), text.headerLines(), di.type(), footnotes.blocks());
        if (documentType.isEmpty()) missing.add("document type");

        List<EditorialBracket> brackets = EditorialBrackets.find(text.text(), footnotes.list());
        for (EditorialBracket b : brackets)
            if (b.kind() == EditorialBracket.Kind.FOOTNOTE_CALL && footnotes.list().stream().noneMatch(f -> f.marker().equals(b.content())))
                missing.add("footnote [" + b.content() + "]");

        List<PrintedName> parties = new ArrayList<>();
        for (String a : parts.senders()) parties.add(PrintedNames.of(PrintedName.Role.AUTHOR, a));
        for (String a : parts.addressees()) parties.add(PrintedNames.of(PrintedName.Role.ADDRESSEE, a));
        for (String a : parts.intermediaries()) parties.add(PrintedNames.of(PrintedName.Role.INTERMEDIARY, a));
        for (String a : parts.participants()) parties.add(PrintedNames.of(PrintedName.Role.PARTICIPANT, a));

        return ArchiveRecord.builder(source, page.layout())
                .date(page.date()).title(page.title()).documentType(documentType).documentNumber(parts.number())
                .authors(parts.senders()).addressees(parts.addressees()).intermediaries(parts.intermediaries())
                .parties(List.copyOf(parties)).summary(page.summary()).funders(page.funders())
                .text(text.text()).blocks(footnotes.blocks()).headerLines(text.headerLines()).brackets(brackets)
                .notes(text.notes()).footnotes(footnotes.list()).closingDate(text.closingDate())
                .mentionedDates(DateMentions.find(text.text(), page.date()))
                .citation(citation).rights(di.rights()).uploaded(di.uploaded()).recordId(di.recordId())
                .recordType(di.type()).language(di.language())
                .missing(List.copyOf(missing))
                .build();
    }

    /**
     * A page whose title names no kind and no party ("Documents Concerning Conversations in Moscow …") may open its text
     * with the heading of the document it carries: "Memorandum from Carlos Rafael Rodriguez to Commander Raúl Castro,
     * re: Sending of Documents". That heading, a single line that reads as a title with a kind and a sender, gives the
     * kind and the parties; nothing else in the text does.
     */
    private static TitleParts headingWhenTitleSaysNothing(TitleParts parts, List<TextBlock> blocks) {
        boolean silent = parts.documentType().isEmpty() && parts.senders().isEmpty() && parts.addressees().isEmpty()
                && parts.participants().isEmpty();
        if (!silent || blocks.isEmpty()) return parts;
        TextBlock first = blocks.get(0);
        if (first.text().contains("\n") || first.text().length() > 250) return parts;
        TitleParts heading = TitleParts.of(first.text().strip());
        return heading.documentType().isPresent() && !heading.senders().isEmpty() ? heading : parts;
    }

    /** How many blocks at the head of the text may hold a heading that states the kind ("(Speech given by …)"). */
    private static final int HEADING_BLOCKS = 5;

    /**
     * The kind of document as the page states it, first where the title states it (the title's leading kind when it
     * is one of the document types, else wherever {@link DocumentTypes#inTitle} finds it), then a "Type:" line of the
     * text, then the "Type" field of Document Information, then a heading at the head of the text.
     */
    private static Optional<String> documentType(TitleParts parts, String title, HeaderLines header, Optional<String> recordType,
                                                 List<TextBlock> blocks) {
        Optional<String> type = parts.documentType().flatMap(DocumentTypes::fromTypeLine).or(() -> DocumentTypes.inTitle(title));
        for (HeaderLines.HeaderLine line : header.type()) type = type.or(() -> DocumentTypes.fromTypeLine(line.value()));
        type = type.or(() -> recordType.flatMap(DocumentTypes::fromTypeLine));
        for (int i = 0; i < Math.min(HEADING_BLOCKS, blocks.size()) && type.isEmpty(); i++) type = DocumentTypes.inHeading(blocks.get(i).text());
        return type;
    }
}
