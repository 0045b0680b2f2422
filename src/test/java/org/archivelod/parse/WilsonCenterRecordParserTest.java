package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.archivelod.TestFiles;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.EditorialBracket;
import org.archivelod.record.SourceCitation;
import org.archivelod.record.TextBlock;
import org.junit.jupiter.api.Test;

class WilsonCenterRecordParserTest {
    private final WilsonCenterRecordParser parser = new WilsonCenterRecordParser();

    private ArchiveRecord parse(Path file) throws Exception {
        return parser.parse(file.toString(), SourceText.lines(file.toString(), Files.readAllBytes(file)));
    }

    @Test
    void seedLetter_headerFields() throws Exception {
        ArchiveRecord r = parse(TestFiles.SEED_LETTER);
        assertEquals(LocalDate.of(1950, 10, 5), r.heading().date().value());
        assertEquals("October 5, 1950", r.heading().date().asPrinted());
        assertEquals("Letter, Cde. Filippov [Stalin] for Mao Zedong", r.heading().title());
        assertEquals(Optional.of("letter"), r.heading().documentType());
        assertEquals(List.of("Cde. Filippov [Stalin]"), r.heading().authors());
        assertEquals(List.of("Mao Zedong"), r.heading().addressees());
        assertEquals(List.of("Leon Levy Foundation"), r.heading().funders());
        assertTrue(r.heading().summary().orElseThrow().startsWith("Stalin describes the US inability"));
        assertTrue(r.information().rights().orElseThrow().startsWith("The History and Public Policy Program welcomes reuse"));
        assertEquals(Optional.empty(), r.information().recordId(), "the Record ID label has no value; the funder name after it is not an id");
        assertEquals(Optional.empty(), r.information().uploaded());
    }

    @Test
    void seedLetter_blocksHaveOffsetsIntoTheText() throws Exception {
        ArchiveRecord r = parse(TestFiles.SEED_LETTER);
        for (TextBlock b : r.body().blocks()) assertEquals(b.text(), r.body().text().substring(b.start(), b.end()));
        assertEquals(TextBlock.Kind.HEADER, r.body().blocks().get(0).kind());
        assertEquals("From cde. FILIPPOV [Stalin]", r.body().blocks().get(0).text());
        assertEquals("for Mao Zedong", r.body().blocks().get(1).text());
        assertEquals(LocalDate.of(1950, 10, 5), r.body().closingDate().orElseThrow().value());
        assertEquals(TextBlock.Kind.NOTE, r.body().blocks().get(r.body().blocks().size() - 1).kind());
        assertTrue(r.body().text().endsWith("at 23 hours, 5 October."));
        assertTrue(r.body().blocks().stream().noneMatch(b -> b.text().startsWith("Stalin describes")), "the summary is not part of the text");
    }

    @Test
    void seedLetter_editorialBrackets() throws Exception {
        ArchiveRecord r = parse(TestFiles.SEED_LETTER);
        assertBracket(r, "Stalin", EditorialBracket.Kind.GLOSS);
        assertBracket(r, "k bol'shoi voine", EditorialBracket.Kind.GLOSS);
        assertBracket(r, "Jiang Jieshi", EditorialBracket.Kind.GLOSS);
        assertBracket(r, "Handwritten", EditorialBracket.Kind.MARKER);
        assertBracket(r, "the possibility", EditorialBracket.Kind.INSERTION);
        assertBracket(r, "high-frequency phone", EditorialBracket.Kind.GLOSS);
        for (EditorialBracket b : r.body().brackets()) assertEquals("[" + b.content() + "]", r.body().text().substring(b.start(), b.end()));
    }

    private static void assertBracket(ArchiveRecord r, String content, EditorialBracket.Kind kind) {
        assertTrue(r.body().brackets().stream().anyMatch(b -> b.content().equals(content) && b.kind() == kind),
                "expected [" + content + "] as " + kind + " in " + r.body().brackets());
    }

    @Test
    void seedLetter_handwrittenDispatchNoteWithItsTime() throws Exception {
        ArchiveRecord r = parse(TestFiles.SEED_LETTER);
        assertEquals(1, r.body().notes().size());
        var note = r.body().notes().get(0);
        assertTrue(note.text().contains("Dispatched to cde. Bulganiin via VCh"));
        var when = note.when().orElseThrow();
        assertEquals(LocalDateTime.of(1950, 10, 5, 23, 0), when.value());
        assertEquals("23 hours, 5 October", when.asPrinted());
        assertEquals(when.asPrinted(), r.body().text().substring(when.start(), when.end()));
    }

    @Test
    void seedLetter_citationSplitIntoArchiveHoldingAndTranslator() throws Exception {
        SourceCitation c = parse(TestFiles.SEED_LETTER).information().citation().orElseThrow();
        assertEquals(List.of("Vladislav Zubok"), c.translators());
        assertEquals(2, c.repositories().size());
        SourceCitation.Repository aprf = c.repositories().get(0);
        assertEquals("Archive of the President of the Russian Federation", aprf.name());
        assertEquals(Optional.of("APRF"), aprf.abbreviation());
        assertTrue(!aprf.copy());
        SourceCitation.Repository loc = c.repositories().get(1);
        assertTrue(loc.copy());
        assertEquals("Library of Congress, Manuscript Division", loc.name());
        assertEquals(Optional.of("Dmitriĭ Antonovich Volkogonov papers, 1887-1995"), loc.holding());
        assertEquals(Optional.of("mm97083838"), loc.holdingIdentifier());
    }

    @Test
    void labelledDocumentInformation_valuesRead() throws Exception {
        ArchiveRecord r = parse(TestFiles.fixture("parse", "labelled-information"));
        assertEquals(Optional.of("999001"), r.information().recordId());
        assertEquals(Optional.of("2011-11-20"), r.information().uploaded());
        assertEquals(Optional.of("ciphered telegram"), r.heading().documentType());
        assertEquals("APRF, Fond 45, Opis 1, Delo 999, List 1", r.information().citation().orElseThrow().asPrinted());
        assertEquals(List.of(), r.information().citation().orElseThrow().translators());
        assertTrue(r.heading().summary().orElseThrow().startsWith("A short fixture telegram"));
        assertEquals(LocalDate.of(1951, 3, 2), r.body().closingDate().orElseThrow().value());
    }

    @Test
    void badInputs_reportFileAndLine() {
        assertProblem("empty", 0, "empty file");
        assertProblem("binary", 3, "not valid UTF-8");
        assertProblem("nul-bytes", 3, "control character U+0000");
        assertProblem("no-date", 3, "expected a date line like 'October 5, 1950', got 'Letter, Cde. Filippov [Stalin] for Mao Zedong'");
        assertProblem("no-title", 3, "expected the title after the date line, but the file ends");
        assertProblem("body-missing", 3, "the record has no document text after its title");
    }

    private void assertProblem(String fixture, int line, String words) {
        Path file = TestFiles.fixture("parse", fixture);
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> parse(file));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + (line > 0 ? ":" + line : "") + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void invalidUtf8_isReportedWithItsLine() {
        byte[] bytes = "October 5, 1950\n\nTitle\n\nbad \u00e9 here\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> SourceText.lines("x.txt", bytes));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("not valid UTF-8"));
    }

    @Test
    void noBreakSpaceLines_areBlank() throws Exception {
        List<String> lines = SourceText.lines("x", "a\n\u00a0\u00a0\n b\u00a0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("a", "", "b", ""), lines);
    }
}
