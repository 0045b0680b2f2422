package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.io.ClasspathFolders;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.PROV;
import org.junit.jupiter.api.Test;

/**
 * A front reads a subject that every document graph restates (the software that converted them) from the few
 * statements the load wrote of it into the site graph ({@code queries/aggregates/5-restated.ru}), never from its
 * copies: what the store reads for a document's page is the same with 2,000 documents and with 3,000 (6,000 and 9,000
 * copies of its statements, more than a front keeps of one subject), where counting the subject's copies (as a front
 * did) read every one of them. Counted as the quads a real Fuseki's dataset hands
 * its query engine; nothing is timed.
 */
class RestatedReadsTest {
    private static final String BASE = "http://example.org/";
    private static final UriScheme URIS = UriScheme.at(BASE);
    private static final Node SOFTWARE = NodeFactory.createURI(BASE + "id/software/tool");
    private static final Node USED = NodeFactory.createURI(BASE + "used");
    private static final Node SITE = NodeFactory.createURI(URIS.siteGraph());
    private static final Node RELEASE = NodeFactory.createURI(URIS.releaseGraph());

    /** What the store read for the page of the first document, on a front that reads restated subjects or not. */
    private record Page(long quadsRead, List<Triple> softwareStatements, List<Quad> softwareInTheDocument) {}

    @Test
    void aDocumentsPage_readsTheSameWhateverTheNumberOfGraphsRestatingItsSoftware() throws Exception {
        Page twoThousand = firstDocumentsPage(2_000, true);
        Page threeThousand = firstDocumentsPage(3_000, true);
        assertEquals(twoThousand.quadsRead(), threeThousand.quadsRead(), "quads read for the page with 2,000 and with 3,000 documents");
        assertEquals(3, threeThousand.softwareStatements().size(), "the software's distinct statements: " + threeThousand.softwareStatements());
        assertTrue(threeThousand.softwareStatements().contains(Triple.create(SOFTWARE, RDFS.label.asNode(), NodeFactory.createLiteralString("tool"))));
        assertEquals(List.of(Quad.create(graph(0), SOFTWARE, RDFS.label.asNode(), NodeFactory.createLiteralString("tool"))),
                threeThousand.softwareInTheDocument(), "the software's label in the first document's graph");
    }

    @Test
    void withoutTheRestatedStatements_theSameReadsGrowWithTheGraphs() throws Exception {
        // what the test above tells apart: a front that counts the copies reads each of them
        Page hundred = firstDocumentsPage(100, false);
        Page fourHundred = firstDocumentsPage(400, false);
        assertTrue(fourHundred.quadsRead() - hundred.quadsRead() >= 300 * 3,
                "quads read grew by " + (fourHundred.quadsRead() - hundred.quadsRead()));
    }

    @Test
    void aDocumentsPage_readsNeitherTheCopiesOfASubjectRestatedInAFewHundredGraphs_norWhatPointsAtIt() throws Exception {
        // the software restated (typed in more than 64 graphs) in a few hundred graphs, fewer copies than a front keeps of
        // one subject: an archival holding cited by 306 of 10^5 documents was 1,229 quads (1 MB of JSON) in the page of
        // every document it holds, counted then read, where its distinct statements are four; and the link to it from
        // each document is not counted either (a page reads what points at such a subject a window at a time)
        Page threeHundred = firstDocumentsPage(300, true);
        Page sixHundred = firstDocumentsPage(600, true);
        assertEquals(threeHundred.quadsRead(), sixHundred.quadsRead(), "quads read for the page with 300 and with 600 documents");
        assertEquals(List.of(Quad.create(graph(0), SOFTWARE, RDFS.label.asNode(), NodeFactory.createLiteralString("tool"))),
                sixHundred.softwareInTheDocument(), "the software's label in the first document's graph");
    }

    private static Page firstDocumentsPage(int documents, boolean readRestated) throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(data, () -> {
            for (int i = 0; i < documents; i++) describe(data, i);
        });
        String restated = Files.readString(ClasspathFolders.path("/queries/aggregates").orElseThrow().resolve("5-restated.ru"),
                StandardCharsets.UTF_8);
        Txn.executeWrite(data, () -> UpdateExec.dataset(data)
                .update(UpdateTransformOps.transform(UpdateFactory.create(restated), AggregateParameters.of(BASE).bindings())).execute());
        AtomicLong read = new AtomicLong();
        DatasetGraph counting = readCounting(data, read);
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", counting).build().start();
        try {
            RemoteDatasetGraph front = new RemoteDatasetGraph("http://localhost:" + fuseki.getHttpPort() + "/ds");
            front.readPublished(List.of(SITE, RELEASE));
            if (readRestated) front.readRestated(SITE);
            front.fetchWhole(g -> g.getURI().startsWith(URIS.documentGraphSpace()),
                    n -> URIS.documentSlug(n.getURI()).map(slug -> NodeFactory.createURI(URIS.documentGraph(slug))));
            read.set(0);
            // the document's page: the document (its graph comes whole), what it used, that one's statements
            front.pageStarts();
            Iter.count(front.find(Node.ANY, document(0), Node.ANY, Node.ANY));
            List<Triple> software = Iter.toList(front.findPublished(SOFTWARE, Node.ANY, Node.ANY).orElseThrow());
            List<Quad> inDocument = Iter.toList(front.find(graph(0), SOFTWARE, RDFS.label.asNode(), Node.ANY));
            front.pageEnds();
            return new Page(read.get(), software, inDocument);
        } finally {
            fuseki.stop();
        }
    }

    /** Document {@code i} in its own graph, with a text of its own, restating the software it was converted by. */
    private static void describe(DatasetGraph data, int i) {
        Node g = graph(i);
        Node doc = document(i);
        Node text = NodeFactory.createURI(doc.getURI() + "/text");
        data.add(g, doc, RDF.type.asNode(), NodeFactory.createURI(BASE + "Document"));
        data.add(g, doc, RDFS.label.asNode(), NodeFactory.createLiteralString("document " + i));
        data.add(g, doc, USED, SOFTWARE);
        data.add(g, doc, NodeFactory.createURI(BASE + "text"), text);
        data.add(g, text, RDFS.label.asNode(), NodeFactory.createLiteralString("text " + i));
        data.add(g, SOFTWARE, RDF.type.asNode(), PROV.SoftwareAgent.asNode());
        data.add(g, SOFTWARE, RDFS.label.asNode(), NodeFactory.createLiteralString("tool"));
        data.add(g, SOFTWARE, NodeFactory.createURI(BASE + "version"), NodeFactory.createLiteralString("1"));
    }

    private static Node document(int i) {
        return NodeFactory.createURI(URIS.documentSpace() + "d" + i);
    }

    private static Node graph(int i) {
        return NodeFactory.createURI(URIS.documentGraph("d" + i));
    }

    /**
     * A copy of {@code data} whose graphs count the triples their finds hand out ({@code read}), as a query engine reads
     * them (its default graph is empty: what the page reads here is in named graphs).
     */
    private static DatasetGraph readCounting(DatasetGraph data, AtomicLong read) {
        DatasetGraphMapLink counting = (DatasetGraphMapLink) DatasetGraphFactory.createGeneral();
        Txn.executeRead(data, () -> data.listGraphNodes().forEachRemaining(name -> {
            Graph graph = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(graph, data.getGraph(name));
            counting.addGraph(name, new GraphWrapper(graph) {
                @Override
                public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                    return super.find(s, p, o).mapWith(t -> {
                        read.incrementAndGet();
                        return t;
                    });
                }

                @Override
                public ExtendedIterator<Triple> find(Triple t) {
                    return find(t.getSubject(), t.getPredicate(), t.getObject());
                }
            });
        }));
        return counting;
    }
}
