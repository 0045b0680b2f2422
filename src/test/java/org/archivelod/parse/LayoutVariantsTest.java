package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.archivelod.TestFiles;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.Credit;
import org.archivelod.record.PageLayout;
import org.archivelod.record.SourceCitation;
import org.junit.jupiter.api.Test;

/**
 * The layout variants of the older site and of single-line-break pages, each in a fixture written to reproduce a sample
 * record's layout (records2/206, 214, 208, 205 of the shared sources): read, never refused for a line the layout adds.
 */
class LayoutVariantsTest {
    static ArchiveRecord parse(String fixture) throws Exception {
        Path file = TestFiles.fixture("parse", fixture);
        List<String> lines = SourceText.lines(file.toString(), Files.readAllBytes(file));
        ArchiveRecord r = new WilsonCenterRecordParser().parse(fixture, lines);
        RecordOracle.check(r, lines);
        return r;
    }

    @Test
    void bareOlderVariant_titleFromTheCitation_summaryBeforeIt_twoDocumentsKeptAsText() throws Exception {
        ArchiveRecord r = parse("citation-block-bare");
        assertEquals(PageLayout.CITATION_BLOCK, r.layout());
        assertEquals(LocalDate.of(1953, 3, 14), r.heading().date().value());
        assertEquals("Documents Concerning Talks in Fixtureville between Official Ann Example and Leader Bo Sample", r.heading().title());
        assertEquals(List.of("Leon Levy Foundation"), r.heading().funders());
        assertTrue(r.heading().summary().orElseThrow().startsWith("A fixture report of talks"));
        assertEquals(List.of("Cy Reader"), r.information().citation().orElseThrow().translators());
        assertEquals(List.of(), r.information().citation().orElseThrow().repositories(), "'Provided by … organized by a fixture archive' names no keeper");
        assertTrue(r.body().text().startsWith("Memorandum from Ann Example to Commander Di Other, re: Sending of Documents"), r.body().text());
        assertTrue(r.body().text().contains("Leader Bo Sample asked"));
        assertFalse(r.body().text().contains("English HTML"));
    }

    @Test
    void searchHeaderWithAnUnknownLine_isSkipped_andSemicolonCreditsAfterAQuotedFileDescription() throws Exception {
        ArchiveRecord r = parse("search-header");
        assertEquals(PageLayout.CITATION_BLOCK, r.layout());
        assertEquals("March 07, 1954", r.heading().date().asPrinted());
        assertEquals("Ann Example’s handwritten Notes on a Fixture Briefing in Fixtureville on 6 March", r.heading().title());
        SourceCitation c = r.information().citation().orElseThrow();
        assertEquals(1, c.repositories().size(), "credits are not archives: " + c.repositories());
        SourceCitation.Repository archive = c.repositories().get(0);
        assertEquals("Fixture Nemzeti Levéltár", archive.name());
        assertEquals(Optional.of("FNL"), archive.abbreviation());
        assertEquals(Optional.of("„Fixture file description. FNL F-KS 288. f. 1. d. 2. ő. e.”"), archive.reference());
        assertEquals(List.of(new Credit(Credit.Role.OBTAINED_BY, "Bo Finder", Optional.empty(), Optional.empty()),
                new Credit(Credit.Role.TRANSLATOR, "Di Reader", Optional.empty(), Optional.empty()),
                new Credit(Credit.Role.TRANSLATOR, "Ed Reader", Optional.empty(), Optional.empty())), c.credits());
        assertTrue(r.body().text().startsWith("Conference of the fixture leaders"));
    }

    @Test
    void neighboursSummaryOfTwoSentences_oneEndingInSeeAlso_isNeverTheTitle() throws Exception {
        ArchiveRecord r = parse("neighbour-summaries");
        assertEquals(LocalDate.of(1952, 4, 9), r.heading().date().value());
        assertEquals("Telegram from Petrov to Ivanov", r.heading().title());
        assertEquals("I received your telegram.", r.body().text());
        assertEquals("A fixture telegram whose page begins with two sentences of a neighbouring record's summary.", r.heading().summary().orElseThrow());
    }

    @Test
    void pageWithoutDocumentText_summaryKept_emptyOriginalArchiveLabelTakesNoRightsForASource() throws Exception {
        ArchiveRecord r = parse("no-document-text");
        assertEquals("", r.body().text());
        assertEquals(List.of(), r.body().blocks());
        assertTrue(r.heading().summary().orElseThrow().startsWith("The ambassador reports on a fixture conference"));
        assertEquals(Optional.empty(), r.information().citation(), "the rights text after an empty 'Original Archive' label is no source");
        assertTrue(r.information().rights().orElseThrow().startsWith("The History and Public Policy Program welcomes reuse"));
        assertTrue(r.missing().contains("document text"), r.missing().toString());
        assertTrue(r.missing().contains("source citation"), r.missing().toString());
    }

    @Test
    void bodyMissingWithoutFacets_isStillRefused() {
        Path file = TestFiles.fixture("parse", "body-missing");
        RecordFormatException e = org.junit.jupiter.api.Assertions.assertThrows(RecordFormatException.class,
                () -> new WilsonCenterRecordParser().parse("body-missing", SourceText.lines(file.toString(), Files.readAllBytes(file))));
        assertTrue(e.getMessage().contains("no document text"), e.getMessage());
    }
}
