package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.vocab.CRM;
import org.archivelod.uri.Slugs;

/**
 * The authority graph: each curated entity with its labels, its appellations (each typed: pseudonym, romanization …),
 * and its identifiers in other authority files, each citing where it was read. An identifier of the same kind of thing
 * is an identity ({@code owl:sameAs}: a person and its Wikidata item); one of another kind is only a close match
 * ({@code skos:closeMatch}: a state, which acts, and the GeoNames feature of its territory). The curators' note on an
 * entity is a {@code skos:editorialNote}: it records how the entry was made, for curators, and is not shown on pages.
 * A person's dates of life and offices, each with its source, are mapped by {@link LifeMapper}.
 */
public final class AuthorityMapper {
    private final IriMinter iris;
    private final Concepts concepts;
    private final LifeMapper lives;
    private final PlacePoints points;

    public AuthorityMapper(IriMinter iris, Concepts concepts) {
        this(iris, concepts, PlacePoints.none());
    }

    /**
     * With {@code gazetteer} (a whole name read as the gazetteer reads it), a curated place whose label names a
     * GeoNames city ("Moscow", "Port Arthur") states that city's point ({@link PlacePoints}).
     */
    public AuthorityMapper(IriMinter iris, Concepts concepts,
            java.util.function.Function<String, java.util.Optional<org.archivelod.reconcile.GazetteerEntry>> gazetteer) {
        this(iris, concepts, new PlacePoints(gazetteer));
    }

    private AuthorityMapper(IriMinter iris, Concepts concepts, PlacePoints points) {
        this.iris = iris;
        this.concepts = concepts;
        this.lives = new LifeMapper(concepts);
        this.points = points;
    }

    public Node iri(AuthorityEntity e) { return iris.entity(e.kind(), e.id()); }

    public void map(AuthorityFile authority, GraphEmitter g) {
        for (AuthorityEntity e : authority.entities()) map(e, g);
    }

    private void map(AuthorityEntity e, GraphEmitter g) {
        Node s = iri(e);
        g.type(s, EntityKinds.crmClass(e.kind()));
        g.english(s, RDFS.label, e.label());
        g.english(s, SKOS.prefLabel, e.label());
        e.labels().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(l -> g.lang(s, SKOS.prefLabel, l.getValue(), l.getKey()));
        if (e.note() != null) g.english(s, SKOS.editorialNote, e.note());
        if (e.kind().equals("place")) points.writeByName(g, s, e.label());
        appellation(g, s, e.label(), "preferred", null);
        for (AuthorityEntity.Name n : e.names()) {
            if (!n.text().equals(e.label())) g.text(s, SKOS.altLabel, n.text());
            appellation(g, s, n.text(), n.type(), n.note());
        }
        for (AuthorityEntity.Identifier id : e.identifiers()) {
            Node idNode = IriMinter.child(s, "identifier", id.scheme() + "-" + Slugs.of(id.value()));
            g.type(idNode, CRM.E42_Identifier);
            g.text(idNode, RDFS.label, id.value());
            g.text(idNode, CRM.P190_has_symbolic_content, id.value());
            g.add(idNode, CRM.P2_has_type, concepts.get("identifier-type", id.scheme()));
            g.text(idNode, DCTerms.source, id.source());
            g.add(s, CRM.P1_is_identified_by, idNode);
            id.iri().ifPresent(x -> g.add(s, link(e.kind(), id.scheme()), NodeFactory.createURI(x)));
        }
        lives.map(e, s, g);
    }

    /** An appellation node {@code {entity}/name/{slug}} with its words and type; returns it. */
    public Node appellation(GraphEmitter g, Node entity, String text, String type, String note) {
        String slug = Slugs.of(text).isEmpty() ? "name" : Slugs.of(text);
        Node a = IriMinter.child(entity, "name", slug);
        // "Kim Il Sung" and "Kim Il-sung" share a slug: the second spelling gets a numbered node of its own
        for (int n = 2; g.hasOther(a, CRM.P190_has_symbolic_content, NodeFactory.createLiteralString(text)); n++)
            a = IriMinter.child(entity, "name", slug + "-" + n);
        g.type(a, CRM.E41_Appellation);
        g.text(a, RDFS.label, text);
        g.text(a, CRM.P190_has_symbolic_content, text);
        g.add(a, CRM.P2_has_type, concepts.get("appellation-type", type));
        if (note != null && !note.isBlank()) g.english(a, CRM.P3_has_note, note);
        g.add(entity, CRM.P1_is_identified_by, a);
        return a;
    }

    /**
     * An appellation a document prints for an entity the authority file does not know ("as-printed", "spelling in
     * source"). Several documents describe such an entity, so its appellation IRIs must not depend on the document:
     * {@code {entity}/name/{slug}} for the words of the label itself, else {@code {entity}/name/{slug}-{hash}} with the
     * first 8 hex digits of the SHA-256 of the exact words ("Tahmaz BEQARI" and "Tahmaz Beqari" are two appellations).
     */
    public Node printedAppellation(GraphEmitter g, Node entity, String text, String type, String label) {
        String slug = Slugs.of(text).isEmpty() ? "name" : Slugs.of(text);
        if (!text.equals(label)) slug = slug + "-" + org.archivelod.io.Checksums.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
        Node a = IriMinter.child(entity, "name", slug);
        g.type(a, CRM.E41_Appellation);
        g.text(a, RDFS.label, text);
        g.text(a, CRM.P190_has_symbolic_content, text);
        g.add(a, CRM.P2_has_type, concepts.get("appellation-type", type));
        g.add(entity, CRM.P1_is_identified_by, a);
        return a;
    }

    /**
     * How an entity of {@code kind} is linked to an identifier of {@code scheme}: {@code owl:sameAs} where the scheme
     * names things of that kind (Wikidata items, VIAF and LCNAF for people and bodies, GeoNames for places), else
     * {@code skos:closeMatch} (a GeoNames feature is a place, never a group or state).
     */
    static org.apache.jena.rdf.model.Property link(String kind, String scheme) {
        return switch (scheme) {
            case "geonames" -> kind.equals("place") ? OWL.sameAs : SKOS.closeMatch;
            case "viaf", "lcnaf" -> kind.equals("person") || kind.equals("group") ? OWL.sameAs : SKOS.closeMatch;
            default -> OWL.sameAs;
        };
    }
}
