package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A text of a document laid out for reading: paragraphs as printed, each recognised mention highlighted and linked
 * to its entity, the editor's brackets ({@code [Stalin]}, {@code [the possibility]}) set apart, paragraphs of
 * handwritten notes marked, and an anchor at every annotated place ({@code #m154}: the code-point offset of the
 * annotation's {@code oa:start}) so that a passage listed elsewhere can link to the very place it quotes.
 * Where mentions overlap, the shortest is linked (as in {@link DocumentText}). Callers hold a read transaction.
 */
public final class ReadingText {
    private static final Pattern PARAGRAPH = Pattern.compile("(?s)(.+?)(?:\\n\\s*\\n|\\z)");
    private static final Pattern BRACKET = Pattern.compile("\\[[^\\[\\]\\n]{1,300}\\]");
    private static final Pattern HANDWRITTEN = Pattern.compile("^\\s*\\[(?:Handwritten|handwritten|Manuscript)[^\\]]*\\]");

    /**
     * A run of text: {@code link} when it is (part of) a mention, {@code editorial} inside an editor's brackets,
     * {@code anchor} the id of the place it starts when an annotation starts there.
     */
    public record Piece(String text, Link link, boolean editorial, String anchor) {
        public boolean mention() {
            return link != null && link.linked();
        }

        public boolean hasAnchor() {
            return anchor != null;
        }
    }

    /** A paragraph; {@code handwritten} for a note the record marks as handwritten. */
    public record Paragraph(List<Piece> pieces, boolean handwritten) {}

    private ReadingText() {}

    /**
     * The paragraphs of {@code text}, the content of {@code source} (the document or a text about it), whose anchors
     * start with {@code anchorPrefix} ("" for the document's own text, "summary-" for its summary...).
     */
    public static List<Paragraph> paragraphs(DatasetGraph store, Labels labels, Node source, String text,
            String anchorPrefix) {
        List<DocumentText.Mention> all = DocumentText.allMentions(store, source, text);
        List<DocumentText.Mention> linked = DocumentText.withoutOverlaps(all);
        List<int[]> brackets = new ArrayList<>();
        Matcher b = BRACKET.matcher(text);
        while (b.find()) {
            brackets.add(new int[] {b.start(), b.end()});
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        all.forEach(m -> cuts.add(m.start()));
        linked.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        brackets.forEach(r -> {
            cuts.add(r[0]);
            cuts.add(r[1]);
        });
        TreeSet<Integer> anchors = new TreeSet<>();
        all.forEach(m -> anchors.add(m.start()));

        List<Paragraph> paragraphs = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(text);
        while (p.find()) {
            int start = p.start(1);
            int end = p.end(1);
            if (text.substring(start, end).isBlank()) {
                continue;
            }
            List<Piece> pieces = new ArrayList<>();
            int at = start;
            for (Integer cut : cuts.subSet(start, false, end, false)) {
                pieces.add(piece(text, at, cut, linked, brackets, anchors, labels, anchorPrefix));
                at = cut;
            }
            pieces.add(piece(text, at, end, linked, brackets, anchors, labels, anchorPrefix));
            paragraphs.add(new Paragraph(pieces, HANDWRITTEN.matcher(text.substring(start, end)).find()));
        }
        return paragraphs;
    }

    private static Piece piece(String text, int start, int end, List<DocumentText.Mention> linked,
            List<int[]> brackets, TreeSet<Integer> anchors, Labels labels, String anchorPrefix) {
        Link link = null;
        for (DocumentText.Mention m : linked) {
            if (m.start() <= start && end <= m.end()) {
                link = labels.link(m.body());
                break;
            }
        }
        boolean editorial = brackets.stream().anyMatch(r -> r[0] <= start && end <= r[1]);
        String anchor = anchors.contains(start) ? anchorPrefix + "m" + text.codePointCount(0, start) : null;
        return new Piece(text.substring(start, end), link, editorial, anchor);
    }

    /** The anchor of an annotation starting at {@code codePointStart} in {@code source}, a text of {@code document}. */
    public static String anchor(Node document, Node source, long codePointStart) {
        return prefix(document, source) + "m" + codePointStart;
    }

    /** "" for the document's own text, "summary-" for {@code …/summary}, and so on. */
    public static String prefix(Node document, Node source) {
        if (source.equals(document) || !source.isURI() || !source.getURI().startsWith(document.getURI() + "/")) {
            return "";
        }
        return source.getURI().substring(document.getURI().length() + 1).replaceAll("[^A-Za-z0-9-]", "-") + "-";
    }
}
