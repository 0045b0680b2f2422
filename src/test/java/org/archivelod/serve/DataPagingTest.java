package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /data/…} of an entity named in hundreds of documents, over HTTP: the first page is small and says (in Hydra and
 * in a {@code Link} header) where the next is; following {@code next} to the end gives every statement pointing at the
 * entity exactly once; each page parses, has its own ETag, and two servers over one store send the same bytes.
 */
class DataPagingTest {
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final String POPULAR = "/data/person/mao-zedong";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static ArchiveStore store;
    private static RunningSite site;
    private static RunningSite second;

    @BeforeAll
    static void start() throws Exception {
        site = SharedSynthetic.muchNamedSite();   // shared, read-only: never closed here
        store = site.store;
        second = RunningSite.alsoServe(site);
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
    }

    private static Node entity() {
        return NodeFactory.createURI(ServeFixtures.BASE + "id/person/mao-zedong");
    }

    /** The statements pointing at the entity in the store, one per named graph they are stated in. */
    private static long incomingInStore() {
        // the published data: the site graph's aggregates name entities too, but are no incoming links of theirs
        DatasetGraph published = store.publishedData();
        return Txn.calculateRead(store.datasetGraph(), () -> Iter.count(published.findNG(Node.ANY, Node.ANY, Node.ANY, entity())));
    }

    private static Optional<String> next(HttpResponse<?> response) {
        for (String link : response.headers().allValues("Link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    private static String path(String iri) {
        assertTrue(iri.startsWith(ServeFixtures.BASE), iri);
        return "/" + iri.substring(ServeFixtures.BASE.length());
    }

    @Test
    void theFirstPage_isSmall_andSaysWhereTheNextIs_inHydraAndInALinkHeader() throws Exception {
        HttpResponse<byte[]> first = site.getBytes(POPULAR + ".ttl");
        assertEquals(200, first.statusCode());
        assertTrue(first.body().length <= 64 * 1024, "the first page is at most 64 KB: " + first.body().length);
        String document = ServeFixtures.BASE + "data/person/mao-zedong.ttl";
        assertEquals(Optional.of(document + "?page=2"), next(first), "Link: <…?page=2>; rel=\"next\"");
        Graph graph = parse(first.body(), Lang.TURTLE);
        Node self = NodeFactory.createURI(document);
        assertTrue(graph.contains(self, RDF.type.asNode(), NodeFactory.createURI(HYDRA + "PartialCollectionView")));
        assertTrue(graph.contains(self, hydra("next"), NodeFactory.createURI(document + "?page=2")));
        assertTrue(graph.contains(self, hydra("first"), self));
        assertTrue(graph.contains(entity(), RDF.type.asNode(), Node.ANY), "page 1 has the entity's own statements");
        HttpResponse<byte[]> second = site.getBytes(POPULAR + ".ttl?page=2");
        assertFalse(parse(second.body(), Lang.TURTLE).contains(entity(), Node.ANY, Node.ANY),
                "a later page has only the statements pointing at the entity");
    }

    @Test
    void aDocumentsDescription_statesTheLabelsOfWhatItNamesOnce_notOncePerGraphRestatingThem() throws Exception {
        // of what documents point at, the thing whose label the most graphs restate (a translator credited in every record),
        // and a document pointing at it
        DatasetGraph published = store.publishedData();
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        var row = Txn.calculateRead(store.datasetGraph(), () -> {
            try (var exec = QueryExecutionFactory.create("""
                    SELECT ?thing (COUNT(?g) AS ?n) (SAMPLE(?doc) AS ?graph)
                    { GRAPH ?g { ?thing <http://www.w3.org/2000/01/rdf-schema#label> ?l .
                                 ?s a <http://www.cidoc-crm.org/cidoc-crm/E31_Document> ; ?p ?thing }
                      BIND(?g AS ?doc) FILTER(CONTAINS(STR(?g), "/graph/document/")) }
                    GROUP BY ?thing ORDER BY DESC(?n) ?thing LIMIT 1""", DatasetFactory.wrap(published))) {
                return exec.execSelect().next();
            }
        });
        Node thing = row.get("thing").asNode();
        String graph = row.get("graph").asResource().getURI();
        long restated = Txn.calculateRead(store.datasetGraph(), () -> Iter.count(published.findNG(Node.ANY, thing, label, Node.ANY)));
        Set<Node> labels = new HashSet<>();
        Txn.executeRead(store.datasetGraph(), () -> published.findNG(Node.ANY, thing, label, Node.ANY).forEachRemaining(q -> labels.add(q.getObject())));
        assertTrue(restated > 100, thing + "'s label is restated in many graphs: " + restated);

        HttpResponse<byte[]> trig = site.getBytes("/data/document/" + graph.substring(graph.indexOf("/graph/document/") + 16) + ".trig");
        assertEquals(200, trig.statusCode());
        DatasetGraph described = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(trig.body())).lang(Lang.TRIG).parse(described);
        long stated = Iter.count(described.find(Node.ANY, thing, label, Node.ANY));
        assertEquals(labels.size(), stated, "each of " + thing + "'s labels once, where the store restates them " + restated + " times");
        assertTrue(described.getDefaultGraph().contains(thing, label, Node.ANY), "the labels in the description's default graph");
    }

    @Test
    void followingNextToTheEnd_givesEveryIncomingLinkExactlyOnce() throws Exception {
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        int pages = 0;
        Optional<String> at = Optional.of(ServeFixtures.BASE + "data/person/mao-zedong.nq");
        String last = null;
        while (at.isPresent()) {
            HttpResponse<byte[]> page = site.getBytes(path(at.get()));
            assertEquals(200, page.statusCode(), at.get());
            pages++;
            DatasetGraph quads = DatasetGraphFactory.createGeneral();
            RDFParser.source(new ByteArrayInputStream(page.body())).lang(Lang.NQUADS).parse(quads);
            for (var it = quads.find(Node.ANY, Node.ANY, Node.ANY, entity()); it.hasNext(); ) {
                var q = it.next();
                if (q.isDefaultGraph()) continue;
                if (!seen.add(q.toString())) duplicates++;
            }
            last = at.get();
            at = next(page);
        }
        assertTrue(pages >= 2, "the fixture's most named person needs several pages: " + pages);
        assertEquals(0, duplicates, "no incoming link is on two pages");
        assertEquals(incomingInStore(), seen.size(), "the pages together hold every incoming link in the store");
        HttpResponse<String> lastPage = site.get(path(last).replace(".nq", ".ttl"));
        assertFalse(lastPage.body().contains("hydra:next"), "the last page has no next");
        assertTrue(lastPage.body().contains("hydra:previous"));
        assertEquals(404, site.get(POPULAR + ".ttl?page=" + (pages + 1)).statusCode(), "past the last page");
        assertEquals(400, site.get(POPULAR + ".ttl?page=zero").statusCode());
    }

    @Test
    void everyPage_parses_inEveryFormat_andStaysUnder64KbOfTurtle() throws Exception {
        for (int page = 1; ; page++) {
            HttpResponse<byte[]> ttl = site.getBytes(POPULAR + ".ttl?page=" + page);
            if (ttl.statusCode() == 404) break;
            assertTrue(ttl.body().length <= 64 * 1024, "page " + page + ": " + ttl.body().length + " bytes");
            parse(ttl.body(), Lang.TURTLE);
            parse(site.getBytes(POPULAR + ".nt?page=" + page).body(), Lang.NTRIPLES);
            parse(site.getBytes(POPULAR + ".rdf?page=" + page).body(), Lang.RDFXML);
            RDFParser.source(new ByteArrayInputStream(site.getBytes(POPULAR + ".trig?page=" + page).body()))
                    .lang(Lang.TRIG).parse(DatasetGraphFactory.createGeneral());
        }
    }

    @Test
    void eachPage_isTheSameBytes_fromTwoServersOverOneStore_withItsOwnEtag() throws Exception {
        HttpResponse<byte[]> a = site.getBytes(POPULAR + ".ttl?page=2");
        HttpResponse<byte[]> b = second.getBytes(POPULAR + ".ttl?page=2");
        assertArrayEquals(a.body(), b.body(), "two fronts, one store: the same page");
        assertArrayEquals(a.body(), site.getBytes(POPULAR + ".ttl?page=2").body(), "and again");
        assertArrayEquals(site.getBytes(POPULAR + ".jsonld").body(), second.getBytes(POPULAR + ".jsonld").body());
        String etag = a.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(site.getBytes(POPULAR + ".ttl").headers().firstValue("ETag").orElseThrow(), etag,
                "page 2 has an ETag of its own");
        assertEquals(304, site.get(POPULAR + ".ttl?page=2", "If-None-Match", etag).statusCode());
        assertEquals(200, site.get(POPULAR + ".ttl?page=3", "If-None-Match", etag).statusCode());
    }

    @Test
    void aNegotiatedPage_linksToTheNegotiatedDocument() throws Exception {
        HttpResponse<String> page = site.get(POPULAR + "?page=2", "Accept", "text/turtle");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Vary").contains("Accept"));
        assertEquals(Optional.of(ServeFixtures.BASE + "data/person/mao-zedong?page=3"), next(page));
        assertTrue(page.headers().allValues("Link").contains("<" + ServeFixtures.BASE + "data/person/mao-zedong>; rel=\"first\""));
    }

    private static Node hydra(String term) {
        return NodeFactory.createURI(HYDRA + term);
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(ServeFixtures.BASE).parse(graph);
        assertFalse(graph.isEmpty(), new String(body, StandardCharsets.UTF_8));
        return graph;
    }
}
