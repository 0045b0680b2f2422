package org.archivelod.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.archivelod.TestFiles;
import org.archivelod.parse.SourceText;
import org.archivelod.parse.WilsonCenterRecordParser;
import org.archivelod.reconcile.Reconciliation.Entity;
import org.archivelod.reconcile.Reconciliation.Known;
import org.archivelod.reconcile.Reconciliation.Mention;
import org.archivelod.reconcile.Reconciliation.Unknown;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.SourceCitation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation stage decides who is who once per record: a name printed several ways, in the title and in the
 * texts, resolves to one entity everywhere in the record, whether the authority file knows it or not.
 */
class ReconciliationTest {
    private static RecordReconciler reconciler;

    @BeforeAll
    static void load() throws Exception {
        reconciler = new RecordReconciler(AuthorityFile.read(TestFiles.AUTHORITY), Gazetteer.load());
    }

    private static ArchiveRecord record(String date, String title, String text) throws Exception {
        String page = "Skip to content\n\n" + date + "\n\n" + title + "\n\n"
                + "[A fixture written for the reconciliation tests; not a record of the archive.]\n\n\n" + text + "\n\n\n"
                + "A fixture record.\n\n\nDocument Information\n\n\nFixture archive, fond 1, opis 1, delo 1.\n";
        return new WilsonCenterRecordParser().parse("fixture.txt", SourceText.lines("fixture.txt", page.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every entity the record's texts name, with the words as printed. */
    private static List<Mention> mentions(Reconciliation r) {
        Reconciliation.Texts t = r.texts();
        return Stream.of(Optional.of(t.title()), Optional.of(t.body()), t.summary(), t.citation()).flatMap(Optional::stream)
                .flatMap(m -> m.mentions().stream()).toList();
    }

    private static Set<Entity> entitiesPrinted(Reconciliation r, String... forms) {
        Set<String> wanted = Set.of(forms);
        return mentions(r).stream().filter(m -> wanted.contains(m.target().asPrinted())).map(m -> m.target().entity())
                .collect(Collectors.toSet());
    }

    @Test
    void aPersonTheAuthorityLacks_printedTwoWays_isOneUnreconciledEntity() throws Exception {
        Reconciliation r = reconciler.reconcile(record("October 1, 1950", "Note on a visit",
                "Comrade Tahmaz Beqari met the ambassador. Later Comrade BEQARI left, and Comrade Beqari wrote again."));
        Set<Entity> beqari = entitiesPrinted(r, "Tahmaz Beqari", "BEQARI", "Beqari");
        assertEquals(1, beqari.size(), "one entity for every form: " + mentions(r));
        Unknown one = (Unknown) beqari.iterator().next();
        assertEquals("Tahmaz Beqari", one.label());
        assertFalse(one.inDocument(), "a full name is one entity across the collection");
        assertEquals(3, mentions(r).stream().filter(m -> m.target().entity().equals(one)).count(), "each printing is a mention of it");
    }

    @Test
    void aPersonTheAuthorityKnows_printedTwoWays_isTheAuthorityEntity() throws Exception {
        Reconciliation r = reconciler.reconcile(record("October 1, 1950", "Note on a visit",
                "The ambassador met Mao Zedong today. MAO ZEDONG thanked him."));
        Set<Entity> mao = entitiesPrinted(r, "Mao Zedong", "MAO ZEDONG");
        assertEquals(1, mao.size(), mentions(r).toString());
        assertEquals("mao-zedong", ((Known) mao.iterator().next()).entity().id());
    }

    @Test
    void theTitlesPartyAndTheTextsMention_areOneEntity() throws Exception {
        Reconciliation r = reconciler.reconcile(record("October 1, 1950", "Letter from Tahmaz Beqari to the Ambassador",
                "Comrade Beqari asks for a meeting."));
        Entity author = r.parties().authors().get(0).resolved().orElseThrow().entity();
        assertTrue(author instanceof Unknown, author.toString());
        assertEquals(Set.of(author), entitiesPrinted(r, "Beqari"), "the bare name in the text is the title's author");
    }

    @Test
    void aBareNameFittingNoFullName_staysWithinTheDocument() throws Exception {
        Reconciliation r = reconciler.reconcile(record("October 1, 1950", "Note on a visit",
                "Comrade Beqari met the ambassador."));
        Unknown beqari = (Unknown) entitiesPrinted(r, "Beqari").iterator().next();
        assertTrue(beqari.inDocument(), "two documents' Beqari are not merged on the surname alone");
    }

    @Test
    void aNameTwoAuthorityPeopleShare_isOneUnreconciledPerson_withBothAsCandidates(@TempDir Path authority) throws Exception {
        Files.writeString(authority.resolve("people.json"), """
                [{"id": "kim-chen-a", "kind": "person", "label": "Kim Chen", "names": []},
                 {"id": "kim-chen-b", "kind": "person", "label": "Kim Chen", "names": []}]
                """);
        RecordReconciler shared = new RecordReconciler(AuthorityFile.read(authority), Gazetteer.load());
        Reconciliation r = shared.reconcile(record("October 1, 1950", "Note on a visit",
                "Comrade Kim Chen met the ambassador. Later Comrade Kim Chen left."));
        Set<Entity> kim = entitiesPrinted(r, "Kim Chen");
        assertEquals(1, kim.size(), mentions(r).toString());
        Unknown one = (Unknown) kim.iterator().next();
        assertEquals(List.of("kim-chen-a", "kim-chen-b"), one.candidates().stream().map(AuthorityEntity::id).toList());
    }

    @Test
    void anAnswerAboutWordsTheRecordDoesNotPrint_isRefused() throws Exception {
        Reconciliation r = reconciler.reconcile(record("October 1, 1950", "Note on a visit", "The ambassador left."));
        assertThrows(IllegalStateException.class, () -> r.credited("Comrade Nobody"));
        assertThrows(IllegalStateException.class, () -> r.keeper(new SourceCitation.Repository("Elsewhere", "Elsewhere",
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    }
}
