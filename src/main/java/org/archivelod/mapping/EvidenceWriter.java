package org.archivelod.mapping;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.vocab.OA;

/**
 * Writes the evidence for a statement: an {@code oa:Annotation} whose body is the entity or event and whose target
 * selects the words of a text that support it, by quote (exact, prefix, suffix) and by position (start, end).
 */
public final class EvidenceWriter {
    private static final int CONTEXT = 32;
    private final IriMinter iris;
    private final String docSlug;
    private final GraphEmitter g;

    public EvidenceWriter(IriMinter iris, String docSlug, GraphEmitter g) {
        this.iris = iris;
        this.docSlug = docSlug;
        this.g = g;
    }

    /** Annotates {@code [start, end)} (Java char offsets) of the part as evidence for {@code body}; returns the annotation. */
    public Node annotate(TextPart part, int start, int end, Node body) {
        int cpStart = part.codePoints(start);
        int cpEnd = part.codePoints(end);
        String bodyName = body.getURI().substring(body.getURI().lastIndexOf('/') + 1);
        Node a = iris.annotation(docSlug, part.name() + "-" + cpStart + "-" + cpEnd + "-" + bodyName);
        Node target = IriMinter.child(a, "target");
        Node quote = IriMinter.child(a, "quote");
        Node position = IriMinter.child(a, "position");
        String exact = part.text().substring(start, end);
        g.type(a, OA.Annotation);
        g.text(a, RDFS.label, "'" + abbreviate(exact) + "' in " + part.name() + " " + cpStart + "–" + cpEnd);
        g.add(a, OA.motivatedBy, OA.identifying);
        g.add(a, OA.hasBody, body);
        g.add(a, OA.hasTarget, target);
        g.type(target, OA.SpecificResource);
        g.add(target, OA.hasSource, part.node());
        g.add(target, OA.hasSelector, quote);
        g.add(target, OA.hasSelector, position);
        g.type(quote, OA.TextQuoteSelector);
        g.text(quote, OA.exact, exact);
        g.text(quote, OA.prefix, part.text().substring(Math.max(0, safe(part.text(), start - CONTEXT)), start));
        g.text(quote, OA.suffix, part.text().substring(end, Math.min(part.text().length(), safe(part.text(), end + CONTEXT))));
        g.type(position, OA.TextPositionSelector);
        g.typed(position, OA.start, Integer.toString(cpStart), XSDDatatype.XSDnonNegativeInteger);
        g.typed(position, OA.end, Integer.toString(cpEnd), XSDDatatype.XSDnonNegativeInteger);
        return a;
    }

    /** Moves an offset off the second half of a surrogate pair, so that context never splits a character. */
    private static int safe(String s, int offset) {
        if (offset <= 0 || offset >= s.length()) return offset;
        return Character.isLowSurrogate(s.charAt(offset)) ? offset - 1 : offset;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
