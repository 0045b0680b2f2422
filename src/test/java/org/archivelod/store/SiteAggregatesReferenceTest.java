package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.uri.UriScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregates written at load (queries made to scale: entities found once, activity types matched by IRI, lists
 * sorted by the store and streamed) against the faithful reference: naive SPARQL over the whole store, each count
 * computed the plain way, on a synthetic corpus.
 */
class SiteAggregatesReferenceTest {
    private static final UriScheme URIS = UriScheme.at(ServeFixtures.BASE);
    private static final String PREFIXES = "PREFIX site: <https://w3id.org/archive-lod/site#>\n"
            + "PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
            + "PREFIX oa: <http://www.w3.org/ns/oa#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final String SITE = "<" + URIS.siteGraph() + ">";
    private static final String SENDING = "<" + URIS.activityType("sending") + ">";
    @TempDir
    static Path corpus;
    private static ArchiveStore store;
    private static Map<String, List<String>> lists;

    @BeforeAll
    static void load() throws Exception {
        store = SiteFixtures.synthetic(corpus, 120, 11);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theCollectionAndItsTallies_areTheWholeStoresCounts() {
        assertEquals(rows("SELECT (COUNT(DISTINCT ?d) AS ?n) (MIN(?y) AS ?first) (MAX(?y) AS ?last) { GRAPH ?g {"
                        + " ?d a crm:E31_Document OPTIONAL { ?d dcterms:date ?date } } BIND(xsd:integer(SUBSTR(STR(?date), 1, 4)) AS ?y) }"),
                rows("SELECT ?n ?first ?last { GRAPH " + SITE + " { " + SITE + " site:documents ?n ; site:firstYear ?first ;"
                        + " site:lastYear ?last } }"));
        assertEquals(rows("SELECT ?y (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d a crm:E31_Document ; dcterms:date ?date }"
                        + " BIND(xsd:integer(SUBSTR(STR(?date), 1, 4)) AS ?y) } GROUP BY ?y ORDER BY ?y"),
                tally("year"));
        assertEquals(rows("SELECT ?v (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d a crm:E31_Document ; dcterms:type ?v } }"
                        + " GROUP BY ?v ORDER BY ?v"),
                tally("type"));
        assertEquals(rows("SELECT ?v (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d a crm:E31_Document ; crm:P130_shows_features_of ?o }"
                        + " GRAPH ?h { ?x crm:P128_carries ?o ; crm:P50_has_current_keeper ?v } } GROUP BY ?v ORDER BY ?v"),
                tally("archive"));
    }

    @Test
    void eachNamedEntity_countsTheDocumentsWhoseGraphPointAtIt() {
        // every IRI some document's graph points at, with its documents; kept if it is typed a person, group or place
        java.util.Set<String> typed = new java.util.HashSet<>(rows("SELECT DISTINCT ?e { GRAPH ?t { ?e a ?c }"
                + " VALUES ?c { crm:E21_Person crm:E74_Group crm:E53_Place } }"));
        List<String> expected = rows("SELECT ?e (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?g dcterms:subject ?d . ?s ?p ?e }"
                + " FILTER(isIRI(?e)) } GROUP BY ?e ORDER BY ?e").stream().filter(r -> typed.contains(r.split(" ")[0])).toList();
        assertTrue(expected.size() > 50, "the corpus names many entities: " + expected.size());
        assertEquals(expected, rows("SELECT ?e ?n { GRAPH " + SITE + " { ?e site:documents ?n"
                + " FILTER NOT EXISTS { ?e site:from ?sender } } FILTER(isIRI(?e) && ?e != " + SITE + ") } ORDER BY ?e"));
    }

    @Test
    void theCorrespondences_areTheSendingsOfTheWholeStore() {
        String sendings = "GRAPH ?g { ?s crm:P2_has_type ?type ; crm:P14_carried_out_by ?from ; crm:P11_had_participant ?to ."
                + " ?g dcterms:subject ?d } FILTER(STR(?type) = STR(" + SENDING + ") && ?from != ?to)";
        List<String> expected = rows("SELECT ?from ?to (COUNT(DISTINCT ?d) AS ?n) { " + sendings + " } GROUP BY ?from ?to"
                + " ORDER BY ?from ?to");
        assertTrue(expected.size() > 10, "the corpus has letters: " + expected.size());
        assertEquals(expected, rows("SELECT ?from ?to ?n { GRAPH " + SITE + " { ?e site:from ?from ; site:to ?to ;"
                + " site:documents ?n } } ORDER BY ?from ?to"));
        assertEquals(rows("SELECT DISTINCT ?from ?to ?d { " + sendings + " } ORDER BY ?from ?to ?d"),
                rows("SELECT ?from ?to ?d { GRAPH " + SITE + " { ?e site:from ?from ; site:to ?to ; site:letter ?d } }"
                        + " ORDER BY ?from ?to ?d"));
        assertEquals(rows("SELECT ?p (COUNT(DISTINCT ?d) AS ?n) { { " + sendings + " BIND(?from AS ?p) } UNION { " + sendings
                        + " BIND(?to AS ?p) } } GROUP BY ?p ORDER BY ?p"),
                rows("SELECT ?p ?n { GRAPH " + SITE + " { ?p site:letters ?n } } ORDER BY ?p"));
    }

    @Test
    void theLists_holdEveryItemOnce_inTheirOrder() {
        // the documents by English label (then IRI), numbered from 1
        assertEquals(rows("SELECT ?d { GRAPH ?g { ?d a crm:E31_Document OPTIONAL { ?d rdfs:label ?l"
                        + " FILTER(langMatches(lang(?l), 'en')) } } } ORDER BY STR(?l) STR(?d)"),
                list("documents"));
        // the people some document names, as many as the entities counted above
        assertEquals(rows("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?t { ?e a crm:E21_Person } GRAPH ?g { ?s ?p ?e ."
                        + " ?g dcterms:subject ?d } }"),
                List.of(String.valueOf(list("people").size())));
        // each entity's passages: every annotation target whose body it is, once
        List<String> bodies = rows("SELECT ?b (COUNT(DISTINCT ?t) AS ?n) { GRAPH ?g { ?a oa:hasBody ?b ; oa:hasTarget ?t ."
                + " ?t oa:hasSource ?src . ?g dcterms:subject ?d . ?d dcterms:title ?title } FILTER(isIRI(?b)) } GROUP BY ?b ORDER BY ?b");
        List<String> written = new ArrayList<>();
        for (String row : bodies) {
            String body = row.split(" ")[0];
            String name = SiteAggregates.listName("passages", org.apache.jena.graph.NodeFactory.createURI(body));
            written.add(body + " " + list(name).size());
        }
        assertEquals(bodies, written);
    }

    @Test
    void eachEntitysPassages_areInTheOrderOfItsPage() {
        // the plain way: every passage of the whole store with its document, sorted at once by entity, the document's
        // date (a partial date at its first day, undated last) and title, the document's own text first, the source,
        // the place in it, the passage; each passage kept at its first place
        List<String> rows = rows("SELECT ?b ?t { GRAPH ?g { ?a oa:hasBody ?b ; oa:hasTarget ?t . ?t oa:hasSource ?src ."
                + " ?g dcterms:subject ?d . ?d dcterms:title ?title OPTIONAL { ?d dcterms:date ?date }"
                + " OPTIONAL { ?t oa:hasSelector ?s . ?s a oa:TextPositionSelector ; oa:start ?start } } FILTER(isIRI(?b))"
                + " BIND(COALESCE(STR(?date), '9999') AS ?x) BIND(IF(STRLEN(?x) = 4, CONCAT(?x, '-01-01'),"
                + " IF(STRLEN(?x) = 7, CONCAT(?x, '-01'), SUBSTR(?x, 1, 10))) AS ?key) }"
                + " ORDER BY ?b ?key STR(?title) (?src != ?d) STR(?src) COALESCE(?start, -1) STR(?t)");
        java.util.Map<String, java.util.LinkedHashSet<String>> expected = new java.util.TreeMap<>();
        rows.forEach(r -> expected.computeIfAbsent(r.split(" ")[0], b -> new java.util.LinkedHashSet<>()).add(r.split(" ")[1]));
        assertTrue(expected.values().stream().anyMatch(items -> items.size() > 20), "some entity is named in many passages");
        expected.forEach((body, items) -> assertEquals(List.copyOf(items),
                list(SiteAggregates.listName("passages", org.apache.jena.graph.NodeFactory.createURI(body))), body));
    }

    @Test
    void eachDocumentsNeighboursInTime_areTheOnesAQueryOverEveryDocumentFinds() {
        var queries = org.archivelod.serve.site.SiteQueries.shared();
        var view = store.queryView();
        var aggregates = new org.archivelod.serve.site.SiteAggregatesView(queries, view, ServeFixtures.BASE);
        List<String> documents = rows("SELECT DISTINCT ?d { GRAPH ?g { ?d a crm:E31_Document } } ORDER BY ?d");
        assertTrue(documents.size() >= 120, "every document: " + documents.size());
        int linked = 0;
        for (String iri : documents) {
            var doc = org.apache.jena.graph.NodeFactory.createURI(iri);
            var around = Txn.calculateRead(view, () -> org.archivelod.serve.site.DocumentNeighbours.of(aggregates, queries, view, doc));
            assertEquals(neighbour("previous-document", doc), around.previous(), "before " + iri);
            assertEquals(neighbour("next-document", doc), around.next(), "after " + iri);
            if (around.previous().isPresent()) linked++;
        }
        assertTrue(linked > 100, "most documents have one before them: " + linked);
    }

    /** The neighbour of {@code doc} as the named query {@code name} finds it over every dated document (the old way). */
    private static java.util.Optional<org.apache.jena.graph.Node> neighbour(String name, org.apache.jena.graph.Node doc) {
        var view = store.queryView();
        return Txn.calculateRead(view, () -> {
            var date = view.find(org.apache.jena.graph.Node.ANY, doc, org.apache.jena.vocabulary.DCTerms.date.asNode(),
                    org.apache.jena.graph.Node.ANY);
            var title = view.find(org.apache.jena.graph.Node.ANY, doc, org.apache.jena.vocabulary.DCTerms.title.asNode(),
                    org.apache.jena.graph.Node.ANY);
            if (!date.hasNext() || !title.hasNext()) return java.util.Optional.empty();
            return org.archivelod.serve.site.SiteQueries.shared().select(name, view,
                    java.util.Map.of("thisDate", date.next().getObject(), "thisTitle", title.next().getObject()))
                    .stream().findFirst().map(r -> r.get("doc").asNode());
        });
    }

    /** The items of a site list, in their positions. */
    private static List<String> list(String name) {
        return lists().getOrDefault(name, List.of());
    }

    /**
     * Every site list's items in their positions, by the list's name (an entry is {@code <site#NAME.POSITION>}): read
     * in one query, once, rather than a scan of the site graph for each of the hundreds of lists the tests compare.
     */
    private static synchronized Map<String, List<String>> lists() {
        if (lists == null) {
            String prefix = URIS.siteGraph() + "#";
            lists = new HashMap<>();
            for (String row : rows("SELECT ?e ?item { GRAPH " + SITE + " { ?page site:entry ?e . ?e site:item ?item ;"
                    + " site:position ?p } FILTER(STRSTARTS(STR(?e), \"" + prefix + "\")) } ORDER BY ?p")) {
                String entry = row.substring(0, row.indexOf(' '));
                String name = entry.substring(prefix.length(), entry.lastIndexOf('.'));
                lists.computeIfAbsent(name, n -> new ArrayList<>()).add(row.substring(entry.length() + 1));
            }
        }
        return lists;
    }

    private static List<String> tally(String facet) {
        return rows("SELECT ?v ?n { GRAPH " + SITE + " { [] site:facet \"" + facet + "\" ; site:value ?v ; site:documents ?n } }"
                + " ORDER BY ?v");
    }

    /** The rows of a SELECT over the store: values joined by spaces. */
    private static List<String> rows(String select) {
        DatasetGraph data = store.datasetGraph();
        return Txn.calculateRead(data, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(data))
                    .query(PREFIXES + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + select).build()) {
                var results = exec.execSelect();
                List<String> out = new ArrayList<>();
                results.forEachRemaining(s -> {
                    List<String> values = new ArrayList<>();
                    results.getResultVars().forEach(v -> values.add(s.get(v) == null ? "-" : s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    out.add(String.join(" ", values));
                });
                return out;
            }
        });
    }
}
