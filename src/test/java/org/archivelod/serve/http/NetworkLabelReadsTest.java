package org.archivelod.serve.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.serve.Counting;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.serve.render.NetworkSvg;
import org.archivelod.serve.site.ArchiveDocuments;
import org.archivelod.serve.site.Correspondence;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.serve.site.SiteQueries;
import org.archivelod.serve.site.TermLabels;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.Test;

/**
 * A page of {@code /network} reads each correspondent's label once, however many rows and arrows name them, and
 * never the label of a letter, which it prints with the title and date its summary read.
 */
class NetworkLabelReadsTest {
    @Test
    void aPageOfTheNetwork_readsEachPartysLabelOnce_andNoLettersLabel() throws Exception {
        try (ArchiveStore store = SiteFixtures.store()) {
            SiteAggregatesView site = new SiteAggregatesView(SiteQueries.shared(), store.queryView(), ServeFixtures.BASE);
            Correspondence page = Txn.calculateRead(store.datasetGraph(), () -> Correspondence.page(site, store.publishedData(), 1));
            Counting counting = new Counting(store.publishedData());
            Labels labels = new Labels(counting, TermLabels.fromClasspath(), ServeFixtures.BASE).in("en");
            List<NetworkServlet.Row> rows = Txn.calculateRead(store.datasetGraph(), () -> {
                NetworkSvg.layout("network", "Who wrote to whom", page, labels, i -> "/network#edge-" + (i + 1));
                return NetworkServlet.rows(page, labels, 0);
            });
            assertEquals(page.edges().size(), rows.size());
            // the fixtures' Stalin wrote to Mao Zedong and to Kim Il Sung, and Mao Zedong to him: named on several rows
            assertTrue(page.edges().size() > page.people().size() / 2, page.edges().toString());
            for (Node party : page.people()) {
                assertEquals(1, counting.readsOf(party, RDFS.label.asNode()), "the label of " + party);
            }
            List<ArchiveDocuments.DocumentSummary> letters = page.edges().stream().flatMap(e -> e.documents().stream()).toList();
            assertFalse(letters.isEmpty(), "the fixtures' network has letters");
            for (ArchiveDocuments.DocumentSummary letter : letters) {
                assertEquals(0, counting.readsOf(letter.node(), RDFS.label.asNode()), "a letter's label: " + letter.title());
            }
        }
    }
}
