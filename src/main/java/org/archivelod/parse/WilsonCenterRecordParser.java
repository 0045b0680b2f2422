package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.EditorialBracket;
import org.archivelod.record.PrintedName;
import org.archivelod.record.SourceCitation;

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
        DocumentInformation di = page.information();
        Optional<SourceCitation> citation = di.source().map(s -> CitationParser.parse(s.text(), s.number()));
        TitleParts parts = TitleParts.of(page.title());

        List<String> missing = new ArrayList<>(page.missing());
        if (page.summary().isEmpty()) missing.add("summary");
        if (citation.isEmpty()) missing.add("source citation");
        if (di.rights().isEmpty()) missing.add("rights");
        if (di.uploaded().isEmpty()) missing.add("uploaded date");
        if (di.recordId().isEmpty()) missing.add("record id");
        if (parts.documentType().isEmpty()) missing.add("document type in title");

        List<EditorialBracket> brackets = EditorialBrackets.find(text.text(), footnotes.list());
        for (EditorialBracket b : brackets)
            if (b.kind() == EditorialBracket.Kind.FOOTNOTE_CALL && footnotes.list().stream().noneMatch(f -> f.marker().equals(b.content())))
                missing.add("footnote [" + b.content() + "]");

        List<PrintedName> parties = new ArrayList<>();
        for (String a : parts.senders()) parties.add(PrintedNames.of(PrintedName.Role.AUTHOR, a));
        for (String a : parts.addressees()) parties.add(PrintedNames.of(PrintedName.Role.ADDRESSEE, a));
        for (String a : parts.intermediaries()) parties.add(PrintedNames.of(PrintedName.Role.INTERMEDIARY, a));
        for (String a : parts.participants()) parties.add(PrintedNames.of(PrintedName.Role.PARTICIPANT, a));

        return new ArchiveRecord(source, page.date(), page.title(), parts.documentType(), parts.senders(), parts.addressees(),
                page.funders(), text.text(), footnotes.blocks(), brackets,
                text.notes(), text.closingDate(), page.summary(), citation, di.rights(), di.uploaded(), di.recordId(),
                List.copyOf(missing), parts.intermediaries(), parts.number(), List.copyOf(parties),
                DateMentions.find(text.text(), page.date()), footnotes.list(), page.layout(), di.type(), di.language(),
                text.headerLines());
    }
}
