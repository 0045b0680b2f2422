package org.archivelod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.record.PageLayout;
import org.archivelod.record.PrintedDate;

/**
 * Reads the archive's PDF export as text, where the parts run together on one line: "Digital Archive
 * digitalarchive.wilsoncenter.org International History Declassified <date> <title> Citation: … Summary: …
 * Original Language: … Contents: … <body>". The record id is taken from the record address in the citation
 * ({@code …/document/111244}).
 */
final class PdfExportReader implements LayoutReader {
    private static final String BANNER = "Digital Archive digitalarchive.wilsoncenter.org International History Declassified";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern HEAD = Pattern.compile("^" + Pattern.quote(BANNER) + "\\s+(" + MONTH
            + "\\s+\\d{1,2},\\s*\\d{4})\\s+(.+?)\\s+Citation:\\s+(.+?)\\s+Summary:\\s+(.+?)"
            + "(?:\\s+Original Language:\\s+(.+?))?\\s+Contents:\\s+(" + "(?:(?:\\p{L}+ (?:Translation|Transcription)"
            + "|Scan of Original Document|Original Scan|Translation|Transcription)\\s*)+" + ")(.*)$");
    private static final Pattern RECORD_ADDRESS = Pattern.compile("\\s*https?://digitalarchive\\.wilsoncenter\\.org/document/(\\d+)\\S*");

    static boolean isExport(String firstLine) {
        return firstLine.startsWith(BANNER) && firstLine.contains(" Citation: ");
    }

    @Override
    public PageParts read(String source, List<String> lines) throws RecordFormatException {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        final int headLine = first + 1;
        String head = lines.get(first).strip();
        Matcher m = HEAD.matcher(head);
        if (!m.matches()) throw new RecordFormatException(source, first + 1,
                "expected the PDF export's run of date, title, 'Citation:', 'Summary:' and 'Contents:', got '" + Texts.abbreviate(head) + "'");
        PrintedDate date = PrintedDates.parseLine(m.group(1)).orElseThrow(() -> new RecordFormatException(source, 1,
                "not a date: '" + m.group(1) + "'"));
        String citationText = m.group(3);
        Optional<String> recordId = Optional.empty();
        Matcher address = RECORD_ADDRESS.matcher(citationText);
        if (address.find()) {
            recordId = Optional.of(address.group(1));
            citationText = (citationText.substring(0, address.start()) + citationText.substring(address.end())).strip();
        }
        Optional<QuotedCitation> quoted = QuotedCitation.parse(citationText);
        List<String> missing = new ArrayList<>();
        Optional<Line> citationSource = quoted.map(q -> new Line(q.source(), headLine));
        if (quoted.isEmpty()) missing.add("source citation (the export's citation is not in the archive's quoted form)");
        List<Line> body = new ArrayList<>();
        if (!m.group(7).isBlank()) body.add(new Line(m.group(7).strip(), first + 1));
        for (int i = first + 1; i < lines.size(); i++) if (!lines.get(i).isBlank()) body.add(new Line(lines.get(i).strip(), i + 1));
        if (body.isEmpty()) throw new RecordFormatException(source, first + 1, "the record has no document text after 'Contents:'");
        InformationSection di = new InformationSection(citationSource, Optional.empty(), Optional.empty(), recordId,
                Optional.empty(), Optional.ofNullable(m.group(5)).map(String::strip));
        return new PageParts(PageLayout.PDF_EXPORT, date, m.group(2).strip(), first + 1, List.of(), List.copyOf(body),
                Optional.of(m.group(4).strip()), di, missing);
    }
}
