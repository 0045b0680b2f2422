package org.archivelod.serve.oai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
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
import org.archivelod.cmif.CmifExport;
import org.archivelod.cmif.CmifFile;
import org.archivelod.serve.Counting;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SharedSynthetic;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.serve.reconcile.Entity;
import org.archivelod.serve.reconcile.NameScore;
import org.archivelod.serve.reconcile.ReconcileQuery;
import org.archivelod.serve.reconcile.Reconciler;
import org.archivelod.serve.site.EntityLife;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.serve.site.Paging;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.serve.site.SiteQueries;
import org.archivelod.serve.site.Sitemap;
import org.archivelod.serve.site.VoidDescription;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.ReconcileNames;
import org.archivelod.store.ReferenceNames;
import org.archivelod.store.SiteAggregates;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.SITE;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The services once computed over the whole store at their first request — /void's counts, the OAI-PMH list of
 * records, its sets and the records of each, the sitemap, an entity's life, the reconciliation service's names — read
 * what they show from the site graph (or by an indexed lookup) instead:
 * no read behind them yields more than a page or two of quads ({@link Counting}), where the whole collection is
 * several times that, and what they read is what the whole store says (the reference: the old way, computed here).
 */
class BoundedCatalogueTest {
    private static final String BASE = ServeFixtures.BASE;
    /** The most quads one read may yield: a page of a site list and the next row, twice over. */
    private static final int MOST_PER_READ = 2 * (Paging.SIZE + 1);
    @TempDir
    static Path corpus;
    /**
     * 600 synthetic records, shared read-only with the other classes that read them ({@link SharedSynthetic}): more
     * records, entities, letters and pages than a few reads may yield. A test that writes uses {@link #own} instead.
     */
    private static ArchiveStore store;
    /**
     * A store of this class's own, for the tests that delete from its site graph and have the aggregates computed
     * again: what they check (a site graph that lacks a part is computed again, a current one is left) needs no size.
     */
    private static ArchiveStore own;

    @BeforeAll
    static void load() throws Exception {
        store = SharedSynthetic.muchNamed();
        own = SiteFixtures.synthetic(corpus.resolve("own"), 60, 5);
    }

    @AfterAll
    static void close() {
        own.close();
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
        DatasetGraph dataset = own.datasetGraph();
        Node site = NodeFactory.createURI(UriScheme.at(BASE).siteGraph());
        Node described = NodeFactory.createURI(site.getURI() + "#void");
        long before = Txn.calculateRead(dataset, () -> dataset.stream(site, described, VOID.triples.asNode(), Node.ANY).count());
        assertEquals(1, before);
        Txn.executeWrite(dataset, () -> dataset.deleteAny(site, described, Node.ANY, Node.ANY));
        SiteAggregates.ensure(own);
        assertEquals(1, Txn.calculateRead(dataset, () -> dataset.stream(site, described, VOID.triples.asNode(), Node.ANY).count()),
                "an older site graph (no VoID counts, no sitemap or OAI-PMH list) is computed again");
    }

    @Test
    void aStoreWhoseSiteGraphLacksAWholeListOfToday_hasItsAggregatesComputedAgain_andACurrentOneIsLeftAsItIs() {
        DatasetGraph dataset = own.datasetGraph();
        Node site = NodeFactory.createURI(UriScheme.at(BASE).siteGraph());
        Node network = NodeFactory.createURI(site.getURI() + "#network");
        long statements = Txn.calculateRead(dataset, () -> dataset.stream(site, Node.ANY, Node.ANY, Node.ANY).count());
        SiteAggregates.ensure(own);
        Node marker = NodeFactory.createURI(site.getURI() + "#marker");
        Txn.executeWrite(dataset, () -> dataset.add(site, marker, marker, marker));
        SiteAggregates.ensure(own);
        assertTrue(Txn.calculateRead(dataset, () -> dataset.contains(site, marker, marker, marker)), "a current site graph is not rewritten");
        Txn.executeWrite(dataset, () -> dataset.deleteAny(site, network, SITE.size.asNode(), Node.ANY));
        SiteAggregates.ensure(own);
        assertFalse(Txn.calculateRead(dataset, () -> dataset.contains(site, marker, marker, marker)), "rewritten: the network list was missing");
        assertTrue(Txn.calculateRead(dataset, () -> dataset.contains(site, network, SITE.size.asNode(), Node.ANY)));
        assertEquals(statements, Txn.calculateRead(dataset, () -> dataset.stream(site, Node.ANY, Node.ANY, Node.ANY).count()));
    }

    @Test
    void theRecordsOfOaiPmh_areReadAPageAtATime_inTheCataloguesOrder() {
        Counting lists = new Counting(store.queryView());
        Counting records = new Counting(store.publishedData());
        ListedRecords listed = new ListedRecords(aggregates(lists), records, BASE);
        List<DocumentCatalogue.Entry> expected = WholeCatalogue.read(store.publishedData(), BASE).entries();
        assertTrue(expected.size() > 2 * MOST_PER_READ / 3, "more records than one read may yield: " + expected.size());
        assertEquals(expected, paged(listed, ListedRecords.ALL), "the same records, sets and order as the catalogue of the whole store");
        assertEquals(expected.get(7), listed.entry(expected.get(7).identifier()).orElseThrow());
        assertTrue(listed.entry(BASE + "id/document/no-such-thing").isEmpty());
        assertTrue(lists.most() <= MOST_PER_READ, "one read of the list yielded " + lists.most() + " quads");
        assertTrue(records.most() <= MOST_PER_READ, "one read of a record yielded " + records.most() + " quads");
    }

    @Test
    void theSetsOfOaiPmh_andTheRecordsOfEachSet_areReadAPageAtATime_asTheWholeCatalogueHasThem() {
        WholeCatalogue whole = WholeCatalogue.read(store.publishedData(), BASE);
        assertTrue(whole.sets().size() > 4, "archives and types to list: " + whole.sets().keySet());
        Counting lists = new Counting(store.queryView());
        Counting records = new Counting(store.publishedData());
        ListedRecords listed = new ListedRecords(aggregates(lists), records, BASE);
        ArchiveSets sets = new ArchiveSets(aggregates(lists), records, listed, false);
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        sets.getSets().forEach(s -> shown.put(s.getSpec(), s.getName()));
        assertEquals(new ArrayList<>(whole.sets().entrySet()), new ArrayList<>(shown.entrySet()),
                "the same sets, names and order as the catalogue of the whole store");
        assertEquals(whole.sets().size(), sets.size());
        boolean large = false;
        for (String spec : whole.sets().keySet()) {
            assertTrue(sets.exists(spec), spec);
            List<DocumentCatalogue.Entry> expected = whole.inSet(spec);
            large |= expected.size() > MOST_PER_READ;
            assertEquals(expected, paged(listed, ListedRecords.ofSet(spec)), "the records of " + spec);
        }
        assertTrue(large, "a set with more records than one read may yield");
        assertFalse(sets.exists("type:no-such-type"));
        assertEquals(0, listed.size(ListedRecords.ofSet("archive:no-such-archive")));
        assertTrue(lists.most() <= MOST_PER_READ, "one read of a list yielded " + lists.most() + " quads");
        assertTrue(records.most() <= MOST_PER_READ, "one read of a record or a name yielded " + records.most() + " quads");
    }

    @Test
    void theReconciliationService_readsTheNamesItCouldMatch_andAnswersAsOverEveryEntity() throws Exception {
        DatasetGraph data = store.publishedData();
        List<ReconcileNames.Named> every = new ArrayList<>();
        Txn.executeRead(data, () -> ReconcileNames.read(data, BASE, every::add));
        Map<Node, Set<Node>> network = new java.util.HashMap<>();
        aggregates(store.queryView()).select("correspondence", Map.of()).forEach(row -> {
            Node from = row.get("from").asNode();
            Node to = row.get("to").asNode();
            network.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            network.computeIfAbsent(to, k -> new HashSet<>()).add(from);
        });
        assertTrue(every.size() > 2 * MOST_PER_READ, "more entities than one read may yield: " + every.size());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String text : List.of("{\"query\":\"Stalin\"}", "{\"query\":\"Chou En-lai\",\"type\":\"person\"}",
                "{\"query\":\"zhou  enlai\",\"limit\":3}", "{\"query\":\"Mao Zedong\",\"type\":[\"person\",\"group\"]}",
                "{\"query\":\"Kim\",\"type\":\"person\",\"properties\":[{\"pid\":\"correspondent\",\"v\":\"Filippov\"}]}",
                "{\"type\":\"person\",\"properties\":[{\"pid\":\"correspondent\",\"v\":{\"id\":\"person/stalin\"}}]}",
                "{\"type\":\"person\",\"limit\":100,\"properties\":[{\"pid\":\"correspondent\",\"v\":\"Joseph Stalin\"}]}",
                "{\"type\":\"document\",\"limit\":100,\"properties\":[{\"pid\":\"date\",\"v\":[\"1950-1\",\"1953\"]}]}")) {
            ReconcileQuery query = ReconcileQuery.parse("q", json.readTree(text));
            Counting lists = new Counting(store.queryView());
            List<Reconciler.Candidate> answer = new Reconciler(aggregates(lists), BASE).answer(query);
            assertEquals(everyEntity(every, network, query), answer.stream()
                    .map(c -> c.entity().id() + " " + c.score() + " " + c.match() + " " + c.properties()).toList(), text);
            assertTrue(lists.most() <= MOST_PER_READ, text + ": one read yielded " + lists.most() + " quads");
        }
        Counting lists = new Counting(store.queryView());
        List<String> zho = new Reconciler(aggregates(lists), BASE).startingWith("Zho").stream().map(Entity::id).sorted().toList();
        assertEquals(every.stream().filter(e -> NameScore.startsWith("Zho", e.label(), e.variants()))
                .map(e -> e.iri().getURI().substring((BASE + "id/").length())).sorted().toList(), zho);
        assertTrue(lists.most() <= MOST_PER_READ, "suggest: one read yielded " + lists.most() + " quads");
    }

    @Test
    void theNameIndexsEntities_readInOneQueryAKind_areThoseOfTheReferenceReading_withTheirNamesInTheSameOrder() {
        DatasetGraph data = store.datasetGraph();
        List<ReconcileNames.Named> streamed = new ArrayList<>();
        List<ReconcileNames.Named> reference = new ArrayList<>();
        Txn.executeRead(data, () -> ReconcileNames.read(data, BASE, streamed::add));
        Txn.executeRead(data, () -> ReferenceNames.read(data, BASE, reference::add));
        java.util.Comparator<ReconcileNames.Named> byIri = java.util.Comparator.comparing((ReconcileNames.Named e) -> e.iri().getURI())
                .thenComparing(ReconcileNames.Named::kind);
        streamed.sort(byIri);
        reference.sort(byIri);
        assertTrue(reference.size() > 2 * MOST_PER_READ, "entities: " + reference.size());
        assertTrue(reference.stream().anyMatch(e -> e.variants().size() > 2), "some entity has several other names");
        assertEquals(reference, streamed);
    }

    /** The answer to {@code query} scored over {@code every} entity, as the service answered before its name index. */
    private static List<String> everyEntity(List<ReconcileNames.Named> every, Map<Node, Set<Node>> network, ReconcileQuery query) {
        record Scored(ReconcileNames.Named e, int score, Map<String, Boolean> properties) {}
        Map<Node, ReconcileNames.Named> byIri = new java.util.HashMap<>();
        every.forEach(e -> byIri.put(e.iri(), e));
        List<Scored> found = new ArrayList<>();
        for (ReconcileNames.Named e : every) {
            if (!query.types().isEmpty() && query.types().stream().noneMatch(t -> t.id().equals(e.kind()))) continue;
            int score = query.query().map(q -> NameScore.score(q, e.label(), e.variants())).orElse(50);
            Map<String, Boolean> properties = new java.util.LinkedHashMap<>();
            for (ReconcileQuery.Constraint c : query.constraints()) {
                Set<Node> theirs = network.getOrDefault(e.iri(), Set.of());
                properties.put(c.pid(), c.values().stream().anyMatch(v -> c.pid().equals("date")
                        ? e.date().isPresent() && !v.asText().isBlank() && e.date().get().startsWith(v.asText().strip())
                        : v.isObject() ? theirs.contains(NodeFactory.createURI(BASE + "id/" + v.path("id").asText()))
                        : theirs.stream().map(byIri::get).filter(java.util.Objects::nonNull)
                                .anyMatch(o -> NameScore.score(v.asText(), o.label(), o.variants()) >= NameScore.FOLDED)));
            }
            if (score > 0 && !properties.containsValue(false)) found.add(new Scored(e, score, properties));
        }
        found.sort(java.util.Comparator.comparingInt(Scored::score).reversed().thenComparing(c -> c.e().label())
                .thenComparing(c -> c.e().iri().getURI()));
        long exact = found.stream().filter(c -> c.score() >= NameScore.VARIANT).count();
        List<String> answer = new ArrayList<>();
        for (int i = 0; i < Math.min(query.limit(), found.size()); i++) {
            Scored c = found.get(i);
            answer.add(c.e().iri().getURI().substring((BASE + "id/").length()) + " " + c.score() + " "
                    + (exact == 1 && i == 0 && c.score() >= NameScore.VARIANT) + " " + c.properties());
        }
        return answer;
    }

    @Test
    void theCmifFile_isWrittenOncePerRelease_andThenSentWithoutReadingTheStore() throws Exception {
        Path folder = corpus.resolve("dumps");
        Optional<Instant> published = Optional.of(Instant.parse("2026-12-01T05:35:33Z"));
        assertTrue(CmifFile.current(store.publishedData(), folder, "release-1", BASE, published), "written at load");
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        int letters = CmifExport.write(store.publishedData(), BASE, published, whole);
        assertTrue(letters > MOST_PER_READ, "more letters than one read may yield: " + letters);
        assertArrayEquals(whole.toByteArray(), Files.readAllBytes(folder.resolve(CmifExport.FILE)));

        Counting counting = new Counting(store.publishedData());
        assertFalse(CmifFile.current(counting, folder, "release-1", BASE, published), "the release's file is kept");
        assertTrue(CmifFile.isOf(folder, "release-1", BASE));
        assertEquals(0, counting.total(), "nothing read for the file of the release");
        assertFalse(CmifFile.isOf(folder, "release-2", BASE), "another release");
        assertFalse(CmifFile.isOf(folder, "release-1", "https://example.org/"), "another base");
    }

    /** Every record of the site list {@code list}, read 100 at a time as OAI-PMH pages it. */
    private static List<DocumentCatalogue.Entry> paged(ListedRecords listed, String list) {
        List<DocumentCatalogue.Entry> paged = new ArrayList<>();
        int size = listed.size(list);
        for (int offset = 0; offset < size; offset += 100) {
            List<DocumentCatalogue.Entry> page = listed.page(list, offset, 100);
            assertEquals(Math.min(100, size - offset), page.size(), "the page at " + offset + " of " + list);
            paged.addAll(page);
        }
        return paged;
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
