package org.archivelod.search;

import java.io.IOException;

/**
 * What {@code /search} asks: the page of documents a {@link SearchRequest} finds. The Lucene {@link SearchIndex} over
 * a local store; {@link SparqlTextSearch} over a remote one, where a front keeps no index.
 */
public interface DocumentSearch extends AutoCloseable {
    SearchIndex.Results search(SearchRequest request) throws IOException;

    @Override
    void close() throws IOException;
}
