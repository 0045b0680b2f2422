package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.HeaderLines;
import org.archivelod.record.HeaderLines.HeaderLine;
import org.archivelod.record.TextBlock;
import org.junit.jupiter.api.Test;

/**
 * Header lines of a document's text, kept by what they state with their printed values and offsets, in fixtures that
 * reproduce records2/207, 208, 013 (telegram headers) and 215, 202, 012 (subject and address lines).
 */
class HeaderLinesTest {
    private static List<String> values(List<HeaderLine> lines) {
        return lines.stream().map(HeaderLine::value).toList();
    }

    private static void assertOffsets(ArchiveRecord r) {
        HeaderLines h = r.body().headerLines();
        for (List<HeaderLine> field : List.of(h.to(), h.from(), h.type(), h.subject(), h.fyi(), h.distribution()))
            for (HeaderLine l : field) assertEquals(l.value(), r.body().text().substring(l.start(), l.end()));
    }

    private static TextBlock.Kind kindOf(ArchiveRecord r, String startOfBlock) {
        return r.body().blocks().stream().filter(b -> b.text().startsWith(startOfBlock)).findFirst().orElseThrow().kind();
    }

    @Test
    void telegramHeader_fromWithDotLeaders_fyi_bracketedTo_type_subject_distribution() throws Exception {
        ArchiveRecord r = LayoutVariantsTest.parse("header-lines-telegram");
        HeaderLines h = r.body().headerLines();
        assertEquals(List.of("Fixtureville……dispatched on 2.6.53 at 7:10 hours……..received 3.6.53 at 9:00 hours"), values(h.from()));
        assertEquals("From…", h.from().get(0).label());
        assertEquals(List.of("Sidorov, Kuznetsov, Popov"), values(h.fyi()));
        assertEquals(List.of("The Ministry of Foreign Affairs", "Comrade POPOV"), values(h.to()),
                "'To Cde. Sidorov. Your request…' is a sentence of the text, not an address line");
        assertEquals("[To]", h.to().get(0).label());
        assertEquals(List.of("Ciphered telegram"), values(h.type()));
        assertEquals(List.of("the fixture delegation's visit"), values(h.subject()));
        assertEquals(List.of("3 copies: Ivanov - 1, Sidorov - 1, file - 1", "Ivanov (2), Sidorov"), values(h.distribution()));
        assertEquals(TextBlock.Kind.HEADER, kindOf(r, "FYI:"));
        assertEquals(TextBlock.Kind.HEADER_FIELD, kindOf(r, "Type:"));
        assertEquals(TextBlock.Kind.HEADER_FIELD, kindOf(r, "Subject:"));
        assertEquals(TextBlock.Kind.PARAGRAPH, kindOf(r, "To Cde. Sidorov."));
        assertTrue(r.body().text().contains("Comrade POPOV"));
        assertEquals(TextBlock.Kind.PARAGRAPH, kindOf(r, "Ivanov"), "an unlabelled name is not guessed to be the addressee");
        assertEquals(6, h.from().get(0).sourceLine());
        assertOffsets(r);
    }

    @Test
    void memo_germanSubjectLine_addressLines_headingsAndSentencesAreNoHeaderLines() throws Exception {
        ArchiveRecord r = LayoutVariantsTest.parse("header-lines-memo");
        HeaderLines h = r.body().headerLines();
        assertEquals(List.of("Gespräch des Herrn Ministers mit dem Botschafter am 10. Juni 1953[1]"), values(h.subject()));
        assertEquals("Betr.:", h.subject().get(0).label());
        assertEquals(List.of("the Ministry of Foreign Affairs", "Comrade Ann Example"), values(h.to()));
        assertEquals(List.of(), values(h.from()), "'From the Diary of …' is a heading, not a sender");
        assertEquals(TextBlock.Kind.PARAGRAPH, kindOf(r, "From the Diary of"));
        assertEquals(TextBlock.Kind.PARAGRAPH, kindOf(r, "For the information of the Ambassador"));
        assertTrue(r.body().blocks().stream().anyMatch(b -> b.kind() == TextBlock.Kind.FOOTNOTE));
        assertOffsets(r);
    }

    @Test
    void draftingOfficeLines_inTheHeadOnly() {
        assertEquals("Second Asia Division", office("Second Asia Division"));
        assertEquals("AL 2", office("AL 2 Bonn, 10. Juni 1991"));
        assertEquals("Ref. 212", office("Ref. 212 Bonn, den 3.5.1990"));
        assertTrue(HeaderLineReader.read("Second Asia Division", false).isEmpty(), "after the first paragraph");
        assertTrue(HeaderLineReader.read("The Division", true).isEmpty());
        assertTrue(HeaderLineReader.read("We informed the Department", true).isEmpty());
        assertTrue(HeaderLineReader.read("Bonn, 10. Juni 1991", true).isEmpty(), "a place and date name no office");
    }

    private static String office(String line) {
        HeaderLineReader.Found found = HeaderLineReader.read(line, true).orElseThrow();
        assertEquals(HeaderLineReader.Field.OFFICE, found.field());
        return line.substring(found.valueStart(), found.valueEnd());
    }

    @Test
    void headerLineReader_labelsAnywhere_addressesOnlyInTheHead() {
        assertTrue(HeaderLineReader.read("Subject: Visit", false).isPresent());
        assertTrue(HeaderLineReader.read("To Comrade Ann Example", true).isPresent());
        assertTrue(HeaderLineReader.read("To Comrade Ann Example", false).isEmpty(), "after the first paragraph");
        assertTrue(HeaderLineReader.read("From the Journal of A. B. Petrov", true).isEmpty());
        assertTrue(HeaderLineReader.read("FROM THE JOURNAL", true).isEmpty());
        assertTrue(HeaderLineReader.read("To transmit the following to the Chinese side.", true).isEmpty());
        assertTrue(HeaderLineReader.read("FOR OFFICIAL USE ONLY", true).isEmpty());
        assertTrue(HeaderLineReader.read("For the Record", true).isEmpty());
        assertTrue(HeaderLineReader.read("TO BE RETURNED TO THE SECRETARIAT", true).isEmpty());
        assertTrue(HeaderLineReader.read("TO THE SOVIET AMBASSADOR", true).isPresent());
        assertEquals("Cde. Filippov", HeaderLineReader.read("To Cde. Filippov.", true).map(f -> "To Cde. Filippov.".substring(f.valueStart(), f.valueEnd())).orElseThrow());
    }
}
