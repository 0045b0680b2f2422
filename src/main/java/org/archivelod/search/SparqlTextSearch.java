package org.archivelod.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.store.SelectRequests;
import org.archivelod.vocab.CRM;

/**
 * Search over a remote store without an index: one bounded SPARQL query ({@value #LIMIT} documents at most) that
 * the store answers, each word of the request a case-insensitive {@code CONTAINS} on the title or the text (the words
 * go in as literals built as syntax, never spliced into the query text). Hits come in date order; no facets,
 * no widening by other names and no passages (that is what the local index adds). Every front over the store
 * answers the same.
 */
public final class SparqlTextSearch implements DocumentSearch {
    /** The most documents a search finds over a remote store. */
    public static final int LIMIT = 1000;
    private static final Query TEMPLATE = QueryFactory.create(
            "SELECT ?doc (SAMPLE(?t) AS ?title) (MIN(STR(?d)) AS ?date) { ?doc a <" + CRM.E31_Document.getURI() + "> ; <"
                    + DCTerms.title.getURI() + "> ?t . OPTIONAL { ?doc <" + DCTerms.date.getURI() + "> ?d } OPTIONAL { ?doc <"
                    + CRM.P190_has_symbolic_content.getURI() + "> ?text } BIND(LCASE(CONCAT(STR(?t), \" \", COALESCE(STR(?text), \"\"))) AS ?all) } "
                    + "GROUP BY ?doc ORDER BY ?date ?doc LIMIT " + LIMIT);
    private final String queryService;

    /** Searches the SPARQL 1.1 query service at {@code queryService}. */
    public SparqlTextSearch(String queryService) {
        this.queryService = queryService;
    }

    @Override
    public SearchIndex.Results search(SearchRequest request) {
        String typed = request.words();
        List<String> words = List.of(typed.toLowerCase(Locale.ROOT).replace("\"", " ").trim().split("\\s+"));
        if (typed.isEmpty() || words.isEmpty()) return new SearchIndex.Results(typed, List.of(), 0, List.of());
        Query query = TEMPLATE.cloneQuery();
        ElementGroup pattern = (ElementGroup) query.getQueryPattern();
        for (String word : words) {
            pattern.addElementFilter(new ElementFilter(new E_StrContains(new ExprVar(Var.alloc("all")), NodeValue.makeString(word))));
        }
        List<SearchIndex.Hit> found = new ArrayList<>();
        try (QueryExec exec = SelectRequests.to(queryService).query(query).build()) {
            exec.select().forEachRemaining(row -> found.add(hit(row)));
        }
        int from = Math.min(found.size(), (request.page() - 1) * request.size());
        List<SearchIndex.Hit> page = found.subList(from, Math.min(found.size(), from + request.size()));
        return new SearchIndex.Results(typed, List.of(), found.size(), List.copyOf(page), Map.of());
    }

    private static SearchIndex.Hit hit(Binding row) {
        Node date = row.get("date");
        return new SearchIndex.Hit(row.get("doc").getURI(), row.get("title").getLiteralLexicalForm(),
                date == null ? "" : date.getLiteralLexicalForm(), 0f, List.of());
    }

    /** Its answers differ from an index's (no ranking, facets, names or passages), and so do their entity tags. */
    @Override
    public String kind() {
        return "sparql";
    }

    @Override
    public void close() {
        // nothing is held: each search is one request
    }
}
