package org.archivelod.search;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What a document is filed under for the search page's facets: its year, type, archive, correspondents and the
 * people it names, each a {@link Value} (an IRI, or a year as four digits). Supplied by the caller that knows how
 * to read them from the store; called inside the index's read transaction.
 */
@FunctionalInterface
public interface DocumentFacets {
    /** The facets of the search page, in the order they are shown. */
    List<String> DIMENSIONS = List.of("year", "type", "archive", "correspondent", "person");

    /** Nothing to file a document under (the index then answers searches without facets). */
    DocumentFacets NONE = document -> List.of();

    /** One value of one facet: {@code ("person", "http://…/id/person/stalin")}, {@code ("year", "1950")}. */
    record Value(String dimension, String value) {}

    List<Value> of(Node document);
}
