package org.archivelod.record.planted;

import org.apache.jena.graph.Node;

/** Planted for {@code PlantedViolationsTest}: a record that holds an RDF node, which a record must not. */
public record RecordWithRdf(Node subject) {}
