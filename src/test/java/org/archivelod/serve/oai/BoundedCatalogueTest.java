package org.archivelod.serve.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.archivelod.serve.Counting;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.serve.site.EntityLife;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.serve.site.Paging;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.serve.site.SiteQueries;
import org.archivelod.serve.site.Sitemap;
import org.archivelod.serve.site.VoidDescription;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.SiteAggregates;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The services once computed over the whole store at their first request — /void's counts, the OAI-PMH list of
 * records, the sitemap, an entity's life — read what they show from the site graph (or by an indexed lookup) instead:
 * no read behind them yields more than a page or two of quads ({@link Counting}), where the whole collection is
 * several times that, and what they read is what the whole store says (the reference: the old way, computed here).
 */
class BoundedCatalogueTest {
    private static final String BASE = ServeFixtures.BASE;
    /** The most quads one read may yield: a page of a site list and the next row, twice over. */
    private static final int MOST_PER_READ = 2 * (Paging.SIZE + 1);
    @TempDir
    static Path corpus;
    private static ArchiveStore store;

    @BeforeAll
    static void load() throws Exception {
        store = SiteFixtures.synthetic(corpus, 400, 5);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static SiteAggregatesView aggregates(DatasetGraph view) {
        return new SiteAggregatesView(SiteQueries.shared(), view, BASE);
    }

    @Test
    void theVoidCounts_areReadFromTheSiteGraph_andAreThePublishedDatasCounts() {
        Counting counting = new Counting(store.queryView());
        Model m = VoidDescription.describe(aggregates(counting), BASE, List.of());
        assertTrue(counting.total() < 1_000, "the description read " + counting.total() + " quads");

        DatasetGraph data = store.publishedData();
        Set<Triple> triples = new HashSet<>();
        Set<Node> subjects = new HashSet<>();
        Map<String, Integer> classes = new TreeMap<>();
        Txn.executeRead(data, () -> data.find().forEachRemaining(q -> {
            if (triples.add(q.asTriple())) {
                subjects.add(q.getSubject());
                if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI()) {
                    classes.merge(q.getObject().getURI(), 1, Integer::sum);
                }
            }
        }));
        assertTrue(triples.size() > 100 * counting.total(), "the store is far larger than what was read: " + triples.size());
        Resource dataset = m.getResource(BASE + "void#archive-lod");
        assertEquals(triples.size(), dataset.getProperty(VOID.triples).getLong());
        assertTrue(subjects.size() > 0);
        assertFalse(dataset.hasProperty(VOID.distinctSubjects), "not counted: a DISTINCT over every triple does not fit a small heap");
        Map<String, Integer> described = new TreeMap<>();
        dataset.listProperties(VOID.classPartition).forEachRemaining(p -> described.put(
                p.getResource().getPropertyResourceValue(VOID._class).getURI(), p.getResource().getProperty(VOID.entities).getInt()));
        assertEquals(classes, described);
        assertTrue(dataset.hasProperty(VOID.vocabulary, m.createResource(CRM.NS)));
    }

    @Test
    void aStoreWhoseSiteGraphPredatesTheVoidCounts_hasItsAggregatesComputedAgain() {
        DatasetGraph dataset = store.datasetGraph();
        Node site = NodeFactory.createURI(UriScheme.at(BASE).siteGraph());
        Node described = NodeFactory.createURI(site.getURI() + "#void");
        long before = Txn.calculateRead(dataset, () -> dataset.stream(site, described, VOID.triples.asNode(), Node.ANY).count());
        assertEquals(1, before);
        Txn.executeWrite(dataset, () -> dataset.deleteAny(site, described, Node.ANY, Node.ANY));
        SiteAggregates.ensure(store);
        assertEquals(1, Txn.calculateRead(dataset, () -> dataset.stream(site, described, VOID.triples.asNode(), Node.ANY).count()),
                "an older site graph (no VoID counts, no sitemap or OAI-PMH list) is computed again");
    }

    @Test
    void theRecordsOfOaiPmh_areReadAPageAtATime_inTheCataloguesOrder() {
        Counting lists = new Counting(store.queryView());
        Counting records = new Counting(store.publishedData());
        ListedRecords listed = new ListedRecords(aggregates(lists), records, BASE);
        List<DocumentCatalogue.Entry> expected = DocumentCatalogue.read(store.publishedData(), BASE).entries();
        assertTrue(expected.size() > 2 * MOST_PER_READ / 3, "more records than one read may yield: " + expected.size());
        assertEquals(expected.size(), listed.size());
        List<DocumentCatalogue.Entry> paged = new ArrayList<>();
        for (int offset = 0; offset < listed.size(); offset += 100) {
            List<DocumentCatalogue.Entry> page = listed.page(offset, 100);
            assertEquals(Math.min(100, listed.size() - offset), page.size(), "the page at " + offset);
            paged.addAll(page);
        }
        assertEquals(expected, paged, "the same records, sets and order as the catalogue of the whole store");
        assertEquals(expected.get(7), listed.entry(expected.get(7).identifier()).orElseThrow());
        assertTrue(listed.entry(BASE + "id/document/no-such-thing").isEmpty());
        assertTrue(lists.most() <= MOST_PER_READ, "one read of the list yielded " + lists.most() + " quads");
        assertTrue(records.most() <= MOST_PER_READ, "one read of a record yielded " + records.most() + " quads");
    }

    @Test
    void theSitemap_isReadAPartAtATime_andListsEveryPageInIriOrder() throws Exception {
        DatasetGraph data = store.publishedData();
        TreeSet<String> pages = new TreeSet<>();
        Txn.executeRead(data, () -> {
            for (Node kind : List.of(CRM.E31_Document.asNode(), CRM.E21_Person.asNode(), CRM.E74_Group.asNode(),
                    CRM.E53_Place.asNode(), CRM.E5_Event.asNode())) {
                data.find(Node.ANY, Node.ANY, RDF.type.asNode(), kind).forEachRemaining(q -> EntityPath.ofIri(q.getSubject().getURI(), BASE)
                        .ifPresent(path -> pages.add(UriScheme.at(BASE).page(path.relative()))));
            }
        });
        List<String> expected = new ArrayList<>(List.of(BASE));
        expected.addAll(pages);
        assertTrue(expected.size() > MOST_PER_READ, "more pages than one read may yield: " + expected.size());

        Counting counting = new Counting(store.queryView());
        Sitemap map = Sitemap.of(aggregates(counting), BASE);
        List<String> listed = new ArrayList<>();
        if (map.indexed()) {
            for (int n = 1; n <= map.parts(); n++) listed.addAll(locs(map.part(n)));
        } else {
            listed.addAll(locs(map.main()));
        }
        assertEquals(expected, listed);
        assertTrue(counting.most() <= MOST_PER_READ, "one read yielded " + counting.most() + " quads");
    }

    @Test
    void anEntitysLife_isLookedUpByTheOfficeType_notByWalkingItsActivities() {
        Node stalin = NodeFactory.createURI(BASE + "id/person/stalin");
        DatasetGraph data = store.publishedData();
        long activities = Txn.calculateRead(data, () -> data.stream(Node.ANY, Node.ANY, CRM.P14_carried_out_by.asNode(), stalin).count());
        Counting counting = new Counting(store.queryView());
        EntityLife life = EntityLife.of(SiteQueries.shared(), counting, stalin, BASE);
        assertTrue(life.hasDates(), "Stalin's dates, from the authority file");
        assertTrue(counting.most() < activities / 4, "one read yielded " + counting.most() + " quads, of "
                + activities + " statements of what Stalin carried out");
        assertTrue(QueryFactory.read("queries/site/entity-life.rq").hasLimit(), "the query bounds what it reads");
    }

    private static List<String> locs(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList locs = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagNameNS(Sitemap.NS, "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) out.add(locs.item(i).getTextContent());
        return out;
    }
}
