package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;

/**
 * The reading view of a document: its text as printed with the mentions linked ({@link ReadingText}), the archive's
 * summary and citation likewise, and the metadata panel: date as printed, type, from, to, via (dispatches), translator,
 * custody (who keeps the original, which holding keeps a copy under which identifier), publisher, funder, rights;
 * the record's address in the archive that published it ({@link ArchiveRecordLink}); the events it records
 * ({@link EventsStrip}); and downloads of its named graph. Callers hold a read transaction.
 */
public record DocumentReading(List<ReadingText.Paragraph> text, List<ReadingText.Paragraph> summary,
        List<ReadingText.Paragraph> citation, String printedDate, String isoDate, List<Link> types, List<Link> from,
        List<Link> to, List<Via> via, List<Link> translators, List<String> custody, List<Link> publishers,
        List<Link> funders, String rights, String identifier, List<Link> archiveRecord, EventsStrip events, List<Download> downloads,
        DocumentCitation cite, List<Download> citeDownloads) {

    /** A dispatch of the document to someone, with when and the note that records it. */
    public record Via(List<Link> to, String when, String note) {}

    /** The document's graph in one format. */
    public record Download(String label, String href, String mediaType) {}

    public boolean hasSummary() {
        return !summary.isEmpty();
    }

    public boolean hasCitation() {
        return !citation.isEmpty();
    }

    public static DocumentReading build(DatasetGraph store, Labels labels, Node document, String base) {
        String fullText = ArchiveDocuments.literal(store, document, CRM.P190_has_symbolic_content.asNode()).orElse("");
        List<ReadingText.Paragraph> summary = List.of();
        List<ReadingText.Paragraph> citation = List.of();
        for (Node text : aboutIt(store, document)) {
            String kind = text.getURI().substring(document.getURI().length() + 1);
            String words = ArchiveDocuments.literal(store, text, CRM.P190_has_symbolic_content.asNode()).orElse("");
            if (kind.equals("summary")) {
                summary = ReadingText.paragraphs(store, labels, text, words, ReadingText.prefix(document, text));
            } else if (kind.equals("source-citation")) {
                citation = ReadingText.paragraphs(store, labels, text, words, ReadingText.prefix(document, text));
            }
        }
        List<ArchiveDocuments.Activity> activities = ArchiveDocuments.activities(store, document);
        String printed = "";
        List<Link> to = new ArrayList<>();
        List<Via> via = new ArrayList<>();
        List<Link> funders = new ArrayList<>();
        for (ArchiveDocuments.Activity a : activities) {
            switch (a.kind()) {
                case "writing" -> printed = a.when().map(ArchiveDocuments.TimeSpan::label).orElse(printed);
                case "sending" -> a.participants().forEach(p -> to.add(labels.link(p)));
                case "dispatch" -> via.add(new Via(a.participants().stream().map(labels::link).toList(),
                        a.when().map(ArchiveDocuments.TimeSpan::asWritten).orElse(""), a.note()));
                case "funding" -> a.actors().forEach(p -> funders.add(labels.link(p)));
                default -> { }
            }
        }
        ArchiveDocuments.DocumentSummary doc = ArchiveDocuments.summary(store, document);
        return new DocumentReading(
                ReadingText.paragraphs(store, labels, document, fullText, ""), summary, citation, printed,
                doc.dateLabel(), links(store, labels, document, DCTerms.type.asNode()),
                links(store, labels, document, DCTerms.creator.asNode()), to, via,
                links(store, labels, document, DCTerms.contributor.asNode()), custody(store, labels, document),
                links(store, labels, document, DCTerms.publisher.asNode()), funders,
                ArchiveDocuments.literal(store, document, DCTerms.rights.asNode()).orElse(""),
                ArchiveDocuments.literal(store, document, DCTerms.identifier.asNode()).orElse(""),
                ArchiveRecordLink.of(store, document, base), EventsStrip.of(activities, labels, doc.title()),
                downloads(document, base), DocumentCitation.of(store, labels, document), citeDownloads(document, base));
    }

    /** The citation as BibTeX, RIS and CSL-JSON: {@code /cite/document/{slug}.{bib,ris,json}}. */
    private static List<Download> citeDownloads(Node document, String base) {
        String path = UriScheme.citePath(document.getURI().substring(UriScheme.at(base).idSpace().length()));
        return List.of(new Download("BibTeX", path + ".bib", DocumentCitation.mediaType("bib")),
                new Download("RIS", path + ".ris", DocumentCitation.mediaType("ris")),
                new Download("CSL-JSON", path + ".json", DocumentCitation.mediaType("json")));
    }

    private static List<Node> aboutIt(DatasetGraph store, Node document) {
        List<Node> texts = new ArrayList<>();
        store.find(Node.ANY, Node.ANY, CRM.P129_is_about.asNode(), document).forEachRemaining(q -> {
            Node t = q.getSubject();
            if (t.isURI() && t.getURI().startsWith(document.getURI() + "/") && !texts.contains(t)) {
                texts.add(t);
            }
        });
        return texts;
    }

    private static List<Link> links(DatasetGraph store, Labels labels, Node s, Node p) {
        return ArchiveDocuments.objects(store, s, p).stream().map(labels::link).toList();
    }

    /**
     * "Original kept by APRF: fond 45, opis 1, delo 336; folios 5", "Copy kept by RGASPI: …" (a citation that names several
     * archives), "Copy in … (mm97083838), kept by …": the archive's
     * arrangement as the citation gives it, read from the holdings the original's carrier is part of.
     */
    private static List<String> custody(DatasetGraph store, Labels labels, Node document) {
        List<String> lines = new ArrayList<>();
        for (Node original : ArchiveDocuments.objects(store, document, CRM.P130_shows_features_of.asNode())) {
            store.find(Node.ANY, Node.ANY, CRM.P128_carries.asNode(), original).forEachRemaining(q -> {
                Node object = q.getSubject();
                List<Node> keepers = ArchiveDocuments.objects(store, object, CRM.P50_has_current_keeper.asNode());
                List<Node> holdings = ArchiveDocuments.objects(store, object, CRM.P46i_forms_part_of.asNode());
                if (!keepers.isEmpty()) {
                    // when a citation names several archives each keeps a copy (which one has the original is not said)
                    boolean theOriginal = object.isURI() && object.getURI().endsWith("/original-object");
                    StringBuilder line = new StringBuilder((theOriginal ? "Original kept by " : "Copy kept by ") + names(labels, keepers));
                    List<String> places = new ArrayList<>();
                    for (Node unit : holdings) identifier(store, unit).ifPresent(places::add);
                    ArchiveDocuments.objects(store, object, CRM.P3_has_note.asNode()).stream().filter(Node::isLiteral)
                            .map(Node::getLiteralLexicalForm).filter(n -> n.startsWith("folios ")).forEach(places::add);
                    if (!places.isEmpty()) line.append(": ").append(String.join("; ", places));
                    lines.add(line.toString());
                    return;
                }
                for (Node holding : holdings) {
                    List<Node> holders = ArchiveDocuments.objects(store, holding, CRM.P50_has_current_keeper.asNode());
                    lines.add("Copy in " + labels.label(holding) + identifier(store, holding).map(i -> " (" + i + ")").orElse("")
                            + (holders.isEmpty() ? "" : ", kept by " + names(labels, holders)));
                }
            });
        }
        return lines.stream().distinct().sorted().toList();
    }

    private static Optional<String> identifier(DatasetGraph store, Node holding) {
        return ArchiveDocuments.objects(store, holding, CRM.P1_is_identified_by.asNode()).stream()
                .findFirst().flatMap(i -> ArchiveDocuments.literal(store, i, CRM.P190_has_symbolic_content.asNode()));
    }

    private static String names(Labels labels, List<Node> nodes) {
        return String.join(", ", nodes.stream().map(labels::label).toList());
    }

    private static List<Download> downloads(Node document, String base) {
        String slug = UriScheme.at(base).documentSlug(document.getURI()).orElse(null);
        if (slug == null) {
            return List.of();
        }
        List<Download> out = new ArrayList<>();
        for (DataFormat f : DataFormat.values()) {
            out.add(new Download(f.extension(), UriScheme.documentGraphPath(slug) + "." + f.extension(), f.mediaType()));
        }
        return out;
    }
}
