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
}
