package org.archivelod.pipeline;

import static org.archivelod.pipeline.LayoutConversionTest.convert;
import static org.archivelod.pipeline.LayoutConversionTest.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.validate.DatasetValidator;
import org.archivelod.validate.ValidationReport;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

/**
 * Custody as the citation states it: one archive keeps the original; several archives each keep a copy of their own;
 * a book, journal or document collection is a publication of the original, never its keeper.
 */
class CustodyConversionTest {
    private static List<Node> objects(Graph g, Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList();
    }

    private static List<Node> values(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node carried(Graph g) {
        List<Node> originals = g.find(Node.ANY, CRM.P128_carries.asNode(), Node.ANY).mapWith(Triple::getObject).toSet().stream().toList();
        assertEquals(1, originals.size());
        return originals.get(0);
    }

    private static void assertConforms(String fixture) throws Exception {
        ValidationReport report = new DatasetValidator().validate(convert(fixture));
        assertTrue(report.conforms(), fixture + ":\n" + report.toText());
    }

    @Test
    void threeArchives_threeCopies_eachWithItsOwnKeeperAndFile_noOriginalClaimed() throws Exception {
        Graph g = convert("several-archives").getUnionGraph();
        List<Node> carriers = objects(g, CRM.P128_carries.asNode(), carried(g));
        assertEquals(3, carriers.size(), carriers.toString());
        Set<Node> keepers = carriers.stream().map(c -> {
            List<Node> k = values(g, c, CRM.P50_has_current_keeper.asNode());
            assertEquals(1, k.size(), c + " has one keeper: " + k);
            assertEquals(1, values(g, c, CRM.P46i_forms_part_of.asNode()).size(), c + " is part of its own file");
            assertTrue(g.contains(c, RDF.type.asNode(), CRM.E22_Human_Made_Object.asNode()));
            return k.get(0);
        }).collect(Collectors.toSet());
        assertEquals(Set.of(uri("id/group/aprf"), uri("id/group/avprf"), uri("id/group/rgaspi")), keepers);
        assertTrue(carriers.stream().noneMatch(c -> c.getURI().endsWith("/original-object")), "no archive is said to keep the original");
        assertTrue(g.contains(carriers.get(1), CRM.P46i_forms_part_of.asNode(), uri("id/holding/avprf-fond-059a-opis-5a-delo-3")));
        assertConforms("several-archives");
    }

    @Test
    void oneArchive_keepsTheOriginal_theSeedsCopyStaysInItsHolding() throws Exception {
        Graph g = convert("page-current").getUnionGraph();
        List<Node> carriers = objects(g, CRM.P128_carries.asNode(), carried(g));
        assertEquals(1, carriers.size());
        assertTrue(carriers.get(0).getURI().endsWith("/original-object"));
        assertEquals(List.of(uri("id/group/tsamo-rf")), values(g, carriers.get(0), CRM.P50_has_current_keeper.asNode()));
    }

    @Test
    void journalBesideAnArchive_isAPublication_notAKeeper() throws Exception {
        Graph g = convert("journal-and-archive").getUnionGraph();
        Node original = carried(g);
        List<Node> carriers = objects(g, CRM.P128_carries.asNode(), original);
        assertEquals(1, carriers.size());
        assertTrue(carriers.get(0).getURI().endsWith("/original-object"), "one archive: it keeps the original");
        assertEquals(List.of(uri("id/group/avprf")), values(g, carriers.get(0), CRM.P50_has_current_keeper.asNode()));
        assertFalse(g.contains(Node.ANY, CRM.P50_has_current_keeper.asNode(), uri("id/group/cwihp")), "the CWIHP Bulletin keeps nothing");
        List<Node> works = objects(g, CRM.P165_incorporates.asNode(), original);
        assertEquals(1, works.size());
        assertTrue(g.contains(works.get(0), RDF.type.asNode(), CRM.E73_Information_Object.asNode()));
        assertFalse(g.contains(works.get(0), RDF.type.asNode(), CRM.E22_Human_Made_Object.asNode()));
        Node made = objects(g, CRM.P94_has_created.asNode(), works.get(0)).get(0);
        assertTrue(g.contains(made, RDF.type.asNode(), CRM.E65_Creation.asNode()));
        assertFalse(g.find(made, CRM.P4_has_time_span.asNode(), Node.ANY).hasNext(), "'Winter 1995/1996' is no year");
        assertConforms("journal-and-archive");
    }

    @Test
    void printedBookAndCollection_arePublications_editorsKnownToTheAuthorityFileMadeThem() throws Exception {
        Graph book = convert("printed-book").getUnionGraph();
        assertFalse(book.find(Node.ANY, CRM.P50_has_current_keeper.asNode(), Node.ANY).hasNext());
        assertFalse(book.find(Node.ANY, CRM.P128_carries.asNode(), Node.ANY).hasNext(), "no physical object is claimed");
        Node work = objects(book, CRM.P165_incorporates.asNode(), Node.ANY).get(0);
        Node made = objects(book, CRM.P94_has_created.asNode(), work).get(0);
        assertTrue(book.find(made, CRM.P4_has_time_span.asNode(), Node.ANY).hasNext(), "the imprint's year 2009");
        assertConforms("printed-book");

        Graph collection = convert("collection-source").getUnionGraph();
        Node nianpu = objects(collection, CRM.P165_incorporates.asNode(), Node.ANY).get(0);
        assertTrue(collection.contains(nianpu, RDF.type.asNode(), CRM.E73_Information_Object.asNode()));
        Node compiled = objects(collection, CRM.P94_has_created.asNode(), nianpu).get(0);
        assertEquals(List.of(uri("id/group/cpc-central-historical-documents-research-office")),
                values(collection, compiled, CRM.P14_carried_out_by.asNode()));
        assertFalse(collection.find(Node.ANY, CRM.P50_has_current_keeper.asNode(), Node.ANY).hasNext());
        assertConforms("collection-source");
    }
}
