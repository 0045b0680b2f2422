package org.archivelod.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.Reconciliation;
import org.archivelod.uri.IriMinter;
import org.archivelod.vocab.CRM;

/**
 * The node of each entity the reconciliation resolved a name to: the authority entity's IRI; a gazetteer place or
 * state described by {@link PlaceEntities}; or an entity the authority file does not know, {@code id/{kind}/{key}} (or
 * {@code id/{kind}/{document}/{key}} when its identity holds only within the document), described with its class, its
 * label, typed not yet reconciled, with the words as printed.
 */
public final class ResolvedEntities {
    /** An entity a record names, the name the record uses for it, and whether the authority file does not know it. */
    public record Party(Node node, String nameAsPrinted, boolean local) {}

    private final IriMinter iris;
    private final AuthorityMapper authority;
    private final Concepts concepts;
    private final PlaceEntities places;

    public ResolvedEntities(IriMinter iris, AuthorityMapper authority, Concepts concepts, PlaceEntities places) {
        this.iris = iris;
        this.authority = authority;
        this.concepts = concepts;
        this.places = places;
    }

    /** The party of a resolved name; an entity not in the authority file is described in {@code g}. */
    public Party party(Reconciliation.Resolved r, GraphEmitter g, String docSlug) {
        return new Party(node(r, g, docSlug), r.name(), r.local());
    }

    /** The node of a resolved name; an entity not in the authority file is described in {@code g}. */
    public Node node(Reconciliation.Resolved r, GraphEmitter g, String docSlug) {
        if (r.entity() instanceof Reconciliation.Known k) return authority.iri(k.entity());
        if (r.entity() instanceof Reconciliation.Listed l) return places.node(l.entry(), r.asPrinted(), g);
        Reconciliation.Unknown u = (Reconciliation.Unknown) r.entity();
        Node node = iris.entity(u.kind(), u.inDocument() ? docSlug + "/" + u.key() : u.key());
        g.type(node, EntityKinds.crmClass(u.kind()));
        g.english(node, RDFS.label, u.label());
        g.add(node, CRM.P2_has_type, concepts.get("reconciliation-status", "not-reconciled"));
        authority.printedAppellation(g, node, r.asPrinted(), "as-printed", u.label());
        return node;
    }
}
