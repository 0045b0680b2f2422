package org.archivelod.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter giving {@link Snippet}s for one field (by re-analysing the stored text). */
final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, String field) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter(field))
                .withMaxNoHighlightPassages(0)
                .withHighlightPhrasesStrictly(true));
    }

    /** The formatter's snippets per field and document (a {@code List<Snippet>} each, or null). */
    Map<String, Object[]> objects(String[] fields, Query query, int[] ids, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, ids, maxPassages);
    }
}
