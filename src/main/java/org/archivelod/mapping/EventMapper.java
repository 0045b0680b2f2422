package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.record.HandwrittenNote;
import org.archivelod.record.TextBlock;
import org.archivelod.vocab.CRM;

/**
 * The activities a record states about its document: writing (with its date), sending to the addressees,
 * dispatch notes, and each with the words that support it.
 */
public final class EventMapper {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private final IriMinter iris;
    private final Concepts concepts;
    private final AuthorityMapper authority;

    public EventMapper(IriMinter iris, Concepts concepts, AuthorityMapper authority) {
        this.iris = iris;
        this.concepts = concepts;
        this.authority = authority;
    }

    public void map(DocumentContext d) {
        writing(d);
        sending(d);
        transmission(d);
        conversation(d);
        for (int i = 0; i < d.record().body().notes().size(); i++) dispatch(d, d.record().body().notes().get(i), i + 1);
    }

    private void writing(DocumentContext d) {
        GraphEmitter g = d.graph();
        Node c = iris.event(d.slug(), "creation");
        concepts.activity(g, c, CRM.E65_Creation, "Writing of “" + d.record().heading().title() + "”", "writing");
        for (ResolvedEntities.Party a : d.authors()) g.add(c, CRM.P14_carried_out_by, a.node());
        g.add(c, CRM.P94_has_created, d.original());
        g.add(d.original(), CRM.P94i_was_created_by, c);
        Node t = IriMinter.child(c, "time-span");
        var date = d.record().heading().date();
        timeSpan(g, t, date.asPrinted(), date.firstDay().atStartOfDay(), date.lastDay().atTime(23, 59, 59));
        g.add(c, CRM.P4_has_time_span, t);
        d.record().body().blocks().stream().filter(b -> b.kind() == TextBlock.Kind.CLOSING_DATE).findFirst()
                .ifPresent(b -> d.evidence().annotate(d.body(), b.start(), b.end(), c));
    }

    private void sending(DocumentContext d) {
        if (d.authors().isEmpty() || d.addressees().isEmpty()) return;
        GraphEmitter g = d.graph();
        Node s = iris.event(d.slug(), "sending");
        concepts.activity(g, s, CRM.E7_Activity, "Sending of “" + d.record().heading().title() + "”", "sending");
        for (ResolvedEntities.Party a : d.authors()) g.add(s, CRM.P14_carried_out_by, a.node());
        for (ResolvedEntities.Party a : d.addressees()) g.add(s, CRM.P11_had_participant, a.node());
        g.add(s, CRM.P16_used_specific_object, d.original());
        for (TextBlock b : d.record().body().blocks())
            if (b.kind() == TextBlock.Kind.HEADER) d.evidence().annotate(d.body(), b.start(), b.end(), s);
    }

    /** "… to Zhou Enlai via Zakharov": the go-between carries out a transmission of the original to the addressees. */
    private void transmission(DocumentContext d) {
        if (d.intermediaries().isEmpty()) return;
        GraphEmitter g = d.graph();
        Node t = iris.event(d.slug(), "transmission");
        concepts.activity(g, t, CRM.E7_Activity, "Transmission of “" + d.record().heading().title() + "” through an intermediary", "transmission");
        for (ResolvedEntities.Party p : d.intermediaries()) g.add(t, CRM.P14_carried_out_by, p.node());
        for (ResolvedEntities.Party p : d.addressees()) g.add(t, CRM.P11_had_participant, p.node());
        g.add(t, CRM.P16_used_specific_object, d.original());
    }

    /** "Minutes of Conversation between X and Y": the document records a conversation its participants took part in. */
    private void conversation(DocumentContext d) {
        if (d.participants().isEmpty()) return;
        GraphEmitter g = d.graph();
        Node c = iris.event(d.slug(), "conversation");
        concepts.activity(g, c, CRM.E7_Activity, "Conversation recorded in “" + d.record().heading().title() + "”", "conversation");
        for (ResolvedEntities.Party p : d.participants()) g.add(c, CRM.P11_had_participant, p.node());
        g.add(d.document(), CRM.P70_documents, c);
    }

    /** A handwritten note saying the document was dispatched to someone: its recipients are the people it names. */
    private void dispatch(DocumentContext d, HandwrittenNote note, int n) {
        if (!note.text().matches("(?sU)^\\[[^\\]]*\\]\\s*(?:Dispatched|Sent|Forwarded)\\b.*")) return;
        GraphEmitter g = d.graph();
        Node e = iris.event(d.slug(), "dispatch-" + n);
        g.type(e, CRM.E7_Activity);
        g.add(e, CRM.P2_has_type, concepts.get("activity-type", "dispatch"));
        g.english(e, CRM.P3_has_note, note.text());
        List<AuthorityEntity> recipients = d.reconciliation().people(note);
        StringBuilder label = new StringBuilder("Dispatch of “" + d.record().heading().title() + "”");
        for (AuthorityEntity m : recipients) {
            g.add(e, CRM.P11_had_participant, authority.iri(m));
            label.append(label.indexOf(" to ") < 0 ? " to " : ", ").append(m.label());
        }
        g.english(e, RDFS.label, label.toString());
        g.add(e, CRM.P16_used_specific_object, d.original());
        note.when().ifPresent(w -> {
            Node t = IriMinter.child(e, "time-span");
            timeSpan(g, t, w.asPrinted(), w.value(), w.value());
            g.add(e, CRM.P4_has_time_span, t);
        });
        d.evidence().annotate(d.body(), note.start(), note.end(), e);
        relay(d, note, n, recipients);
    }

    /**
     * A document addressed to someone and dispatched to someone else ("Dispatched to cde. Bulganiin …" on a letter to
     * Mao Zedong) reaches its addressees through that person: the recipient of the dispatch is a go-between.
     */
    private void relay(DocumentContext d, HandwrittenNote note, int n, List<AuthorityEntity> recipients) {
        java.util.Set<Node> addressees = new java.util.HashSet<>();
        d.addressees().forEach(a -> addressees.add(a.node()));
        List<Node> between = recipients.stream().map(authority::iri).filter(r -> !addressees.contains(r)).distinct().toList();
        if (addressees.isEmpty() || between.isEmpty()) return;
        GraphEmitter g = d.graph();
        Node t = iris.event(d.slug(), "transmission-" + n);
        concepts.activity(g, t, CRM.E7_Activity, "Transmission of “" + d.record().heading().title() + "” through an intermediary", "transmission");
        between.forEach(b -> g.add(t, CRM.P14_carried_out_by, b));
        addressees.stream().sorted(java.util.Comparator.comparing(Node::toString)).forEach(a -> g.add(t, CRM.P11_had_participant, a));
        g.add(t, CRM.P16_used_specific_object, d.original());
        d.evidence().annotate(d.body(), note.start(), note.end(), t);
    }

    static void timeSpan(GraphEmitter g, Node t, String asPrinted, LocalDateTime begin, LocalDateTime end) {
        g.type(t, CRM.E52_Time_Span);
        g.text(t, RDFS.label, asPrinted);
        g.typed(t, CRM.P82a_begin_of_the_begin, DATE_TIME.format(begin), XSDDatatype.XSDdateTime);
        g.typed(t, CRM.P82b_end_of_the_end, DATE_TIME.format(end), XSDDatatype.XSDdateTime);
    }
}
