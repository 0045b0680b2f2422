package org.archivelod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.serve.Counting;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.Test;

/**
 * A page of the network reads its rows once ({@code queries/site/network-page.rq}): the page's entries, their
 * correspondences and parties one time, one row each, then each row's first letters by their entries' IRIs
 * ({@code network-letters.rq}): the entries its list has, not five a row whatever its count.
 */
class NetworkPageReadsTest {
    /**
     * A view SPARQL runs on (not unwrapped to the store), whose named graphs read through {@code find}: ARQ reads a
     * named graph through its graph object, so each read is counted.
     */
    private static final class GraphsThrough extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        GraphsThrough(DatasetGraph dataset) {
            super(dataset);
        }

        @Override
        public Graph getGraph(Node graphNode) {
            return GraphView.createNamedGraph(this, graphNode);
        }
    }

    private static final Node ENTRY = NodeFactory.createURI("https://w3id.org/archive-lod/site#entry");
    private static final Node ITEM = org.archivelod.vocab.SITE.item.asNode();

    @Test
    void aPageOfTheNetwork_readsItsEntriesOnce_andEachRowsLetters() throws Exception {
        try (ArchiveStore store = SiteFixtures.store()) {
            Counting counting = new Counting(store.queryView());
            SiteAggregatesView site = new SiteAggregatesView(SiteQueries.shared(), new GraphsThrough(counting), ServeFixtures.BASE);
            Node page = site.pageOf("network", 1);
            List<Map<String, org.apache.jena.rdf.model.RDFNode>> rows =
                    Txn.calculateRead(counting, () -> site.select("network-page", Map.of("page", page)));
            assertFalse(rows.isEmpty(), "the fixtures' network has letters");
            assertEquals(1, counting.readsOf(page, ENTRY), "the page's entries are read once");
            // one row per correspondence
            assertEquals(rows.size(), rows.stream().map(r -> r.get("position")).distinct().count(), rows.toString());
        }
    }

    @Test
    void aPageOfTheNetwork_looksUpTheLettersItsRowsHave_notFiveARow() throws Exception {
        try (ArchiveStore store = SiteFixtures.store()) {
            Counting counting = new Counting(store.queryView());
            SiteAggregatesView site = new SiteAggregatesView(SiteQueries.shared(), new GraphsThrough(counting), ServeFixtures.BASE);
            Correspondence page = Txn.calculateRead(store.datasetGraph(), () -> Correspondence.page(site, store.publishedData(), 1));
            assertFalse(page.empty(), "the fixtures' network has letters");
            long named = page.edges().stream().mapToLong(e -> e.documents().size()).sum();
            long listed = page.edges().stream().mapToLong(e -> Math.min(org.archivelod.serve.http.NetworkServlet.LETTERS_SHOWN, e.weight())).sum();
            assertEquals(listed, named, "each row names its first letters");
            // each entry of a list "between" the page names is looked up once, and no position past its list's end
            // (the union of five positions looked up five a row: 5 x rows)
            long lookedUp = counting.readsWhere(q -> q.getPredicate().equals(ITEM) && q.getSubject().isURI()
                    && q.getSubject().getURI().contains("#between-"));
            assertEquals(listed, lookedUp, page.edges().toString());
        }
    }

    @Test
    void aLettersSummary_readsItsTitleAndDate_notItsLabel() throws Exception {
        try (ArchiveStore store = SiteFixtures.store()) {
            SiteAggregatesView site = new SiteAggregatesView(SiteQueries.shared(), store.queryView(), ServeFixtures.BASE);
            Counting published = new Counting(store.publishedData());
            Correspondence page = Txn.calculateRead(store.datasetGraph(), () -> Correspondence.page(site, published, 1));
            List<ArchiveDocuments.DocumentSummary> letters = page.edges().stream().flatMap(e -> e.documents().stream()).toList();
            assertFalse(letters.isEmpty(), "the fixtures' network has letters");
            for (ArchiveDocuments.DocumentSummary letter : letters) {
                assertFalse(letter.title().isEmpty(), letter.toString());
                assertEquals(1, published.readsOf(letter.node(), DCTerms.title.asNode()), letter.title());
                assertEquals(0, published.readsOf(letter.node(), RDFS.label.asNode()), "a titled letter's label is not read: " + letter.title());
            }
        }
    }
}
