package org.archivelod.mapping;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One identity per person the authority file does not know (RecordPeople's rules), on records we write: the same
 * person named in five documents in three forms is one entity; two people who share a surname stay two; a bare
 * surname is not merged across documents.
 */
class PersonIdentityTest {
    @TempDir
    Path dir;

    private void record(String file, String date, String title, String body) throws Exception {
        FixtureRecords.write(dir, file, date, title, body);
    }

    private DatasetGraph convert() throws Exception {
        return FixtureRecords.convert(dir).data();
    }

    private static Set<String> peopleNamed(DatasetGraph g, String surname) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, Node.ANY, RDF.type.asNode(), CRM.E21_Person.asNode()).forEachRemaining(q ->
                g.find(Node.ANY, q.getSubject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> {
                    if (l.getObject().getLiteralLexicalForm().contains(surname)) out.add(q.getSubject().getURI());
                }));
        return out;
    }

    @Test
    void onePersonInFiveDocumentsAndThreeForms_isOneEntity() throws Exception {
        record("a.txt", "March 1, 1961", "Telegram from Comrade Tahmaz Beqari to the Ministry of Foreign Affairs of Albania",
                "Comrade BEQARI reports that the talks went well.");
        record("b.txt", "March 2, 1961", "Telegram from Tahmaz BEQARI to the Ministry of Foreign Affairs of Albania",
                "The ambassador asks for instructions.");
        record("c.txt", "March 3, 1961", "Report, Ministry of Foreign Affairs of Albania to Ambassador Tahmaz Beqari",
                "We have received the report of Comrade Beqari.");
        record("d.txt", "March 4, 1961", "Letter from Comrade T. Beqari to Comrade Tahmaz Beqari",
                "A letter to himself, which the rules must not split.");
        record("e.txt", "March 5, 1961", "Note from Ambassador Tahmaz Beqari to the Ministry of Foreign Affairs of Albania",
                "Comrade Tahmaz Beqari met the minister.");
        DatasetGraph g = convert();
        assertEquals(Set.of(UriScheme.DEFAULT_BASE + "id/person/tahmaz-beqari"), peopleNamed(g, "Beqari"));
        Node person = org.apache.jena.graph.NodeFactory.createURI(UriScheme.DEFAULT_BASE + "id/person/tahmaz-beqari");
        Node unreconciled = org.apache.jena.graph.NodeFactory.createURI(UriScheme.DEFAULT_BASE
                + "id/concept/reconciliation-status/not-reconciled");
        assertEquals(true, g.contains(Node.ANY, person, CRM.P2_has_type.asNode(), unreconciled));
    }

    @Test
    void twoPeopleWhoShareASurname_stayTwo_andABareSurnameStaysInItsDocument() throws Exception {
        record("a.txt", "March 1, 1961", "Telegram from Comrade Ilir Hoxhaj to Comrade Petrit Hoxhaj",
                "Comrade Hoxhaj sends greetings.");
        record("b.txt", "March 2, 1961", "Telegram from Comrade Hoxhaj to the Ministry of Foreign Affairs of Albania",
                "Nothing more.");
        DatasetGraph g = convert();
        Set<String> people = peopleNamed(g, "Hoxhaj");
        String base = UriScheme.DEFAULT_BASE + "id/person/";
        assertEquals(true, people.contains(base + "ilir-hoxhaj") && people.contains(base + "petrit-hoxhaj"), people.toString());
        assertNotEquals(base + "ilir-hoxhaj", base + "petrit-hoxhaj");
        // in a.txt "Comrade Hoxhaj" fits two full names, in b.txt none: each is kept apart, in its own document
        assertEquals(4, people.size(), people.toString());
        assertEquals(2, people.stream().filter(p -> p.contains("/person/1961-")).count(), people.toString());
    }
}
