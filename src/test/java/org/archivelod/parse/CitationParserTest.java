package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.archivelod.record.Credit;
import org.archivelod.record.SourceCitation;
import org.junit.jupiter.api.Test;

class CitationParserTest {
    private static SourceCitation parse(String s) {
        return CitationParser.parse(s, 1);
    }

    @Test
    void translatorPhrases() {
        assertEquals(List.of("Gary Fixture"), parse("AP RF, f. 45, op. 1, d. 1, l. 1. Translated by Gary Fixture.").translators());
        assertEquals(List.of("Ann Reader", "Bo Writer"), parse("APRF. Translated by Ann Reader and Bo Writer.").translators());
        assertEquals(List.of("James F. Person"), parse("TsAMO RF, fond 5. Translated for NKIDP by James F. Person.").translators());
        assertEquals(Optional.of("CWIHP"), parse("AVPRF, f. 1. Translated for CWIHP by David Fixture.").credits().get(0).forProgramme());
        assertEquals(List.of(), parse("APRF, fond 45, opis 1, delo 335, list 3.").translators());
    }

    @Test
    void obtainedAndTranslated_affiliationsApart() {
        SourceCitation c = parse("Archive X, Warsaw. Obtained by Ann Finder (Fixture University) and translated by Bo Reader (Other University).");
        assertEquals(List.of("Bo Reader"), c.translators());
        assertEquals(Credit.Role.OBTAINED_BY, c.credits().get(0).role());
        assertEquals(Optional.of("Other University"), c.credits().get(1).affiliation());
    }

    @Test
    void archivesJoinedByAnd_withoutSemicolon() {
        SourceCitation c = parse("APRF, f. 45, op. 1, d. 334, l. 141 and RGASPI, f. 558, op. 11, d. 334, ll. 0141.");
        assertEquals(List.of("APRF", "RGASPI"), c.repositories().stream().map(SourceCitation.Repository::name).toList());
        assertEquals(Optional.of("0141"), c.repositories().get(1).archivalReference().orElseThrow().folios());
    }

    @Test
    void spelledOutReference() {
        var ref = parse("APRF, Fond 45, Opis 1, Delo 347, Listy 12-13").repositories().get(0).archivalReference().orElseThrow();
        assertEquals(List.of("45", "1", "347", "12-13"), List.of(ref.fond().get(), ref.opis().get(), ref.delo().get(), ref.folios().get()));
    }

    @Test
    void archiveNamedFirst_englishNameInBrackets_fileAfter_placeLast() {
        SourceCitation.Repository r = parse("Fixture Levéltár (FL), [Fixture Archive], „Fixture file.”").repositories().get(0);
        assertEquals("Fixture Levéltár", r.name());
        assertEquals(Optional.of("FL"), r.abbreviation());
        assertEquals(Optional.of("„Fixture file.”"), r.reference());
        SourceCitation.Repository moscow = parse("Fixture State Archive (FSA), fond 5, opis 30, delo 1, Moscow.").repositories().get(0);
        assertEquals(Optional.of("FSA"), moscow.abbreviation());
        assertEquals(Optional.of("5"), moscow.archivalReference().orElseThrow().fond());
        assertEquals(Optional.of("fond 5, opis 30, delo 1"), moscow.reference());
        assertEquals("Library of Congress, Manuscript Division", parse("Library of Congress, Manuscript Division").repositories().get(0).name());
    }

    @Test
    void journalsAndDocumentCollections_arePublications_notArchives() {
        SourceCitation bulletin = parse("Cold War International History Project Bulletin, Issue 6-7 (Winter 1995/1996), p. 40. Translated by Ann Reader.");
        assertEquals(List.of(), bulletin.repositories());
        assertEquals(Optional.of("Cold War International History Project Bulletin"), bulletin.publications().get(0).title());
        assertEquals(Optional.of("6-7"), bulletin.publications().get(0).volume());
        assertEquals(Optional.of("40"), bulletin.publications().get(0).pages());
        assertEquals(Optional.empty(), bulletin.publications().get(0).year(), "'Winter 1995/1996' is no year");
        SourceCitation nianpu = parse("Fixture Office, ed., Zhou Enlai nianpu, 1949-1976, vol. 1, p. 233.");
        assertEquals(List.of(), nianpu.repositories());
        assertEquals(Optional.of("Zhou Enlai nianpu, 1949-1976"), nianpu.publications().get(0).title());
        assertEquals(List.of("Fixture Office"), nianpu.publications().get(0).editors());
        SourceCitation both = parse("AVPRF, f. 0100, op. 1, d. 2, l. 3; published in Istochnik, no. 2 (1994).");
        assertEquals(List.of("AVPRF"), both.repositories().stream().map(SourceCitation.Repository::name).toList());
        assertEquals(Optional.of("Istochnik"), both.publications().get(0).title());
        assertEquals(Optional.of("1994"), both.publications().get(0).year());
        assertEquals(List.of("Fixture Archives"), parse("Fixture Archives, Bulletin collection, box 3").repositories().stream()
                .map(SourceCitation.Repository::name).toList(), "an archive's collection named 'Bulletin' stays the archive's");
    }

    @Test
    void creditsAfterAClosingQuote_separatedBySemicolons() {
        SourceCitation c = parse("Fixture Archive, „File.” Obtained by Ann Finder; transcribed by Bo Writer; translation and editing by Cy Reader and Di Reader.");
        assertEquals(List.of("Cy Reader", "Di Reader"), c.translators());
        assertEquals(Credit.Role.OBTAINED_BY, c.credits().get(0).role());
        assertEquals(1, c.repositories().size());
    }
}
