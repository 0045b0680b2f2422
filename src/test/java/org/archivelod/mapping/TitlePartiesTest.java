package org.archivelod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Title shapes of the archive that the sample records do not show, written by us: the creators and addressees the
 * converter asserts for each (labels, "|"-separated; empty when nothing may be asserted).
 */
class TitlePartiesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Telegram from Moscow to Beijing; ; ",
            "Telegram from Pyongyang to Moscow, Top Secret; ; ",
            "Cable, Zhou Enlai to Huang Hua, 6:00 a.m.; Zhou Enlai; Huang Hua",
            "Letter from Tito to the Central Committee, Monday; Tito; Central Committee",
            "Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 1 January 1958; A.M. Puzanov; ",
            "Report by the Bulgarian Ambassador to Cuba; ; ",
            "Speech by Nikita Khrushchev at the Meeting of the Warsaw Pact; Nikita Khrushchev; ",
            "Telegram to the Ministry of Foreign Affairs from the Romanian Embassy in Moscow; Romanian Embassy in Moscow; Ministry of Foreign Affairs",
            "Information Note from Hungarian Embassy in Pyongyang, 'The Situation in North Korea'; Hungarian Embassy in Pyongyang; ",
            "Memorandum for the Record, 'Meeting with President Truman'; ; ",
            "Letter, Kim Il Sung to Stalin, 'Request for Assistance'; Kim Il Sung; Joseph Stalin",
            "Telegram from the Soviet Union to Poland; Soviet Union; Poland",
    })
    void partiesOfATitle(String title, String creators, String addressees) throws Exception {
        FixtureRecords.write(dir, "a.txt", "June 12, 1958", title, "Text of the record.");
        DatasetGraph g = FixtureRecords.convert(dir).data();
        Set<String> from = new TreeSet<>();
        Set<String> to = new TreeSet<>();
        g.find(Node.ANY, Node.ANY, DCTerms.creator.asNode(), Node.ANY).forEachRemaining(q -> from.add(label(g, q.getObject())));
        g.find(Node.ANY, Node.ANY, CRM.P2_has_type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && q.getObject().getURI().endsWith("/activity-type/sending")) {
                g.find(Node.ANY, q.getSubject(), CRM.P11_had_participant.asNode(), Node.ANY).forEachRemaining(a -> to.add(label(g, a.getObject())));
            }
        });
        assertEquals(split(creators), from, "creators");
        assertEquals(split(addressees), to, "addressees");
    }

    private static Set<String> split(String s) {
        return s == null ? Set.of() : new TreeSet<>(List.of(s.strip().split("\\s*\\|\\s*")));
    }

    private static String label(DatasetGraph g, Node n) {
        var it = g.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : n.getURI();
    }
}
