package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.OA;

/**
 * Writes the evidence for a statement: an {@code oa:Annotation} whose body is the entity or event and whose target
 * selects the words of a text that support it, by quote (exact, prefix, suffix) and by position (start, end).
 * The annotation's IRI comes from what it says, not where: the text part, the body, and a hash of the quoted words with
 * their context ({@code id/annotation/{doc}/{part}-{body}-{hash}}), so that a corrected record that moves the words
 * keeps its annotations' IRIs; the same words in the same context twice get {@code -2}, {@code -3}, in reading order.
 */
public final class EvidenceWriter {
    private static final int CONTEXT = 32;
    private final IriMinter iris;
    private final String docSlug;
    private final GraphEmitter g;
    /** How many times each name has been minted: a base name ends in hex digits, a numbered one in "-n", so they never meet. */
    private final java.util.Map<String, Integer> minted = new java.util.HashMap<>();
    /** The annotation of each (part, start, end, body) already written: annotating the same words again is a no-op. */
    private final java.util.Map<String, Node> written = new java.util.HashMap<>();

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
        String key = part.name() + " " + cpStart + " " + cpEnd + " " + body.getURI();
        Node done = written.get(key);
        if (done != null) return done;
        String exact = part.text().substring(start, end);
        String prefix = part.text().substring(Math.max(0, safe(part.text(), start - CONTEXT)), start);
        String suffix = part.text().substring(end, Math.min(part.text().length(), safe(part.text(), end + CONTEXT)));
        Node a = iris.annotation(docSlug, name(part.name() + "-" + bodyName, prefix + "\u0000" + exact + "\u0000" + suffix));
        written.put(key, a);
        Node target = IriMinter.child(a, "target");
        Node quote = IriMinter.child(a, "quote");
        Node position = IriMinter.child(a, "position");
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
        g.text(quote, OA.prefix, prefix);
        g.text(quote, OA.suffix, suffix);
        g.type(position, OA.TextPositionSelector);
        g.typed(position, OA.start, Integer.toString(cpStart), XSDDatatype.XSDnonNegativeInteger);
        g.typed(position, OA.end, Integer.toString(cpEnd), XSDDatatype.XSDnonNegativeInteger);
        return a;
    }

    /** {@code {stem}-{first 10 hex digits of the SHA-256 of the quote}}, numbered when the same quote comes again. */
    private String name(String stem, String quote) {
        String name = stem + "-" + org.archivelod.io.Checksums.sha256(quote.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 10);
        // a counter, not a search for the first free number: a quote repeated k times costs k, not k squared
        int n = minted.merge(name, 1, Integer::sum);
        return n == 1 ? name : name + "-" + n;
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
