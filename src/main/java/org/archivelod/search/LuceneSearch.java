package org.archivelod.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;

/**
 * Answers a {@link SearchRequest} from an open Lucene index of the documents: the words widened by the other names
 * of the entities they name, the facets counted, the passages highlighted. The one search of both the index a local
 * store builds ({@link SearchIndex}) and the release's index a front reads ({@link PublishedIndex}), so that both
 * answer alike.
 */
final class LuceneSearch {
    /** Only the first this many hits can be paged to. */
    static final int MAX_LIMIT = 1000;
    private static final String[] FIELDS = {SearchIndex.TITLE, SearchIndex.TEXT, SearchIndex.SUMMARY, SearchIndex.CITATION,
            SearchIndex.NAMES};
    private static final Map<String, Float> BOOSTS = Map.of(SearchIndex.TITLE, 3f, SearchIndex.SUMMARY, 1.5f,
            SearchIndex.TEXT, 1f, SearchIndex.CITATION, 0.5f, SearchIndex.NAMES, 0.8f);
    private final SearcherManager searchers;
    private final SearchAnalyzer analyzer;
    private final SearchFacets facets;

    LuceneSearch(SearcherManager searchers, SearchAnalyzer analyzer, SearchFacets facets) {
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.facets = facets;
    }

    /** The page of hits {@code request} asks for, with the facets of all the documents it finds, {@code names} widening its words. */
    SearchIndex.Results search(SearchRequest request, NameVariants names) throws IOException {
        String typed = request.words();
        List<NameVariants.Found> found = typed.isEmpty() ? List.of() : names.find(typed);
        Query words = typed.isEmpty() ? new MatchAllDocsQuery() : WidenedQuery.parse(typed, found, FIELDS, analyzer, BOOSTS);
        Query narrowed = facets.narrow(words, request);
        int wanted = (int) Math.min(MAX_LIMIT, (long) request.page() * request.size());
        IndexSearcher searcher = searchers.acquire();
        try {
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, narrowed, wanted,
                    SearchFacets.sort(request.order()), true, new FacetsCollectorManager());
            long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            ScoreDoc[] all = result.topDocs().scoreDocs;
            int from = Math.min(all.length, (request.page() - 1) * request.size());
            ScoreDoc[] page = Arrays.copyOfRange(all, from, Math.min(all.length, from + request.size()));
            return new SearchIndex.Results(typed, found, total, hits(searcher, words, page),
                    facets.count(searcher.getIndexReader(), result.facetsCollector()));
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many documents the index holds. */
    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private List<SearchIndex.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] top) throws IOException {
        int[] ids = new int[top.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = top[i].doc;
        }
        Map<String, Object[]> snippets = new LinkedHashMap<>();
        for (String field : new String[] {SearchIndex.TEXT, SearchIndex.SUMMARY, SearchIndex.TITLE}) {
            SnippetHighlighter highlighter = new SnippetHighlighter(searcher, analyzer, field);
            snippets.put(field, highlighter.objects(new String[] {field}, query, ids,
                    new int[] {field.equals(SearchIndex.TEXT) ? 3 : 1}).get(field));
        }
        List<SearchIndex.Hit> hits = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ScoreDoc sd = top[i];
            Document d = searcher.storedFields().document(sd.doc);
            List<Snippet> passages = new ArrayList<>();
            for (String field : new String[] {SearchIndex.TEXT, SearchIndex.SUMMARY}) {
                Object[] of = snippets.get(field);
                if (of != null && of[i] instanceof List<?> list) {
                    list.forEach(s -> passages.add((Snippet) s));
                }
            }
            hits.add(new SearchIndex.Hit(d.get(SearchIndex.IRI), d.get(SearchIndex.TITLE), d.get(SearchIndex.DATE), sd.score, passages));
        }
        return hits;
    }
}
