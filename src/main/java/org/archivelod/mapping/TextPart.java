package org.archivelod.mapping;

import org.apache.jena.graph.Node;

/**
 * A text an annotation can point into: the document text itself, or a part of the published record about it
 * (summary, source citation, rights statement, funding line). Offsets are counted in Unicode code points of {@code text}.
 */
public record TextPart(String name, Node node, String text) {
    /** Converts a Java char offset in {@code text} to a code point offset. */
    public int codePoints(int charOffset) {
        return text.codePointCount(0, charOffset);
    }
}
