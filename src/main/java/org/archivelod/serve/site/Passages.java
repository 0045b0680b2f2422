package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.vocab.CRM;

/**
 * "Where is he mentioned?": every annotated passage, across all documents, whose body is an entity, as keyword in
 * context: the words before, the name as printed there ("FILIPPOV", "Chou En-lai") and the words after, from the
 * annotation's {@code oa:TextQuoteSelector}; where it is (the text, or the archive's summary or citation); and a link
 * to the document's page at that very place. Sorted by the document's date, a page at a time (the order and the pages
 * are the site graph's, computed at load). Callers hold a read transaction.
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
     * before the archive's summary or citation, then by place).
     */
    public static List<Passage> at(DatasetGraph store, Labels labels, List<Node> targets) {
        Map<Node, ArchiveDocuments.DocumentSummary> documents = new HashMap<>();
        Map<Node, String> texts = new HashMap<>();
        List<Passage> out = new ArrayList<>();
        targets.forEach(target -> passage(store, labels, target, documents, texts).ifPresent(out::add));
        return out.stream().distinct().toList();
    }

    private static Optional<Passage> passage(DatasetGraph store, Labels labels, Node target,
            Map<Node, ArchiveDocuments.DocumentSummary> documents, Map<Node, String> texts) {
        Optional<Node> source = ArchiveDocuments.objects(store, target, OA.hasSource.asNode()).stream().findFirst();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Node document = documentOf(store, source.get());
        if (document == null) {
            return Optional.empty();
        }
        String exact = null;
        String prefix = "";
        String suffix = "";
        long start = -1;
        for (Node selector : ArchiveDocuments.objects(store, target, OA.hasSelector.asNode())) {
            if (store.contains(Node.ANY, selector, RDF.type.asNode(), OA.TextQuoteSelector.asNode())) {
                exact = ArchiveDocuments.literal(store, selector, OA.exact.asNode()).orElse(null);
                prefix = ArchiveDocuments.literal(store, selector, OA.prefix.asNode()).orElse("");
                suffix = ArchiveDocuments.literal(store, selector, OA.suffix.asNode()).orElse("");
            } else if (store.contains(Node.ANY, selector, RDF.type.asNode(), OA.TextPositionSelector.asNode())) {
                start = ArchiveDocuments.literal(store, selector, OA.start.asNode()).map(Passages::number).orElse(-1L);
            }
        }
        if (exact == null) {
            return Optional.empty();
        }
        String text = texts.computeIfAbsent(source.get(),
                t -> ArchiveDocuments.literal(store, t, CRM.P190_has_symbolic_content.asNode()).orElse(""));
        int at = start < 0 ? -1 : offset(text, start);
        if (at >= 0 && text.startsWith(exact, at)) {
            prefix = before(text, at);
            suffix = after(text, at + exact.length());
        }
        if (exact.length() > LONGEST_EXACT) {
            exact = exact.substring(0, LONGEST_EXACT - 1) + "…";
        }
        ArchiveDocuments.DocumentSummary doc = documents.computeIfAbsent(document, d -> ArchiveDocuments.summary(store, d));
        Link link = labels.link(document);
        String where = source.get().equals(document) ? "text" : labels.label(typeOf(store, source.get()));
        String href = link.href() + (start >= 0 ? "#" + ReadingText.anchor(document, source.get(), start) : "");
        return Optional.of(new Passage(new Link(doc.title(), link.href(), link.external()), doc.dateLabel(), where,
                flat(prefix), flat(exact), flat(suffix), href, doc.sortDate(), start));
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

    /** The document a text is: itself, or the document a record-page text is about. */
    static Node documentOf(DatasetGraph store, Node source) {
        if (store.contains(Node.ANY, source, RDF.type.asNode(), CRM.E31_Document.asNode())) {
            return source;
        }
        return ArchiveDocuments.objects(store, source, CRM.P129_is_about.asNode()).stream().findFirst().orElse(null);
    }

    private static Node typeOf(DatasetGraph store, Node text) {
        return ArchiveDocuments.objects(store, text, CRM.P2_has_type.asNode()).stream().findFirst().orElse(text);
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
