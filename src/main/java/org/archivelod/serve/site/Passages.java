package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;

/**
 * "Where is he mentioned?": every annotated passage, across all documents, whose body is an entity, as keyword in
 * context: the words before, the name as printed there ("FILIPPOV", "Chou En-lai") and the words after, from the
 * annotation's {@code oa:TextQuoteSelector}; where it is (the text, or the archive's summary or citation); and a link
 * to the document's page at that very place. Sorted by the document's date, a page at a time (the order and the pages
 * are the site graph's, computed at load), each page's read with two queries.
 */
public final class Passages {
    private static final int LONGEST_EXACT = 240;
    private static final int CONTEXT = 70;

    /** One passage naming the entity. */
    public record Passage(Link document, String dateLabel, String where, String prefix, String exact, String suffix,
            String href, java.time.LocalDate sortDate, long start) {}

    private Passages() {}

    /**
     * The passages at {@code targets} (annotation targets, in the order given: a page of the site list of the
     * entity's passages, {@code queries/aggregates/lists/passages.rq}: by the document's date and title, its text
     * before the archive's summary or citation, then by place), read with two queries whatever their number:
     * {@code queries/site/passages.rq} (each target's source, document and selectors) and {@code passage-texts.rq}
     * (the sources' texts, for the words around each quote).
     */
    public static List<Passage> at(SiteAggregatesView site, Labels labels, List<Node> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<Node, Found> found = new HashMap<>();
        for (Map<String, RDFNode> row : site.select("passages", Map.of(), "target", targets)) {
            found.computeIfAbsent(row.get("target").asNode(), t -> new Found()).add(row);
        }
        Map<Node, List<Node>> texts = new HashMap<>();
        Set<Node> sources = new LinkedHashSet<>();
        found.values().forEach(f -> sources.add(f.source));
        if (!sources.isEmpty()) {
            for (Map<String, RDFNode> row : site.select("passage-texts", Map.of(), "source", sources)) {
                texts.computeIfAbsent(row.get("source").asNode(), t -> new ArrayList<>()).add(row.get("text").asNode());
            }
        }
        List<Passage> out = new ArrayList<>();
        for (Node target : targets) {
            Found f = found.get(target);
            if (f != null && f.exact != null) {
                out.add(f.passage(labels, ArchiveDocuments.preferred(texts.getOrDefault(f.source, List.of())).orElse("")));
            }
        }
        return out.stream().distinct().toList();
    }

    /** What the query found of one target (its rows gathered: the first value of each, and every title, label, date). */
    private static final class Found {
        Node source;
        Node sourceType;
        Node document;
        String exact;
        String prefix;
        String suffix;
        long start = -1;
        boolean positioned;
        final Set<Node> titles = new LinkedHashSet<>();
        final Set<Node> labels = new LinkedHashSet<>();
        final Set<Node> dates = new LinkedHashSet<>();

        void add(Map<String, RDFNode> row) {
            if (source == null) {
                source = row.get("source").asNode();
                document = row.get("document").asNode();
            }
            if (sourceType == null) sourceType = node(row, "sourceType");
            if (exact == null && row.get("exact") != null) {
                exact = row.get("exact").asNode().getLiteralLexicalForm();
                prefix = literal(row, "prefix");
                suffix = literal(row, "suffix");
            }
            if (!positioned && row.get("start") != null) {
                positioned = true;
                start = number(row.get("start").asNode().getLiteralLexicalForm());
            }
            Optional.ofNullable(node(row, "title")).ifPresent(titles::add);
            Optional.ofNullable(node(row, "label")).ifPresent(labels::add);
            Optional.ofNullable(node(row, "date")).ifPresent(dates::add);
        }

        private static Node node(Map<String, RDFNode> row, String var) {
            RDFNode n = row.get(var);
            return n == null ? null : n.asNode();
        }

        private static String literal(Map<String, RDFNode> row, String var) {
            Node n = node(row, var);
            return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : "";
        }

        Passage passage(Labels labelling, String text) {
            String before = prefix;
            String after = suffix;
            int at = start < 0 ? -1 : offset(text, start);
            if (at >= 0 && text.startsWith(exact, at)) {
                before = before(text, at);
                after = after(text, at + exact.length());
            }
            String shown = exact.length() > LONGEST_EXACT ? exact.substring(0, LONGEST_EXACT - 1) + "…" : exact;
            ArchiveDocuments.DocumentSummary doc = ArchiveDocuments.summary(document, ArchiveDocuments.preferred(titles),
                    ArchiveDocuments.preferred(labels), ArchiveDocuments.preferred(dates));
            Link link = labelling.unlabelled(document, doc.title());
            String where = source.equals(document) ? "text" : labelling.label(sourceType == null ? source : sourceType);
            String href = link.href() + (start >= 0 ? "#" + ReadingText.anchor(document, source, start) : "");
            return new Passage(link, doc.dateLabel(), where,
                    flat(before), flat(shown), flat(after), href, doc.sortDate(), start);
        }
    }

    /** The UTF-16 index of a code-point offset, or -1 when the text is shorter. */
    private static int offset(String text, long codePoints) {
        try {
            return text.offsetByCodePoints(0, (int) codePoints);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** About {@link #CONTEXT} characters before {@code at}, from a word start, within the paragraph. */
    private static String before(String text, int at) {
        int from = Math.max(0, at - CONTEXT);
        int paragraph = text.lastIndexOf("\n\n", at);
        from = Math.max(from, paragraph < 0 ? 0 : paragraph + 2);
        while (from > 0 && from < at && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        return text.substring(from, at);
    }

    /** About {@link #CONTEXT} characters after {@code at}, to a word end, within the paragraph. */
    private static String after(String text, int at) {
        int to = Math.min(text.length(), at + CONTEXT);
        int paragraph = text.indexOf("\n\n", at);
        to = Math.min(to, paragraph < 0 ? text.length() : paragraph);
        while (to < text.length() && to > at && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        return text.substring(at, Math.max(at, to));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static long number(String lexical) {
        try {
            return Long.parseLong(lexical.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
