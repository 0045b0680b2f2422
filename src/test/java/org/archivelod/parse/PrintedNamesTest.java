package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.archivelod.record.PrintedName;
import org.archivelod.record.PrintedName.Kind;
import org.archivelod.record.PrintedName.Role;
import org.junit.jupiter.api.Test;

class PrintedNamesTest {
    private static PrintedName of(String s) {
        return PrintedNames.of(Role.AUTHOR, s);
    }

    @Test
    void bothBracketStyles_andSeveralGlossesInOne() {
        assertEquals(List.of("FYN SI", "Stalin"), of("FENG XI [FYN SI; Stalin]").glosses());
        assertEquals("FENG XI", of("FENG XI [FYN SI; Stalin]").name());
        assertEquals("Feng Xi", of("FENG XI [FYN SI; Stalin]").normalisedName());
        assertEquals(List.of("Stalin"), of("Filippov (Stalin)").glosses());
        assertEquals("Filippov", of("Filippov (Stalin)").name());
        assertEquals(List.of("Highest Authority"), of("Instantsia [Highest Authority]").glosses());
        assertEquals(List.of("Pak Hon Yong"), of("Pak Heon-yeong [Pak Hon Yong]").glosses());
        assertEquals("Pak Heon-yeong", of("Pak Heon-yeong [Pak Hon Yong]").name());
    }

    @Test
    void honorifics_apart() {
        PrintedName p = of("Cde. Filippov [Stalin]");
        assertEquals(Optional.of("Cde."), p.honorific());
        assertEquals("Filippov", p.name());
        assertEquals(Optional.of("Chairman"), of("Chairman Mao [Zedong]").honorific());
    }

    @Test
    void capitalsAndLetterSpacing_normalised_printedFormKept() {
        assertEquals("Shtykov", PrintedNames.normalise("S H T Y K O V"));
        assertEquals("Kim Il Sung", PrintedNames.normalise("KIM IL SUNG"));
        assertEquals("Pak Heon-yeong", PrintedNames.normalise("PAK HEON-YEONG"));
        assertEquals("USSR Council of Ministers", PrintedNames.normalise("USSR Council of Ministers"));
        assertEquals("TASS", PrintedNames.normalise("TASS"));
        assertEquals("S H T Y K O V", of("S H T Y K O V").asPrinted());
    }

    @Test
    void bodiesAndOffices() {
        assertEquals(Kind.BODY, of("USSR Foreign Ministry").kind());
        assertEquals(Kind.BODY, of("Polish Embassy in Havana (Jeleń)").kind());
        assertEquals(Kind.OFFICE, of("the USSR First Deputy Minister of Foreign Affairs").kind());
        assertEquals(Kind.NAME, of("Mao Zedong").kind());
        assertEquals(Kind.NAME, of("Chairman Mao [Zedong]").kind());
    }
}
