package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * A document's full text (its {@code crm:P190_has_symbolic_content}) as paragraphs, with every annotated mention
 * linked to the page of the annotation's body. Mentions are placed by their {@code oa:TextPositionSelector};
 * {@code oa:start}/{@code oa:end} count Unicode code points, as the Web Annotation model specifies (for text in
 * the Basic Multilingual Plane this equals Java's UTF-16 char index). Where mentions overlap, the shortest is linked.
 * Callers hold a read transaction on the store.
 */
public final class DocumentText {
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final Node HAS_SOURCE = NodeFactory.createURI(OA + "hasSource");
    private static final Node HAS_TARGET = NodeFactory.createURI(OA + "hasTarget");
    private static final Node HAS_BODY = NodeFactory.createURI(OA + "hasBody");
    private static final Node HAS_SELECTOR = NodeFactory.createURI(OA + "hasSelector");
    private static final Node POSITION_SELECTOR = NodeFactory.createURI(OA + "TextPositionSelector");
    private static final Node START = NodeFactory.createURI(OA + "start");
    private static final Node END = NodeFactory.createURI(OA + "end");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    /** A run of text in a paragraph; linked runs are mentions. */
    public record Segment(String text, Link link) {
        public boolean mention() {
            return link != null && link.linked();
        }
    }

    /** One paragraph of the text. */
    public record Paragraph(List<Segment> segments) {}

    /** An annotated span of the text (UTF-16 offsets) and what it names. */
    record Mention(int start, int end, Node body) {}

    private DocumentText() {}

    public static List<Paragraph> paragraphs(DatasetGraph store, Labels labels, Node document, String text) {
        List<Segment> runs = new ArrayList<>();
        int at = 0;
        for (Mention m : mentions(store, document, text)) {
            if (m.start() < at) {
                continue;
            }
            runs.add(new Segment(text.substring(at, m.start()), null));
            runs.add(new Segment(text.substring(m.start(), m.end()), labels.link(m.body())));
            at = m.end();
        }
        runs.add(new Segment(text.substring(at), null));
        return splitIntoParagraphs(runs);
    }

    private static List<Mention> mentions(DatasetGraph store, Node document, String text) {
        return withoutOverlaps(allMentions(store, document, text));
    }

    /** Every annotated span of {@code text} (the content of {@code document}), overlapping or not. */
    static List<Mention> allMentions(DatasetGraph store, Node document, String text) {
        int length = text.codePointCount(0, text.length());
        List<Mention> mentions = new ArrayList<>();
        store.find(Node.ANY, Node.ANY, HAS_SOURCE, document).forEachRemaining(target ->
            store.find(Node.ANY, Node.ANY, HAS_TARGET, target.getSubject()).forEachRemaining(annotation ->
                store.find(Node.ANY, annotation.getSubject(), HAS_BODY, Node.ANY).forEachRemaining(body ->
                    store.find(Node.ANY, target.getSubject(), HAS_SELECTOR, Node.ANY).forEachRemaining(selector -> {
                        Node s = selector.getObject();
                        if (store.contains(Node.ANY, s, RDF.type.asNode(), POSITION_SELECTOR)) {
                            int start = number(store, s, START);
                            int end = number(store, s, END);
                            if (0 <= start && start < end && end <= length) {
                                mentions.add(new Mention(text.offsetByCodePoints(0, start),
                                        text.offsetByCodePoints(0, end), body.getObject()));
                            }
                        }
                    }))));
        return mentions;
    }

    /** Keeps the shortest mentions where spans overlap (a name inside a sentence-long event), in text order. */
    static List<Mention> withoutOverlaps(List<Mention> mentions) {
        List<Mention> bySize = new ArrayList<>(mentions);
        bySize.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).thenComparingInt(Mention::start)
                .thenComparing(m -> m.body().toString()));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : bySize) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private static int number(DatasetGraph store, Node subject, Node property) {
        var it = store.find(Node.ANY, subject, property, Node.ANY);
        if (!it.hasNext()) {
            return -1;
        }
        Node o = it.next().getObject();
        try {
            return o.isLiteral() ? Integer.parseInt(o.getLiteralLexicalForm().trim()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<Paragraph> splitIntoParagraphs(List<Segment> runs) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (Segment run : runs) {
            if (run.mention()) {
                current.add(run);
                continue;
            }
            Matcher breaks = PARAGRAPH_BREAK.matcher(run.text());
            int at = 0;
            while (breaks.find()) {
                addText(current, run.text().substring(at, breaks.start()));
                close(paragraphs, current);
                current = new ArrayList<>();
                at = breaks.end();
            }
            addText(current, run.text().substring(at));
        }
        close(paragraphs, current);
        return paragraphs;
    }

    private static void addText(List<Segment> paragraph, String text) {
        if (!text.isEmpty()) {
            paragraph.add(new Segment(text, null));
        }
    }

    private static void close(List<Paragraph> paragraphs, List<Segment> paragraph) {
        if (paragraph.stream().anyMatch(s -> !s.text().isBlank())) {
            paragraphs.add(new Paragraph(List.copyOf(paragraph)));
        }
    }
}
