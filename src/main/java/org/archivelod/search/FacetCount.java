package org.archivelod.search;

/** How many of the documents found have a value of a facet: {@code ("http://…/id/person/stalin", 12)}. */
public record FacetCount(String value, int documents) {}
