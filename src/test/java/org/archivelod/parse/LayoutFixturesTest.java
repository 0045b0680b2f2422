package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.archivelod.TestFiles;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.Credit;
import org.archivelod.record.EditorialBracket;
import org.archivelod.record.MentionedDate;
import org.archivelod.record.PageLayout;
import org.archivelod.record.SourceCitation;
import org.archivelod.record.TextBlock;
import org.junit.jupiter.api.Test;

/** One fixture per layout the archive serves, each written for the tests to reproduce a layout of the sample records. */
class LayoutFixturesTest {
    private static ArchiveRecord parse(String fixture) throws Exception {
        Path file = TestFiles.fixture("parse", fixture);
        return new WilsonCenterRecordParser().parse(fixture, SourceText.lines(file.toString(), Files.readAllBytes(file)));
    }

    private static List<String> archives(ArchiveRecord r) {
        return r.information().citation().orElseThrow().repositories().stream().map(SourceCitation.Repository::name).toList();
    }

    private static void assertOffsets(ArchiveRecord r) {
        for (TextBlock b : r.body().blocks()) assertEquals(b.text(), r.body().text().substring(b.start(), b.end()));
        for (EditorialBracket b : r.body().brackets()) assertEquals("[" + b.content() + "]", r.body().text().substring(b.start(), b.end()));
        for (MentionedDate d : r.body().mentionedDates()) assertEquals(d.asPrinted(), r.body().text().substring(d.start(), d.end()));
    }

    @Test
    void currentPage_headerCitationAndEmptyLabels() throws Exception {
        ArchiveRecord r = parse("page-current");
        assertEquals(PageLayout.PAGE, r.layout());
        assertEquals("Telegram from Petrov to USSR Council of Ministers", r.heading().title());
        assertEquals(LocalDate.of(1951, 3, 4), r.heading().date().value());
        assertEquals(Optional.of("telegram"), r.heading().documentType());
        assertEquals(List.of("Petrov"), r.heading().authors());
        assertEquals(List.of("USSR Council of Ministers"), r.heading().addressees());
        assertEquals(org.archivelod.record.PrintedName.Kind.BODY, r.heading().parties().get(1).kind());
        assertEquals(List.of("Ann B. Reader"), r.information().citation().orElseThrow().translators());
        assertEquals(Optional.of("NKIDP"), r.information().citation().orElseThrow().credits().get(0).forProgramme());
        assertEquals(List.of("TsAMO RF"), archives(r));
        var ref = r.information().citation().orElseThrow().repositories().get(0).archivalReference().orElseThrow();
        assertEquals(List.of("5", "918795", "999", "1"), List.of(ref.fond().get(), ref.opis().get(), ref.delo().get(), ref.folios().get()));
        assertEquals(Optional.empty(), r.information().recordId());
        assertEquals(List.of("uploaded date", "record id"), r.missing());
        assertEquals(LocalTime.of(9, 40), r.body().closingDate().orElseThrow().time().orElseThrow(), "the sent time after the date");
        assertOffsets(r);
    }

    @Test
    void labelsWithoutValues_reportTheSourceMissing_andSeeAlsoLeavesTheSummary() throws Exception {
        ArchiveRecord r = parse("page-labelled-empty");
        assertEquals(List.of("Petrov"), r.heading().authors());
        assertEquals(List.of("Feng Xi (Stalin)"), r.heading().addressees());
        assertEquals(List.of("Stalin"), r.heading().parties().get(1).glosses());
        assertEquals(Optional.empty(), r.information().citation());
        assertTrue(r.information().rights().isPresent());
        assertEquals(List.of("source citation", "uploaded date", "record id"), r.missing());
        assertEquals("A fixture telegram whose Document Information shows labels without values.", r.heading().summary().orElseThrow());
        assertTrue(r.body().mentionedDates().stream().anyMatch(d -> d.asPrinted().equals("8.3.51")
                && d.date().orElseThrow().value().equals(LocalDate.of(1951, 3, 8))), "the page's date settles 8.3.51: " + r.body().mentionedDates());
        assertOffsets(r);
    }

    @Test
    void singleLineBreaks_strayFirstLineSkipped_cutInDocumentInformation() throws Exception {
        ArchiveRecord r = parse("single-line-breaks");
        assertEquals(LocalDate.of(1951, 5, 3), r.heading().date().value());
        assertEquals("Cable No. 4321, from Filippov [Stalin] to Mao Zedong", r.heading().title());
        assertEquals(Optional.of("cable"), r.heading().documentType());
        assertEquals(Optional.of("4321"), r.heading().documentNumber());
        assertEquals(List.of("Filippov [Stalin]"), r.heading().authors());
        assertEquals(List.of("Mao Zedong"), r.heading().addressees());
        assertTrue(r.heading().summary().orElseThrow().startsWith("A fixture cable"));
        assertEquals(List.of("Document Information", "source citation", "rights", "uploaded date", "record id"), r.missing());
        assertFalse(r.body().text().contains("neighbouring record"));
        assertEquals(Optional.empty(), r.body().closingDate(), "'4 May 1951' is a later date, not the document's");
        assertBracket(r, "sic", EditorialBracket.Kind.SIC);
        assertBracket(r, "ispolneno – SIC", EditorialBracket.Kind.SIC);
        assertBracket(r, "Translator's note: the next line was underlined", EditorialBracket.Kind.TRANSLATOR_NOTE);
        assertBracket(r, "handwritten: to Cde. Ivanov", EditorialBracket.Kind.HANDWRITTEN);
        assertBracket(r, "stamp: Incoming Nº 77/shs\n\n4 May 1951", EditorialBracket.Kind.STAMP);
        assertEquals(1, r.body().notes().size());
        MentionedDate threeMay = r.body().mentionedDates().get(0);
        assertEquals("3 May", threeMay.asPrinted());
        assertEquals(Optional.of("no year printed"), threeMay.problem());
        assertOffsets(r);
    }

    @Test
    void citationBlock_titleFromTheQuotedCitation_cutInBody() throws Exception {
        ArchiveRecord r = parse("citation-block");
        assertEquals(PageLayout.CITATION_BLOCK, r.layout());
        assertEquals("From the Diary of A.B. Petrov, Memorandum of Conversation with Chairman Mao Zedong on 25 January 1951", r.heading().title());
        assertEquals(LocalDate.of(1951, 2, 2), r.heading().date().value());
        assertEquals("February 02, 1951", r.heading().date().asPrinted());
        assertEquals(Optional.of("memorandum of conversation"), r.heading().documentType());
        assertEquals(List.of("A.B. Petrov"), r.heading().authors());
        assertEquals(List.of("Carl D. Writer"), r.information().citation().orElseThrow().translators());
        assertEquals(List.of("AVPRF"), archives(r));
        var ref = r.information().citation().orElseThrow().repositories().get(0).archivalReference().orElseThrow();
        assertEquals(Optional.of("0100"), ref.fond());
        assertEquals(Optional.of("301"), ref.papka());
        assertEquals(Optional.of("7"), ref.porucheniye());
        assertEquals(Optional.of("10-11"), ref.folios());
        assertTrue(r.heading().summary().orElseThrow().startsWith("A fixture record of a conversation"));
        assertEquals(List.of("Leon Levy Foundation"), r.heading().funders());
        assertTrue(r.body().text().startsWith("From the Diary of A. B. PETROV"), "no page chrome in the text: " + r.body().text());
        assertTrue(r.body().text().endsWith("cut off he"));
        assertEquals(List.of("rights", "uploaded date", "record id"), r.missing());
        assertBracket(r, "Relations were established on 1 March 1951—ed.", EditorialBracket.Kind.EDITOR_NOTE);
        assertOffsets(r);
    }

    @Test
    void pdfExport_recordIdFromTheAddress_bodySentenceIsNoTranslator() throws Exception {
        ArchiveRecord r = parse("pdf-export");
        assertEquals(PageLayout.PDF_EXPORT, r.layout());
        assertEquals("Minutes of Conversation between I.V. Stalin and Zhou Enlai", r.heading().title());
        assertEquals(LocalDate.of(1952, 8, 21), r.heading().date().value());
        assertEquals(Optional.of("minutes of conversation"), r.heading().documentType());
        assertEquals(List.of(), r.heading().authors());
        assertEquals(List.of("I.V. Stalin", "Zhou Enlai"), r.heading().parties().stream()
                .filter(p -> p.role() == org.archivelod.record.PrintedName.Role.PARTICIPANT).map(p -> p.name()).toList());
        assertEquals(Optional.of("999001"), r.information().recordId());
        assertEquals(Optional.of("Russian"), r.information().language());
        assertEquals(List.of("Dana Fixture"), r.information().citation().orElseThrow().translators());
        assertEquals("APRF, f. 45, op. 1, d. 999, ll. 1-9. Translated by Dana Fixture.", r.information().citation().orElseThrow().asPrinted());
        assertTrue(r.heading().summary().orElseThrow().startsWith("A fixture conversation"));
        assertTrue(r.body().text().startsWith("[Stamp: \"NOT SECRET\"] RECORD OF CONVERSATION"));
        assertEquals(List.of("rights", "uploaded date"), r.missing());
        assertOffsets(r);
    }

    @Test
    void chineseBody_numberedFootnotes_andACallWhoseNoteIsCutOff() throws Exception {
        ArchiveRecord r = parse("chinese-footnotes");
        assertEquals(List.of("Zhou Enlai"), r.heading().authors());
        assertEquals(List.of("Chairman Mao [Zedong]", "the Central Committee"), r.heading().addressees());
        assertEquals(List.of("Henry Luce Foundation"), r.heading().funders());
        assertEquals(List.of("1", "2"), r.body().footnotes().stream().map(f -> f.marker()).toList());
        assertEquals("维辛斯基,时任外交部长。", r.body().footnotes().get(0).text());
        int call = r.body().footnotes().get(0).calledAt().orElseThrow();
        assertEquals("[1]", r.body().text().substring(call, call + 3));
        assertEquals(2, r.body().blocks().stream().filter(b -> b.kind() == TextBlock.Kind.FOOTNOTE).count());
        assertBracket(r, "3", EditorialBracket.Kind.FOOTNOTE_CALL);
        assertTrue(r.missing().contains("footnote [3]"), r.missing().toString());
        assertTrue(r.body().mentionedDates().stream().anyMatch(d -> d.asPrinted().equals("八月十九日二十时") && d.date().isEmpty()));
        assertOffsets(r);
    }

    @Test
    void gluedFootnote_monthFirstDates_obtainedAndTranslatedWithAffiliations() throws Exception {
        ArchiveRecord r = parse("glued-footnote");
        assertEquals(List.of("Polish Embassy in Havana (Jeleń)"), r.heading().authors());
        assertEquals(List.of(), r.heading().addressees());
        assertEquals(org.archivelod.record.PrintedName.Kind.BODY, r.heading().parties().get(0).kind());
        int call = r.body().footnotes().get(0).calledAt().orElseThrow();
        assertEquals("JELEN1", r.body().text().substring(call - 5, call + 1));
        SourceCitation c = r.information().citation().orElseThrow();
        assertEquals(List.of("Bo Reader"), c.translators());
        assertEquals(List.of(new Credit(Credit.Role.OBTAINED_BY, "Ann Finder", Optional.of("Fixture University"), Optional.empty()),
                new Credit(Credit.Role.TRANSLATOR, "Bo Reader", Optional.of("Other University"), Optional.empty())), c.credits());
        assertEquals("Polish Foreign Ministry Archive", c.repositories().get(0).name());
        assertEquals(Optional.of("AMSZ"), c.repositories().get(0).abbreviation());
        assertEquals(Optional.of("Szyfrogramy from Hawana 1962, 6/77 w-82 t-9999"), c.repositories().get(0).reference());
        List<MentionedDate> d = r.body().mentionedDates();
        assertEquals(LocalDate.of(1962, 11, 2), d.get(0).date().orElseThrow().value());
        assertEquals(LocalDate.of(1962, 11, 3), d.get(1).date().orElseThrow().value(), "'11.03.1962' read as the page reads '11.02.1962'? " + d);
        assertEquals(LocalTime.of(18, 50), d.get(1).date().orElseThrow().time().orElseThrow());
        assertEquals(List.of("uploaded date", "record id"), r.missing());
        assertOffsets(r);
    }

    @Test
    void cutInsideTheUploadedDate_convertsWhatIsThere() throws Exception {
        ArchiveRecord r = parse("cut-in-uploaded-date");
        assertEquals("APRF, fond 45, opis 1, delo 999, list 3.", r.information().citation().orElseThrow().asPrinted());
        assertEquals(List.of(), r.information().citation().orElseThrow().translators());
        assertEquals(Optional.empty(), r.information().uploaded(), "'2011-11-' is cut off, not a date");
        assertEquals(List.of("uploaded date", "record id"), r.missing());
        assertEquals(LocalDate.of(1951, 10, 14), r.body().mentionedDates().get(0).date().orElseThrow().value());
    }

    @Test
    void severalArchives_joinedBySemicolonsAndAnd_abbreviatedAndSpelledOut() throws Exception {
        ArchiveRecord r = parse("several-archives");
        assertEquals(Optional.of("99999"), r.heading().documentNumber());
        assertEquals(List.of("Soviet Ambassador in Pyongyang Petrov"), r.heading().addressees());
        assertEquals(List.of("APRF", "AVP RF", "RGASPI"), archives(r));
        var avp = r.information().citation().orElseThrow().repositories().get(1).archivalReference().orElseThrow();
        assertEquals(Optional.of("059a"), avp.fond());
        assertEquals(Optional.of("p. 11"), avp.unread(), "'p.' is papka or page: not guessed");
        var rgaspi = r.information().citation().orElseThrow().repositories().get(2).archivalReference().orElseThrow();
        assertEquals(Optional.of("12-13"), rgaspi.folios());
        assertEquals(List.of(), r.information().citation().orElseThrow().translators());
        assertEquals(Optional.of("999002"), r.information().recordId());
        assertEquals(Optional.of("2011-11-20"), r.information().uploaded());
        assertEquals(List.of(), r.missing());
    }

    @Test
    void printedBook_keptAsPrintedAndTakenApart_noArchive() throws Exception {
        ArchiveRecord r = parse("printed-book");
        assertEquals("Telegram from Zhou Enlai to Wu Xiuquan and Qiao Guanhua", r.heading().title());
        assertEquals(List.of("Wu Xiuquan", "Qiao Guanhua"), r.heading().addressees());
        SourceCitation c = r.information().citation().orElseThrow();
        assertEquals(List.of(), c.repositories());
        assertEquals(List.of("Ann Reader", "Bo Writer"), c.translators());
        var book = c.publications().get(0);
        assertEquals(List.of("Fixture Office (Document Research Office)", "Fixture Archives (Central Archives)"), book.editors());
        assertEquals(Optional.of("Fixture wengao (Fixture Manuscripts)"), book.title());
        assertEquals(Optional.of("4"), book.volume());
        assertEquals(Optional.of("Beijing"), book.place());
        assertEquals(Optional.of("2009"), book.year());
        assertEquals(Optional.of("101-102"), book.pages());
    }

    @Test
    void numericDates_readAgainstThePagesDate() throws Exception {
        ArchiveRecord r = parse("numeric-dates");
        List<MentionedDate> d = r.body().mentionedDates();
        assertEquals(LocalDateTime.of(1950, 10, 14, 3, 15), d.get(0).date().orElseThrow().firstDay().atTime(d.get(0).date().get().time().orElseThrow()));
        assertEquals(LocalDate.of(1950, 10, 13), value(d, "13.10.50"));
        assertEquals(LocalDate.of(1950, 5, 13), value(d, "13/5-50"));
        assertEquals(LocalDate.of(1951, 2, 16), value(d, "16.2.51"));
        assertEquals(LocalDate.of(1950, 6, 5), value(d, "05.06.50"), "the page writes day first with dots");
        assertEquals(LocalDate.of(1950, 10, 14), r.body().closingDate().orElseThrow().value());
    }

    private static LocalDate value(List<MentionedDate> dates, String printed) {
        return (LocalDate) dates.stream().filter(x -> x.asPrinted().startsWith(printed)).findFirst().orElseThrow()
                .date().orElseThrow().value();
    }

    @Test
    void monthYearMention_isAYearMonth() throws Exception {
        ArchiveRecord r = parse("pdf-export");
        assertTrue(r.body().mentionedDates().stream().noneMatch(x -> x.asPrinted().equals("1939")), "a bare year is not taken for a date");
        assertEquals(YearMonth.of(1952, 8), YearMonth.from(r.body().mentionedDates().get(0).date().orElseThrow().firstDay()));
    }

    private static void assertBracket(ArchiveRecord r, String content, EditorialBracket.Kind kind) {
        assertTrue(r.body().brackets().stream().anyMatch(b -> b.content().equals(content) && b.kind() == kind),
                "expected [" + content + "] as " + kind + " in " + r.body().brackets());
    }
}
