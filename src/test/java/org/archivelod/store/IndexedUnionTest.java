package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.uri.UriScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published union of a TDB2 store read by node id ({@link IndexedUnion}) gives what decoding every copy gave: each
 * statement of a published graph once, in the same order, and nothing only the site's bookkeeping graphs hold.
 */
class IndexedUnionTest {
    private static final String BASE = "http://localhost:3030/";
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node STALIN = NodeFactory.createURI(BASE + "id/person/stalin");
    private static final Node MAO = NodeFactory.createURI(BASE + "id/person/mao-zedong");

    @Test
    void aStatementRestatedInManyGraphs_isReadOnce_andTheSiteGraphsOwnAreLeftOut(@TempDir Path folder) {
        try (ArchiveStore store = ArchiveStore.open(folder.resolve("store"))) {
            DatasetGraph stored = store.datasetGraph();
            Node site = NodeFactory.createURI(UriScheme.at(BASE).siteGraph());
            Node release = NodeFactory.createURI(UriScheme.at(BASE).releaseGraph());
            Txn.executeWrite(stored, () -> {
                for (int i = 1; i <= 40; i++) {
                    Node graph = NodeFactory.createURI(BASE + "graph/document/d" + i);
                    stored.add(graph, STALIN, LABEL, NodeFactory.createLiteralLang("Joseph Stalin", "en"));
                    stored.add(graph, MAO, LABEL, NodeFactory.createLiteralLang("Mao Zedong", "en"));
                    if (i % 7 == 0) stored.add(graph, STALIN, LABEL, NodeFactory.createLiteralLang("Иосиф Сталин", "ru"));
                }
                stored.add(site, STALIN, LABEL, NodeFactory.createLiteralLang("Joseph Stalin", "en"));
                stored.add(site, STALIN, LABEL, NodeFactory.createLiteralString("only the site graph's"));
                stored.add(release, MAO, LABEL, NodeFactory.createLiteralString("only the release's"));
            });
            DatasetGraph published = store.publishedData();
            Txn.executeRead(stored, () -> {
                for (Node[] pattern : List.of(new Node[] {STALIN, LABEL}, new Node[] {MAO, LABEL}, new Node[] {Node.ANY, LABEL},
                        new Node[] {Node.ANY, Node.ANY})) {
                    List<Triple> read = Iter.toList(Iter.map(published.find(Quad.unionGraph, pattern[0], pattern[1], Node.ANY), Quad::asTriple));
                    List<Triple> decoded = Iter.toList(Iter.distinct(Iter.map(Iter.filter(stored.findNG(Node.ANY, pattern[0], pattern[1], Node.ANY),
                            q -> !UriScheme.isBookkeepingGraph(q.getGraph().getURI())), Quad::asTriple)));
                    assertEquals(decoded, read, pattern[0] + " " + pattern[1]);
                    assertFalse(read.stream().anyMatch(t -> t.getObject().getLiteralLexicalForm().startsWith("only")), read.toString());
                }
                assertEquals(2, Iter.count(published.find(Quad.unionGraph, STALIN, LABEL, Node.ANY)));
                assertFalse(published.find(Quad.unionGraph, NodeFactory.createURI(BASE + "id/person/nobody"), LABEL, Node.ANY).hasNext());
                // read by node id in TDB2, decoding each copy elsewhere
                assertTrue(IndexedUnion.find(stored, STALIN, LABEL, Node.ANY, graph -> true).isPresent());
                assertTrue(IndexedUnion.find(ArchiveStore.inMemory().datasetGraph(), STALIN, LABEL, Node.ANY, graph -> true).isEmpty());
            });
        }
    }

    @Test
    void aStatementsCopies_areSkippedInTheIndex_soItsCostDoesNotGrowWithTheGraphsRestatingIt(@TempDir Path folder) {
        Node software = NodeFactory.createURI(BASE + "id/software/archive-lod-0-1-0");
        Node archive = NodeFactory.createURI(BASE + "id/group/archive");
        Node site = NodeFactory.createURI(UriScheme.at(BASE).siteGraph());
        int graphs = 1_000;
        try (ArchiveStore store = ArchiveStore.open(folder.resolve("store"))) {
            DatasetGraph stored = store.datasetGraph();
            Txn.executeWrite(stored, () -> {
                // the site graph first, so that the first copy in the index may be one that does not count
                stored.add(site, software, LABEL, NodeFactory.createLiteralLang("Archive LOD 0.1.0", "en"));
                for (int i = 1; i <= graphs; i++) {
                    Node graph = NodeFactory.createURI(BASE + "graph/document/d" + i);
                    stored.add(graph, software, LABEL, NodeFactory.createLiteralLang("Archive LOD 0.1.0", "en"));
                    stored.add(graph, software, LABEL, NodeFactory.createLiteralString("Archive LOD"));
                    stored.add(graph, archive, LABEL, NodeFactory.createLiteralLang("An archive", "en"));
                    stored.add(graph, archive, software, NodeFactory.createLiteralString("d" + i));   // one copy each
                }
            });
            DatasetGraph published = store.publishedData();
            Txn.executeRead(stored, () -> {
                for (Node[] pattern : List.of(new Node[] {software, LABEL, Node.ANY}, new Node[] {software, Node.ANY, Node.ANY},
                        new Node[] {Node.ANY, LABEL, Node.ANY}, new Node[] {Node.ANY, LABEL, NodeFactory.createLiteralString("Archive LOD")},
                        new Node[] {software, Node.ANY, NodeFactory.createLiteralString("Archive LOD")}, new Node[] {archive, software, Node.ANY},
                        new Node[] {Node.ANY, software, Node.ANY})) {
                    List<Triple> read = Iter.toList(Iter.map(published.find(Quad.unionGraph, pattern[0], pattern[1], pattern[2]), Quad::asTriple));
                    List<Triple> decoded = Iter.toList(Iter.distinct(Iter.map(Iter.filter(stored.findNG(Node.ANY, pattern[0], pattern[1], pattern[2]),
                            q -> !UriScheme.isBookkeepingGraph(q.getGraph().getURI())), Quad::asTriple)));
                    assertEquals(decoded, read, pattern[0] + " " + pattern[1] + " " + pattern[2]);
                }
                // two labels restated in 1,000 graphs each (and once in the site graph): a few keys each, not 2,001
                IndexedUnion labels = (IndexedUnion) IndexedUnion.find(stored, software, LABEL, Node.ANY,
                        graph -> !UriScheme.isBookkeepingGraph(graph.getURI())).orElseThrow();
                assertEquals(2, Iter.count(labels));
                assertTrue(labels.keysRead() <= 2 * (IndexedUnion.COPIES_READ + 1), labels.keysRead() + " keys read");
                // statements stated once each are read once each
                IndexedUnion once = (IndexedUnion) IndexedUnion.find(stored, archive, software, Node.ANY, graph -> true).orElseThrow();
                assertEquals(graphs, Iter.count(once));
                assertEquals(graphs, once.keysRead());
                // a term the store does not hold: nothing, and no key read
                assertFalse(IndexedUnion.find(stored, NodeFactory.createURI(BASE + "id/person/nobody"), LABEL, Node.ANY, graph -> true)
                        .orElseThrow().hasNext());
            });
        }
    }
}
