package org.archivelod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.TestFiles;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Places state where they are ({@code crm:P168_place_is_defined_by "POINT(lon lat)"}) only when the gazetteer reads
 * their name as a GeoNames city: a curated place by its label (Moscow), a city the gazetteer found in a text by the
 * city's row; territories and regions (Korea, Taiwan, the Far East) are areas and state no point.
 */
class PlacePointsTest {
    private static Graph union;

    @BeforeAll
    static void convert() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new Conversion(new ConversionSettings(LayoutConversionTest.BASE, TestFiles.AUTHORITY))
                .run(List.of(TestFiles.DOCUMENTS, Path.of("src/test/resources/fixtures/site/documents")), StreamRDFLib.dataset(dsg));
        union = dsg.getUnionGraph();
    }

    private static List<String> points(String path) {
        return union.find(LayoutConversionTest.uri(path), CRM.P168_place_is_defined_by.asNode(), Node.ANY)
                .mapWith(Triple::getObject).mapWith(Node::getLiteralLexicalForm).toSet().stream().sorted().toList();
    }

    @Test
    void aCuratedCityTakesTheGeoNamesPoint_longitudeFirst() {
        assertEquals(List.of("POINT(37.61556 55.75222)"), points("id/place/moscow"));
        assertEquals(List.of("POINT(125.75432 39.03385)"), points("id/place/pyongyang"));
    }

    @Test
    void territoriesAndRegionsHaveNoPoint() {
        assertEquals(List.of(), points("id/place/korea"));
        assertEquals(List.of(), points("id/place/taiwan"));
        assertEquals(List.of(), points("id/place/far-east"));
        assertEquals(List.of(), points("id/group/ussr"));
    }

    @Test
    void aPointIsAPlainLiteral_onAPlace() {
        union.find(Node.ANY, CRM.P168_place_is_defined_by.asNode(), Node.ANY).forEach(t -> {
            assertEquals(NodeFactory.createLiteralString(t.getObject().getLiteralLexicalForm()), t.getObject(), "plain string");
            assertEquals(true, union.contains(t.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(), CRM.E53_Place.asNode()));
        });
    }
}
