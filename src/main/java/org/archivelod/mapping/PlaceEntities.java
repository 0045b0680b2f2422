package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.reconcile.GazetteerEntry;
import org.archivelod.vocab.CRM;

/**
 * The entities of places and states found by the gazetteer that the reconciliation did not resolve to an authority
 * entity (one identity for the USSR, however it is printed): {@code id/place/{id}} (a city or territory,
 * crm:E53_Place) or {@code id/group/{id}} (a state that acts, crm:E74_Group, DESIGN §3), labelled in English, Russian
 * and Chinese where the gazetteer has them. A GeoNames city is linked with {@code skos:closeMatch}, not owl:sameAs:
 * the link rests on a name printed in the text, which the gazetteer's rules make unambiguous but nobody has verified.
 * A city states its GeoNames point ({@link PlacePoints}).
 */
final class PlaceEntities {
    private final IriMinter iris;
    private final AuthorityMapper authority;
    private final Concepts concepts;

    PlaceEntities(IriMinter iris, AuthorityMapper authority, Concepts concepts) {
        this.iris = iris;
        this.authority = authority;
        this.concepts = concepts;
    }

    /** The node of an entry the authority file does not know by any of its names, its description written into {@code g}. */
    Node node(GazetteerEntry e, String asPrinted, GraphEmitter g) {
        boolean state = e.kind().equals(GazetteerEntry.STATE);
        Node node = iris.entity(state ? "group" : "place", e.id());
        g.type(node, state ? CRM.E74_Group : CRM.E53_Place);
        g.english(node, RDFS.label, e.label());
        for (Map.Entry<String, List<String>> byLang : new java.util.TreeMap<>(e.names()).entrySet()) {
            if (byLang.getKey().equals("ru") || byLang.getKey().equals("zh")) {
                if (!byLang.getValue().isEmpty()) g.lang(node, SKOS.prefLabel, byLang.getValue().get(0), byLang.getKey());
            }
        }
        if (e.geonameid() != null) g.add(node, SKOS.closeMatch, NodeFactory.createURI("https://sws.geonames.org/" + e.geonameid() + "/"));
        PlacePoints.write(g, node, e);
        if (e.source() != null) g.text(node, DCTerms.source, e.source());
        authority.printedAppellation(g, node, asPrinted, "spelling-in-source", e.label());
        return node;
    }
}
