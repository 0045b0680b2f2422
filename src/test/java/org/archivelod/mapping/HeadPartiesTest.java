package org.archivelod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parties the head of a text states without a title saying so: the drafting office on its own line ("Second Asia
 * Division"; the code of a German ministry's memorandum head, "AL 2 Bonn, 10. Juni 1991"), and the go-between a
 * dispatch note sends the document to. Records we wrote in the archive's layouts.
 */
class HeadPartiesTest {
    @TempDir
    Path dir;

    private static List<String> labels(DatasetGraph g, Node property) {
        List<String> out = new ArrayList<>();
        g.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q ->
                g.find(Node.ANY, q.getObject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> out.add(l.getObject().getLiteralLexicalForm())));
        return out.stream().distinct().sorted().toList();
    }

    @Test
    void aDraftingOfficeLineInTheHead_isTheCreator_whenNothingElseNamesOne() throws Exception {
        FixtureRecords.write(dir, "a.txt", "March 3, 1979", "Record of Meeting between Minister Example and Premier Sample",
                "Record of Meeting between Minister Example and Premier Sample\n\nMarch 3, 1979\n\nSecond Asia Division\n\n\n"
                        + "On 3 March, in the small hall of the ministry, the two met for an hour and spoke of the treaty and of trade.");
        FixtureRecords.Converted r = FixtureRecords.convert(dir);
        assertEquals(List.of("Second Asia Division"), labels(r.data(), DCTerms.creator.asNode()));
    }

    @Test
    void aMemorandumHeadsOfficeCode_isItsDrafter_knownOnlyInThatDocument() throws Exception {
        FixtureRecords.write(dir, "b.txt", "May 4, 1990", "The Minister's Meeting with the Ambassador",
                "AL 2 Bonn, 3. Mai 1990\n\nV e r m e r k\n\nBetr.: Gespräch des Herrn Ministers mit dem Botschafter am 2. Mai 1990\n\n"
                        + "Das Gespräch beginnt unter vier Augen und wird dann im größeren Kreis fortgesetzt, sagt der Minister.");
        FixtureRecords.Converted r = FixtureRecords.convert(dir);
        assertEquals(List.of("AL 2"), labels(r.data(), DCTerms.creator.asNode()));
        assertTrue(r.data().find(Node.ANY, Node.ANY, DCTerms.creator.asNode(), Node.ANY).next().getObject().getURI().contains("/id/person/"),
                "the drafter is a person of this document");
        assertTrue(r.data().find(Node.ANY, Node.ANY, DCTerms.type.asNode(), Node.ANY).next().getObject().getURI().endsWith("/memorandum"));
    }

    @Test
    void aLetterDispatchedToSomeoneElse_reachesItsAddresseeThroughThem() throws Exception {
        FixtureRecords.write(dir, "c.txt", "October 5, 1950", "Letter from Filippov [Stalin] to Mao Zedong",
                "Comrade Mao Zedong, we write to you about the matters of the day and the plans of the week.\n\n"
                        + "[Handwritten] Dispatched to cde. Bulganiin via VCh at 23 hours, 5 October.");
        FixtureRecords.Converted r = FixtureRecords.convert(dir);
        List<String> carriedOut = new ArrayList<>();
        r.data().find(Node.ANY, Node.ANY, CRM.P2_has_type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && q.getObject().getURI().endsWith("/activity-type/transmission"))
                r.data().find(Node.ANY, q.getSubject(), CRM.P14_carried_out_by.asNode(), Node.ANY)
                        .forEachRemaining(c -> carriedOut.add(c.getObject().getURI().replaceFirst(".*/", "")));
        });
        assertEquals(List.of("bulganin"), carriedOut);
    }
}
