package org.archivelod.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archivelod.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorityFileTest {
    @TempDir
    Path tmp;

    @Test
    void projectAuthorityFileReads_andEveryIdentifierHasASource() throws Exception {
        AuthorityFile a = AuthorityFile.read(TestFiles.AUTHORITY);
        assertTrue(a.entities().size() >= 30);
        var stalin = a.get("person", "stalin").orElseThrow();
        assertTrue(stalin.names().stream().anyMatch(n -> n.text().equals("Filippov") && n.type().equals("pseudonym")));
        a.entities().forEach(e -> e.identifiers().forEach(i -> assertTrue(!i.source().isBlank())));
    }

    @Test
    void everyDateOfLifeAndOffice_hasASourceUrl_andParses() throws Exception {
        AuthorityFile a = AuthorityFile.read(TestFiles.AUTHORITY);
        int facts = 0;
        for (AuthorityEntity e : a.entities()) {
            for (AuthorityEntity.Dated d : new AuthorityEntity.Dated[] {e.born(), e.died()}) {
                if (d == null) continue;
                facts++;
                assertTrue(d.source().matches("https?://\\S+"), e.id() + ": " + d.source());
                assertTrue(AuthorityDates.first(d.date()).isPresent(), e.id() + ": " + d.date());
            }
            for (AuthorityEntity.Office o : e.offices()) {
                facts++;
                assertTrue(o.source().matches("https?://\\S+"), e.id() + ": " + o.label());
                assertTrue(AuthorityDates.first(o.from()).isPresent() && AuthorityDates.last(o.to()).isPresent(), e.id() + ": " + o.label());
                assertTrue(!AuthorityDates.first(o.from()).get().isAfter(AuthorityDates.last(o.to()).get()), e.id() + ": " + o.label());
            }
            if (e.born() != null && e.died() != null)
                assertTrue(AuthorityDates.first(e.born().date()).get().isBefore(AuthorityDates.first(e.died().date()).get()), e.id());
        }
        assertTrue(facts > 0);
        var zhou = a.get("person", "zhou-enlai").orElseThrow();
        assertEquals("1898-03-05", zhou.born().date());
        assertTrue(zhou.offices().stream().anyMatch(o -> o.label().equals("Premier of the People's Republic of China")));
    }

    @Test
    void aDateWithoutASourceOrOfAnotherForm_isRefused() throws Exception {
        Path dir = write("[{\"id\": \"x\", \"kind\": \"person\", \"label\": \"X\", \"born\": {\"date\": \"1898-03-05\", \"source\": \"memory\"}}]");
        assertTrue(assertThrows(AuthorityException.class, () -> AuthorityFile.read(dir)).getMessage().contains("no source URL"));
        Path dir2 = write("[{\"id\": \"x\", \"kind\": \"person\", \"label\": \"X\", \"died\": {\"date\": \"5 March 1898\", \"source\": \"https://example.org/x\"}}]");
        assertTrue(assertThrows(AuthorityException.class, () -> AuthorityFile.read(dir2)).getMessage().contains("neither a day"));
        Path dir3 = write("[{\"id\": \"x\", \"kind\": \"person\", \"label\": \"X\", \"offices\": [{\"label\": \"P\", \"from\": \"1976\", \"to\": \"1949\", \"source\": \"https://example.org/x\"}]}]");
        assertTrue(assertThrows(AuthorityException.class, () -> AuthorityFile.read(dir3)).getMessage().contains("before it begins"));
        Path dir4 = write("[{\"id\": \"x\", \"kind\": \"person\", \"label\": \"X\", \"offices\": [{\"label\": \"P\", \"from\": \"1949\", \"to\": \"1976\"}]}]");
        assertThrows(AuthorityException.class, () -> AuthorityFile.read(dir4));
    }

    @Test
    void matcher_findsNamesInCapitals_andLongestFirst() throws Exception {
        NameMatcher m = new NameMatcher(AuthorityFile.read(TestFiles.AUTHORITY));
        List<Match> found = m.find("From cde. FILIPPOV [Stalin] to Kim Il Sung; the Chinese communist party.");
        assertEquals(List.of("FILIPPOV", "Stalin", "Kim Il Sung", "Chinese communist party"), found.stream().map(Match::exact).toList());
        assertEquals("stalin", found.get(0).entity().id());
        assertEquals("pseudonym", found.get(0).name().type());
        assertEquals(List.of(), m.find("Koreans and the Chinese, Japanese"), "no matches inside longer words");
    }

    private Path write(String json) throws Exception {
        Files.writeString(tmp.resolve("people.json"), json);
        return tmp;
    }

    @Test
    void malformedJson_namesFileAndLine() throws Exception {
        Path dir = write("[\n  {\"id\": \"x\", \"kind\": \"person\", \"label\": \"X\",\n  \"nmaes\": []}\n]");
        AuthorityException e = assertThrows(AuthorityException.class, () -> AuthorityFile.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("people.json") + ":3: "), e.getMessage());
    }

    @Test
    void identifierWithoutSourceOrOfTheWrongForm_isRefused() throws Exception {
        Path dir = write("[{\"id\": \"x\", \"kind\": \"person\", \"label\": \"X\", \"identifiers\": [{\"scheme\": \"wikidata\", \"value\": \"855\", \"source\": \"s\"}]}]");
        AuthorityException e = assertThrows(AuthorityException.class, () -> AuthorityFile.read(dir));
        assertTrue(e.getMessage().contains("wikidata identifier '855' is not of the form"), e.getMessage());
        Path dir2 = write("[{\"id\": \"x\", \"kind\": \"person\", \"label\": \"X\", \"identifiers\": [{\"scheme\": \"wikidata\", \"value\": \"Q855\", \"source\": \" \"}]}]");
        assertTrue(assertThrows(AuthorityException.class, () -> AuthorityFile.read(dir2)).getMessage().contains("has no source"));
    }

    @Test
    void unknownKindOrNameType_isRefused() throws Exception {
        Path dir = write("[{\"id\": \"x\", \"kind\": \"ship\", \"label\": \"X\"}]");
        assertTrue(assertThrows(AuthorityException.class, () -> AuthorityFile.read(dir)).getMessage().contains("kind 'ship'"));
    }
}
