package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.archivelod.dump.CanonicalOrder;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.uri.UriScheme;
import org.junit.jupiter.api.Test;

/** The site graph's aggregates: computed at the end of each load, replaced by the next, never published. */
class SiteAggregatesTest {
    private static final Node SITE = NodeFactory.createURI(UriScheme.at(ServeFixtures.BASE).siteGraph());
    private static final String PREFIXES = "PREFIX site: <https://w3id.org/archive-lod/site#>\n"
            + "PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>\n";

    @Test
    void aLoad_countsTheDocuments_theirYearsTypesAndArchives_andWhoWroteToWhom() throws Exception {
        try (ArchiveStore store = SiteFixtures.store()) {
            DatasetGraph data = store.datasetGraph();
            assertEquals(List.of("3 1950 1950"), rows(data, "SELECT ?n ?first ?last { GRAPH ?site { ?site site:documents ?n ;"
                    + " site:firstYear ?first ; site:lastYear ?last } }"));
            assertEquals(List.of("1950 3"), rows(data, "SELECT ?v ?n { GRAPH ?site { [] site:facet \"year\" ; site:value ?v ;"
                    + " site:documents ?n } }"));
            // as many documents per type as the documents' own statements say, each type once
            assertEquals(rows(data, "SELECT ?type (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d a crm:E31_Document ;"
                            + " <http://purl.org/dc/terms/type> ?type } } GROUP BY ?type ORDER BY ?type"),
                    rows(data, "SELECT ?v ?n { GRAPH ?site { [] site:facet \"type\" ; site:value ?v ; site:documents ?n } } ORDER BY ?v"));
            // Stalin (as Filippov) wrote to Mao and to Kim Il Sung, Mao to Stalin: one correspondence each way, each letter listed
            Map<String, String> edges = new TreeMap<>();
            for (String row : rows(data, "SELECT ?from ?to ?n (COUNT(?letter) AS ?letters) { GRAPH ?site { ?e site:from ?from ;"
                    + " site:to ?to ; site:documents ?n ; site:letter ?letter } } GROUP BY ?from ?to ?n")) {
                String[] parts = row.split(" ");
                edges.put(UriScheme.lastSegment(parts[0]) + ">" + UriScheme.lastSegment(parts[1]), parts[2] + "/" + parts[3]);
            }
            assertEquals("1/1", edges.get("stalin>mao-zedong"), edges.toString());
            assertEquals("1/1", edges.get("mao-zedong>stalin"), edges.toString());
            assertEquals("1/1", edges.get("stalin>kim-il-sung"), edges.toString());
            // Zhou Enlai is named in all three (the letter, the reply as "Chou En-lai", the telegram to Kim)
            assertEquals(List.of("3"), rows(data, "SELECT ?n { GRAPH ?site { <" + ServeFixtures.ZHOU + "> site:documents ?n } }"));
        }
    }

    @Test
    void theLongLists_areWrittenInOrder_cutIntoPagesOfTheSiteSize() throws Exception {
        try (ArchiveStore store = SiteFixtures.store()) {
            DatasetGraph data = store.datasetGraph();
            // the documents by English label: each once, numbered from 1, on page 1 of the list
            List<String> labels = rows(data, "SELECT ?label { GRAPH ?g { ?d a crm:E31_Document ;"
                    + " <http://www.w3.org/2000/01/rdf-schema#label> ?label } } ORDER BY STR(?label)");
            assertEquals(List.of(labels.size() + ""), rows(data, "SELECT ?n { GRAPH ?site { ?list site:size ?n }"
                    + " FILTER(?list = IRI(CONCAT(STR(?site), \"#documents\"))) }"));
            assertEquals(labels, rows(data, "SELECT ?label { GRAPH ?site { ?page site:entry ?e . ?e site:item ?d ;"
                    + " site:position ?p } FILTER(?page = IRI(CONCAT(STR(?site), \"#documents-1\")))"
                    + " GRAPH ?g { ?d <http://www.w3.org/2000/01/rdf-schema#label> ?label } } ORDER BY ?p"));
            // the passages naming Zhou Enlai: one list of its own, every annotation target whose body he is
            String zhou = SiteAggregates.listName("passages", NodeFactory.createURI(ServeFixtures.ZHOU));
            assertEquals(rows(data, "SELECT (COUNT(DISTINCT ?t) AS ?n) { GRAPH ?g { ?a <http://www.w3.org/ns/oa#hasBody> <"
                            + ServeFixtures.ZHOU + "> ; <http://www.w3.org/ns/oa#hasTarget> ?t } }"),
                    rows(data, "SELECT ?n { GRAPH ?site { ?list site:size ?n } FILTER(?list = IRI(CONCAT(STR(?site), \"#"
                            + zhou + "\"))) }"));
            // no page of any list holds more than a page of entries, and the positions run 1, 2, 3... in each list
            assertEquals(List.of(), rows(data, "SELECT ?page { GRAPH ?site { ?page site:entry ?e } } GROUP BY ?page"
                    + " HAVING (COUNT(?e) > " + SiteAggregates.PAGE_SIZE + ")"));
            assertEquals(List.of(), rows(data, "SELECT ?list { GRAPH ?site { ?list site:size ?n . ?page site:entry ?e ."
                    + " ?e site:position ?p FILTER(STRSTARTS(STR(?e), CONCAT(STR(?list), \".\"))) } } GROUP BY ?list ?n"
                    + " HAVING (MAX(?p) != ?n || COUNT(DISTINCT ?p) != ?n)"));
        }
    }

    @Test
    void theNextLoad_replacesTheAggregates_insteadOfAddingToThem() throws Exception {
        try (ArchiveStore store = SiteFixtures.store()) {
            DatasetGraph data = store.datasetGraph();
            long quads = siteQuads(data);
            assertTrue(quads > 10, "aggregates written: " + quads);
            // the same release again: the same aggregates, not twice as many
            Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, Path.of("data/authority")));
            new DatasetLoader(store).load(sink -> conversion.run(List.of(Path.of("data/documents"), SiteFixtures.DOCUMENTS), sink));
            assertEquals(quads, siteQuads(data));
            // a release of the letter alone: its aggregates only
            new DatasetLoader(store).mirror(sink -> conversion.run(List.of(Path.of("data/documents")), sink));
            assertEquals(List.of("1"), rows(data, "SELECT ?n { GRAPH ?site { ?site site:documents ?n } }"));
            assertEquals(List.of("1"), rows(data, "SELECT ?n { GRAPH ?site { <" + ServeFixtures.ZHOU + "> site:documents ?n } }"));
            assertEquals(List.of(), rows(data, "SELECT ?e { GRAPH ?site { ?e site:from ?from ; site:to <"
                    + ServeFixtures.BASE + "id/person/kim-il-sung> } }"));
        }
    }

    @Test
    void theSiteGraph_isNeitherDumpedNorPartOfThePublishedData() throws Exception {
        try (ArchiveStore store = SiteFixtures.store()) {
            Txn.executeRead(store.datasetGraph(), () -> {
                assertTrue(store.datasetGraph().containsGraph(SITE));
                assertFalse(CanonicalOrder.graphNames(store.datasetGraph()).contains(SITE));
                DatasetGraph published = store.publishedData();
                assertFalse(published.containsGraph(SITE));
                assertTrue(published.find().hasNext());
                assertFalse(Iter.anyMatch(published.find(), q -> q.getGraph().equals(SITE)));
                assertFalse(Iter.anyMatch(published.find(Node.ANY, NodeFactory.createURI(ServeFixtures.ZHOU), Node.ANY, Node.ANY),
                        q -> q.getPredicate().getURI().startsWith(org.archivelod.vocab.SITE.NS)));
            });
        }
    }

    @Test
    void aLoadIntoARemoteStore_endsWithTheSameAggregates_sentAsOneUpdate() throws Exception {
        DatasetGraph remote = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        var fuseki = org.apache.jena.fuseki.main.FusekiServer.create().port(0).loopback(true).add("/ds", remote, true)
                .build().start();
        try (ArchiveStore local = SiteFixtures.store()) {
            Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, Path.of("data/authority")));
            new RemoteStoreLoader("http://localhost:" + fuseki.getHttpPort() + "/ds")
                    .load(sink -> conversion.run(List.of(Path.of("data/documents"), SiteFixtures.DOCUMENTS), sink));
            String collection = "SELECT ?n ?first ?last { GRAPH ?site { ?site site:documents ?n ; site:firstYear ?first ;"
                    + " site:lastYear ?last } }";
            assertEquals(rows(local.datasetGraph(), collection), rows(remote, collection));
            assertEquals(siteQuads(local.datasetGraph()), siteQuads(remote));
        } finally {
            fuseki.stop();
        }
    }

    private static long siteQuads(DatasetGraph data) {
        return Txn.calculateRead(data, () -> Iter.count(data.find(SITE, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** The rows of a SELECT over the stored dataset, {@code ?site} bound to the site graph: values joined by spaces. */
    private static List<String> rows(DatasetGraph data, String select) {
        return Txn.calculateRead(data, () -> {
            var builder = QueryExecution.dataset(DatasetFactory.wrap(data)).query(PREFIXES + select)
                    .substitution("site", org.apache.jena.rdf.model.ResourceFactory.createResource(SITE.getURI()));
            try (QueryExecution exec = builder.build()) {
                var results = exec.execSelect();
                List<String> out = new java.util.ArrayList<>();
                results.forEachRemaining(s -> {
                    List<String> values = new java.util.ArrayList<>();
                    results.getResultVars().forEach(v -> values.add(s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm()
                            : s.get(v).toString()));
                    out.add(String.join(" ", values));
                });
                return out;
            }
        });
    }
}
