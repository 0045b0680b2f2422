package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.reconcile.CuratedEvent;
import org.archivelod.reconcile.Reconciliation;
import org.archivelod.vocab.CRM;

/**
 * Events a curator read in the document ({@code data/curation/}): plans as {@code crm:E29_Design_or_Procedure}, others as
 * {@code crm:E7_Activity}, each quoting and annotating the sentence that states it. The quote has been checked to be in the text.
 */
public final class CuratedEventMapper {
    private final IriMinter iris;
    private final Concepts concepts;
    private final AuthorityMapper authority;

    public CuratedEventMapper(IriMinter iris, Concepts concepts, AuthorityMapper authority) {
        this.iris = iris;
        this.concepts = concepts;
        this.authority = authority;
    }

    /** The record's curated events, their entities as the reconciliation resolved them. */
    public void map(DocumentContext d) {
        GraphEmitter g = d.graph();
        for (Reconciliation.Event reconciled : d.reconciliation().events()) {
            CuratedEvent e = reconciled.event();
            Node node = iris.event(d.slug(), e.id());
            boolean planned = e.type().equals("planned-activity");
            g.type(node, planned ? CRM.E29_Design_or_Procedure : CRM.E7_Activity);
            g.english(node, RDFS.label, e.label());
            g.add(node, CRM.P2_has_type, concepts.get("activity-type", e.type()));
            g.english(node, CRM.P3_has_note, e.quote());
            for (AuthorityEntity who : reconciled.participants()) {
                g.add(node, planned ? CRM.P67_refers_to : CRM.P11_had_participant, authority.iri(who));
            }
            for (AuthorityEntity ref : reconciled.refersTo())
                g.add(node, planned ? CRM.P67_refers_to : ref.kind().equals("place") ? CRM.P7_took_place_at : CRM.P11_had_participant,
                        authority.iri(ref));
            g.add(d.document(), CRM.P67_refers_to, node);
            int at = d.body().text().indexOf(e.quote());
            d.evidence().annotate(d.body(), at, at + e.quote().length(), node);
        }
    }
}
