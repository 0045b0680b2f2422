package org.archivelod.search;

import java.io.IOException;

/**
 * What {@code /search} asks: the page of documents a {@link SearchRequest} finds. The Lucene {@link SearchIndex} over
 * a local store; over a remote one, the release's index a front reads ({@link PublishedIndex}) or, without it,
 * {@link SparqlTextSearch}, as {@link ReleaseSearch} chooses.
 */
public interface DocumentSearch extends AutoCloseable {
    SearchIndex.Results search(SearchRequest request) throws IOException;

    /** The search that answers now: this one, or the one a search that chooses by release has chosen. */
    default DocumentSearch answering() {
        return this;
    }

    /**
     * What kind of search this is, for the entity tags of its answers: empty for a Lucene index (the same answers from
     * the index a store built and from the release's index a front reads), else a word ({@code sparql}).
     */
    default String kind() {
        return "";
    }

    @Override
    void close() throws IOException;
}
