package org.archivelod.serve.site;

import org.apache.jena.atlas.iterator.Iter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;

/**
 * Reads the documents of the store and the activities each document's graph states (writing, sending, dispatch,
 * translation, publication, funding, planned activities), with their actors, participants and time-spans, for the
 * reading view, the timeline and the correspondence network. Callers hold a read transaction.
 */
public final class ArchiveDocuments {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final List<Node> ACTIVITY_CLASSES = List.of(CRM.E7_Activity.asNode(), CRM.E65_Creation.asNode(),
            CRM.E29_Design_or_Procedure.asNode());

    /** A document with its title and date ({@code sortDate} is the first day of a partial date). */
    public record DocumentSummary(Node node, String title, String dateLexical, LocalDate sortDate, String dateLabel) {
        public boolean dated() {
            return sortDate != null;
        }
    }

    /**
     * When an activity happened: its span, the words the source gives for it, and whether the data gives a time of
     * day ({@code timed}) rather than whole days.
     */
    public record TimeSpan(LocalDateTime begin, LocalDateTime end, String label, boolean timed) {
        /** The span as people write it, at its precision ("23:00, 5 October 1950", "5 October 1950", "October 1950"). */
        public WrittenDates written() {
            return WrittenDates.of(begin, end, timed);
        }

        /** {@link #written()}, then the words as printed when they differ ("23 hours, 5 October"). */
        public String asWritten() {
            String written = written().text();
            return label.isBlank() || label.equals(written) ? written : written + " (printed “" + label + "”)";
        }
    }

    /** An activity a document's graph states; {@code kind} is the activity type's slug ("sending", "dispatch"...). */
    public record Activity(Node node, Node document, String kind, List<Node> actors, List<Node> participants,
            Optional<TimeSpan> when, String note) {}

    private ArchiveDocuments() {}

    /** Documents by date (undated last), then title. */
    static final Comparator<DocumentSummary> BY_DATE = Comparator.comparing(DocumentSummary::sortDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DocumentSummary::title);

    /** Every document, by date (undated last), then title. */
    public static List<DocumentSummary> all(DatasetGraph store) {
        Set<Node> nodes = new LinkedHashSet<>();
        store.find(Node.ANY, Node.ANY, RDF.type.asNode(), CRM.E31_Document.asNode())
                .forEachRemaining(q -> nodes.add(q.getSubject()));
        List<DocumentSummary> out = new ArrayList<>();
        nodes.forEach(n -> out.add(summary(store, n)));
        out.sort(BY_DATE);
        return out;
    }

    /** The summary of {@code document} read from the store: its label is read only where it has no title. */
    public static DocumentSummary summary(DatasetGraph store, Node document) {
        Optional<String> title = literal(store, document, DCTerms.title.asNode());
        Optional<String> label = title.isPresent() ? Optional.empty() : literal(store, document, RDFS.label.asNode());
        return summary(document, title, label, literal(store, document, DCTerms.date.asNode()));
    }

    /**
     * The summary of {@code document} from its title, label and date as a query read them (each chosen by
     * {@link #preferred}): the title, else the label, else the IRI.
     */
    public static DocumentSummary summary(Node document, Optional<String> title, Optional<String> label, Optional<String> date) {
        LocalDate sort = date.flatMap(ArchiveDocuments::firstDay).orElse(null);
        return new DocumentSummary(document, title.or(() -> label).orElse(document.toString()), date.orElse(""), sort,
                date.map(ArchiveDocuments::dateLabel).orElse(""));
    }

    /** "5 October 1950", "October 1950" or "1950" for an xsd:date, gYearMonth or gYear. */
    public static String dateLabel(String lexical) {
        return firstDay(lexical).map(d -> switch (lexical.length()) {
            case 4 -> lexical;
            case 7 -> MONTH.format(d);
            default -> DAY.format(d);
        }).orElse(lexical);
    }

    static Optional<LocalDate> firstDay(String lexical) {
        try {
            return Optional.of(switch (lexical.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(lexical), 1, 1);
                case 7 -> LocalDate.parse(lexical + "-01");
                default -> LocalDate.parse(lexical.substring(0, 10));
            });
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The named graph that holds {@code document} (the one whose {@code dcterms:subject} it is). */
    public static Optional<Node> graphOf(DatasetGraph store, Node document) {
        var it = store.find(Node.ANY, Node.ANY, DCTerms.subject.asNode(), document);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getGraph().equals(q.getSubject())) {
                return Optional.of(q.getGraph());
            }
        }
        return Optional.empty();
    }

    /** The activities stated in {@code document}'s graph, in time order (undated last). */
    public static List<Activity> activities(DatasetGraph store, Node document) {
        Optional<Node> graph = graphOf(store, document);
        if (graph.isEmpty()) {
            return List.of();
        }
        Set<Node> nodes = new LinkedHashSet<>();
        for (Node c : ACTIVITY_CLASSES) {
            store.find(graph.get(), Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> nodes.add(q.getSubject()));
        }
        List<Activity> out = new ArrayList<>();
        for (Node a : nodes) {
            out.add(read(store, document, a));
        }
        out.sort(Comparator.comparing((Activity x) -> x.when().map(TimeSpan::begin).orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(x -> x.node().toString()));
        return out;
    }

    /**
     * The one activity {@code activity} of {@code document} (an item of the timeline), read by its own statements
     * alone, as {@link #activities} reads each: empty when it is not typed as an activity.
     */
    public static Optional<Activity> activity(DatasetGraph store, Node document, Node activity) {
        boolean typed = ACTIVITY_CLASSES.stream().anyMatch(c -> store.contains(Node.ANY, activity, RDF.type.asNode(), c));
        return typed ? Optional.of(read(store, document, activity)) : Optional.empty();
    }

    private static Activity read(DatasetGraph store, Node document, Node a) {
        String kind = objects(store, a, CRM.P2_has_type.asNode()).stream().filter(Node::isURI)
                .map(t -> UriScheme.lastSegment(t.getURI())).findFirst().orElse("activity");
        Optional<TimeSpan> when = objects(store, a, CRM.P4_has_time_span.asNode()).stream().findFirst()
                .flatMap(t -> timeSpan(store, t));
        return new Activity(a, document, kind, objects(store, a, CRM.P14_carried_out_by.asNode()),
                objects(store, a, CRM.P11_had_participant.asNode()), when,
                literal(store, a, CRM.P3_has_note.asNode()).orElse(""));
    }

    private static Optional<TimeSpan> timeSpan(DatasetGraph store, Node span) {
        Optional<String> lexical = literal(store, span, CRM.P82a_begin_of_the_begin.asNode());
        Optional<LocalDateTime> begin = lexical.flatMap(ArchiveDocuments::dateTime);
        if (begin.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime end = literal(store, span, CRM.P82b_end_of_the_end.asNode()).flatMap(ArchiveDocuments::dateTime).orElse(begin.get());
        // a time of day: a dateTime that is an instant or does not start at midnight (a whole day runs 00:00 to 23:59:59)
        boolean timed = lexical.get().contains("T") && (end.equals(begin.get()) || !begin.get().toLocalTime().equals(java.time.LocalTime.MIDNIGHT));
        return Optional.of(new TimeSpan(begin.get(), end, literal(store, span, RDFS.label.asNode()).orElse(""), timed));
    }

    private static Optional<LocalDateTime> dateTime(String lexical) {
        try {
            return Optional.of(LocalDateTime.parse(lexical.length() > 19 ? lexical.substring(0, 19) : lexical));
        } catch (DateTimeParseException e) {
            return firstDay(lexical).map(LocalDate::atStartOfDay);
        }
    }

    public static List<Node> objects(DatasetGraph store, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        store.find(Quad.unionGraph, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return List.copyOf(out);
    }

    static Optional<String> literal(DatasetGraph store, Node s, Node p) {
        return preferred(() -> Iter.map(store.find(Quad.unionGraph, s, p, Node.ANY), Quad::getObject));
    }

    /** Of {@code values}, the last literal in English, else the first literal: the value a page prints. */
    static Optional<String> preferred(Iterable<Node> values) {
        String best = null;
        for (Node o : values) {
            if (o != null && o.isLiteral() && (best == null || o.getLiteralLanguage().startsWith("en"))) {
                best = o.getLiteralLexicalForm();
            }
        }
        return Optional.ofNullable(best);
    }
}
