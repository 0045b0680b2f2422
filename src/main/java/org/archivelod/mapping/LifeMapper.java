package org.archivelod.mapping;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.AuthorityDates;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.uri.IriMinter;
import org.archivelod.uri.Slugs;
import org.archivelod.vocab.CRM;

/**
 * A person's dates of life and offices from the authority file, in CIDOC-CRM as its official RDFS has them: the person
 * {@code crm:P98i_was_born} a {@code crm:E67_Birth} and {@code crm:P100i_died_in} a {@code crm:E69_Death}, each with a
 * {@code crm:P4_has_time-span} covering the day or the year the source gives ({@code rdfs:label} the date as written).
 *
 * <p>An office is a {@code crm:E7_Activity} of the activity type "holding of an office", labelled with the office,
 * {@code crm:P14_carried_out_by} the person, with the time-span of its years: the same shape as the records' sendings
 * and translations (an activity whose type is the role, DESIGN §3), so the profile's activity shape and queries apply
 * unchanged. Offices are not modelled as {@code crm:P107i_is_current_or_former_member_of} a body, since most offices
 * ("Premier") are posts, not memberships, and the authority file has no bodies for most of them yet. Each birth, death
 * and office carries {@code dcterms:source}: the URL of the reference work page where the curator read it.
 *
 * <p>IRIs hang under the person's: {@code …/person/zhou-enlai/birth}, {@code …/birth/time-span}, {@code …/death},
 * {@code …/office/premier-of-the-people-s-republic-of-china-1949}.
 */
final class LifeMapper {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private final Concepts concepts;

    LifeMapper(Concepts concepts) {
        this.concepts = concepts;
    }

    void map(AuthorityEntity e, Node person, GraphEmitter g) {
        if (e.born() != null) event(g, person, "birth", CRM.E67_Birth, CRM.P98i_was_born, "Birth of " + e.label(), e.born());
        if (e.died() != null) event(g, person, "death", CRM.E69_Death, CRM.P100i_died_in, "Death of " + e.label(), e.died());
        e.offices().stream()
                .sorted(Comparator.comparing(AuthorityEntity.Office::from).thenComparing(AuthorityEntity.Office::label))
                .forEach(o -> office(g, person, o));
    }

    private static void event(GraphEmitter g, Node person, String part, org.apache.jena.rdf.model.Resource crmClass,
                              org.apache.jena.rdf.model.Property link, String label, AuthorityEntity.Dated d) {
        Node event = IriMinter.child(person, part);
        g.type(event, crmClass);
        g.english(event, RDFS.label, label);
        g.add(person, link, event);
        timeSpan(g, event, d.date(), d.date(), d.date());
        g.text(event, DCTerms.source, d.source());
        if (d.note() != null && !d.note().isBlank()) g.english(event, CRM.P3_has_note, d.note());
    }

    private void office(GraphEmitter g, Node person, AuthorityEntity.Office o) {
        Node held = IriMinter.child(person, "office", Slugs.of(o.label()) + "-" + o.from());
        concepts.activity(g, held, CRM.E7_Activity, o.label(), "office");
        g.add(held, CRM.P14_carried_out_by, person);
        String written = o.from().equals(o.to()) ? o.from() : o.from() + "–" + o.to();
        timeSpan(g, held, written, o.from(), o.to());
        g.text(held, DCTerms.source, o.source());
        if (o.note() != null && !o.note().isBlank()) g.english(held, CRM.P3_has_note, o.note());
    }

    private static void timeSpan(GraphEmitter g, Node of, String written, String from, String to) {
        Node t = IriMinter.child(of, "time-span");
        g.type(t, CRM.E52_Time_Span);
        g.text(t, RDFS.label, written);
        g.typed(t, CRM.P82a_begin_of_the_begin, DATE_TIME.format(AuthorityDates.begin(from)), XSDDatatype.XSDdateTime);
        g.typed(t, CRM.P82b_end_of_the_end, DATE_TIME.format(AuthorityDates.end(to)), XSDDatatype.XSDdateTime);
        g.add(of, CRM.P4_has_time_span, t);
    }
}
