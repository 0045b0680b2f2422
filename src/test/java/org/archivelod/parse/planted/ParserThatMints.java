package org.archivelod.parse.planted;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Planted for {@code PlantedViolationsTest}: a parser that makes RDF, which parsing must not. */
public final class ParserThatMints {
    public Node title(String words) {
        return NodeFactory.createLiteralString(words);
    }
}
