package org.archivelod.mapping;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words of a title that are not a name of a party's kind are not asserted as parties; they go to the curators'
 * report with the words and the reason. Titles we wrote in the shapes the archive's titles take.
 */
class PrecisionFirstTest {
    @TempDir
    Path dir;

    private FixtureRecords.Converted convert(String title) throws Exception {
        FixtureRecords.write(dir, "a.txt", "October 1, 1950", title, "Text of the record.");
        return FixtureRecords.convert(dir);
    }

    private static long count(DatasetGraph g, Node p) {
        return org.apache.jena.atlas.iterator.Iter.count(g.find(Node.ANY, Node.ANY, p, Node.ANY));
    }

    @Test
    void somethingOfAPerson_isNotThePerson() throws Exception {
        FixtureRecords.Converted r = convert("Record of Conversation from Premier Zhou Enlai's Reception of the Ambassador of Pakistan");
        assertEquals(0, count(r.data(), DCTerms.creator.asNode()), "a reception is an event, not its host");
        assertTrue(r.summary().candidates().stream().anyMatch(c -> c.contains("Reception") && c.contains("possessive")), r.summary().candidates().toString());
    }

    @Test
    void theCcOfAParty_isABody_butACcSecretaryIsAPerson() throws Exception {
        FixtureRecords.Converted r = convert("Letter from the CC of the Communist Party of Czechoslovakia to the CC of the CPSU");
        assertEquals(1, count(r.data(), DCTerms.creator.asNode()));
        assertTrue(r.data().find(Node.ANY, Node.ANY, DCTerms.creator.asNode(), Node.ANY).next().getObject().getURI().contains("/id/group/"));
        assertEquals(1, count(r.data(), CRM.P11_had_participant.asNode()), "the addressee");
    }

    @Test
    void timesWeekdaysEventsAndHeadlinesAreNotParties() throws Exception {
        FixtureRecords.Converted r = convert("Telegram from the Meeting of the Politburo to Tuesday");
        assertEquals(0, count(r.data(), DCTerms.creator.asNode()));
        assertEquals(0, count(r.data(), CRM.P11_had_participant.asNode()));
        assertTrue(r.summary().candidates().stream().anyMatch(c -> c.contains("Tuesday") && c.contains("weekday")), r.summary().candidates().toString());
        assertTrue(r.summary().candidates().stream().anyMatch(c -> c.contains("event, not a body")), r.summary().candidates().toString());

        r = convert("Cable from 9:40 p.m. to the Ministry of Foreign Affairs");
        assertEquals(0, count(r.data(), DCTerms.creator.asNode()));
        assertTrue(r.summary().candidates().stream().anyMatch(c -> c.contains("9:40 p.m.")), r.summary().candidates().toString());

        r = convert("Cable from the Chinese Embassy in Indonesia, 'The Message from Premier Zhou has been handed to the Officials'");
        assertEquals(1, count(r.data(), DCTerms.creator.asNode()));
        assertTrue(r.data().contains(Node.ANY, Node.ANY, DCTerms.creator.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(UriScheme.DEFAULT_BASE + "id/group/chinese-embassy-in-indonesia")));
    }

    @Test
    void anOfficeBesideANameIsThePerson_andAnOfficeAloneIsNobody() throws Exception {
        FixtureRecords.Converted r = convert("Telegram from the Albanian ambassador in Belgrade, Tahmaz Beqari, to the Ministry of Foreign Affairs of Albania");
        assertTrue(r.data().contains(Node.ANY, Node.ANY, DCTerms.creator.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(UriScheme.DEFAULT_BASE + "id/person/tahmaz-beqari")));
        assertEquals(1, count(r.data(), DCTerms.creator.asNode()));

        r = convert("Telegram from the Albanian ambassador in Belgrade to the Ministry of Foreign Affairs of Albania");
        assertEquals(0, count(r.data(), DCTerms.creator.asNode()));
        assertTrue(r.summary().candidates().stream().anyMatch(c -> c.contains("office without")), r.summary().candidates().toString());
    }
}
