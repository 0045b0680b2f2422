package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.vocab.CRM;

/**
 * "Where is he mentioned?": every annotated passage, across all documents, whose body is an entity, as keyword in
 * context: the words before, the name as printed there ("FILIPPOV", "Chou En-lai") and the words after, from the
 * annotation's {@code oa:TextQuoteSelector}; where it is (the text, or the archive's summary or citation); and a link
 * to the document's page at that very place. Sorted by the document's date, a page at a time (the order and the pages
 * are the site graph's, computed at load), each page's read with the
 * page's lists ({@link EntityLists}: a few lookups, one query through a front).
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
     * before the archive's summary or citation, then by place), from the statements {@code read} gathered with the
     * page's lists ({@link EntityListReads}): each target's source and selectors, what they are, the source's text,
     * the document and the label of the source's type.
     */
    static List<Passage> at(PageStatements read, Labels labels, List<Node> targets) {
        Set<Node> types = read.reached(read.reached(targets, OA.hasSource.asNode()), CRM.P2_has_type.asNode());
        Labels labelling = labels.knowing(read.about(types, EntityListReads.OF_TYPES));
        List<Passage> out = new ArrayList<>();
        for (Node target : targets) {
            Found.of(read, target).ifPresent(found -> out.add(found.passage(read, labelling)));
        }
        return out.stream().distinct().toList();
    }

    /** What was read of one target: its source, the document, the source's type, the quote and its place. */
    private record Found(Node source, Node document, Node sourceType, String exact, String prefix, String suffix, long start) {
        /** The target's passage, when it has a source about a document and a quote. */
        static Optional<Found> of(PageStatements read, Node target) {
            Optional<Node> source = read.first(target, OA.hasSource.asNode());
            if (source.isEmpty()) return Optional.empty();
            Node s = source.get();
            Optional<Node> document = read.has(s, RDF.type.asNode(), CRM.E31_Document.asNode()) ? source
                    : read.first(s, CRM.P129_is_about.asNode());
            List<Node> selectors = read.values(target, OA.hasSelector.asNode());
            Optional<Node> quote = selectors.stream()
                    .filter(q -> read.has(q, RDF.type.asNode(), OA.TextQuoteSelector.asNode()))
                    .filter(q -> read.first(q, OA.exact.asNode()).isPresent()).findFirst();
            if (document.isEmpty() || quote.isEmpty()) return Optional.empty();
            long start = selectors.stream().filter(p -> read.has(p, RDF.type.asNode(), OA.TextPositionSelector.asNode()))
                    .flatMap(p -> read.first(p, OA.start.asNode()).stream()).findFirst()
                    .map(n -> number(n.getLiteralLexicalForm())).orElse(-1L);
            Node q = quote.get();
            return Optional.of(new Found(s, document.get(), read.first(s, CRM.P2_has_type.asNode()).orElse(null),
                    read.first(q, OA.exact.asNode()).get().getLiteralLexicalForm(), literal(read, q, OA.prefix.asNode()),
                    literal(read, q, OA.suffix.asNode()), start));
        }

        private static String literal(PageStatements read, Node s, Node p) {
            return read.first(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
        }

        Passage passage(PageStatements read, Labels labelling) {
            String text = ArchiveDocuments.preferred(read.values(source, CRM.P190_has_symbolic_content.asNode())).orElse("");
            String before = prefix;
            String after = suffix;
            int at = start < 0 ? -1 : offset(text, start);
            if (at >= 0 && text.startsWith(exact, at)) {
                before = before(text, at);
                after = after(text, at + exact.length());
            }
            String shown = exact.length() > LONGEST_EXACT ? exact.substring(0, LONGEST_EXACT - 1) + "…" : exact;
            ArchiveDocuments.DocumentSummary doc = read.summary(document);
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
