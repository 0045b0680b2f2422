package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.store.SiteAggregates;
import org.archivelod.vocab.CRM;

/**
 * Who or what an entity is, for its page: its names (labels in each language and script, with the language tagged
 * for screen readers, and every appellation with its kind: pseudonym, romanization...), its identifiers in
 * Wikidata, VIAF, GeoNames and the Library of Congress as links, the documents it wrote, received or translated,
 * and the passages naming it. Callers hold a read transaction.
 */
public record EntityProfile(List<Name> labels, List<Name> names, List<Identifier> identifiers, List<Role> roles,
        List<Passages.Passage> passages, int passageCount, Paging paging) {

    /** "1 passage", "12 passages". */
    public String passageCountLabel() {
        return Counted.of(passageCount, "passage");
    }

    /** A name; {@code lang} is its language tag ("" when none), {@code kind} how it names the entity. */
    public record Name(String text, String lang, String kind, String note) {}

    /** An identifier in an outside authority, linked. */
    public record Identifier(String scheme, String code, String href) {}

    /** A document on the entity's page. */
    public record Doc(String title, String href, String dateLabel) {}

    /**
     * The documents the entity had one part in ("wrote": {@code dcterms:creator}, "received": addressee of a sending,
     * "translated": {@code dcterms:contributor}), by date, then title: this page's, of {@code count}.
     */
    public record Role(String name, List<Doc> documents, int count) {}

    /** The entity's parts in documents, each the name of its site list ({@code queries/aggregates/lists/NAME.rq}). */
    private static final List<String> ROLES = List.of("wrote", "received", "translated");

    public boolean hasDocuments() {
        return !roles.isEmpty();
    }

    public boolean hasPassages() {
        return !passages.isEmpty();
    }

    /** The number of the first passage on this page. */
    public int firstPassage() {
        return paging.first();
    }

    /** The number of the last passage on this page. */
    public int lastPassage() {
        return paging.first() + passages.size() - 1;
    }

    /** How many pages the profile's counted lists need (the passages and the documents of each role). */
    public static int pages(EntityProfile profile) {
        int[] lengths = new int[profile.roles().size() + 1];
        lengths[0] = profile.passageCount();
        for (int i = 0; i < profile.roles().size(); i++) lengths[i + 1] = profile.roles().get(i).count();
        return Paging.pagesFor(lengths);
    }

    /** The profile with {@code paging}, the pages of the entity's lists. */
    public EntityProfile page(Paging paging) {
        return new EntityProfile(labels, names, identifiers, roles.stream().filter(r -> !r.documents().isEmpty()).toList(),
                passages, passageCount, paging);
    }

    /** The names of the site lists of {@code entity} the profile counts: its passages, then its documents by part. */
    public static List<String> lists(Node entity) {
        List<String> lists = new ArrayList<>();
        lists.add(SiteAggregates.listName("passages", entity));
        ROLES.forEach(role -> lists.add(SiteAggregates.listName(role, entity)));
        return lists;
    }

    /**
     * What the page lists about {@code entity}: of its passages and of the documents it had each part in, the page
     * that {@code lists} holds (read at once for all of {@link #lists} and the letters: {@link EntityLists}), with
     * their numbers.
     */
    public static EntityProfile build(DatasetGraph store, Labels labels, Node entity, SiteAggregatesView aggregates,
            EntityLists lists) {
        List<Name> preferred = new ArrayList<>();
        store.find(Quad.unionGraph, entity, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(q -> {   // each once
            Node o = q.getObject();
            if (o.isLiteral()) {
                preferred.add(new Name(o.getLiteralLexicalForm(), o.getLiteralLanguage(), "preferred label", ""));
            }
        });
        preferred.sort(Comparator.comparing((Name n) -> !n.lang().startsWith("en")).thenComparing(Name::lang));
        List<Name> names = new ArrayList<>();
        List<Node> ids = ArchiveDocuments.objects(store, entity, CRM.P1_is_identified_by.asNode());
        // the kinds' labels at once (one request through a front)
        Labels kinds = PageLabels.of(aggregates, labels,
                ids.stream().flatMap(id -> ArchiveDocuments.objects(store, id, CRM.P2_has_type.asNode()).stream()).toList());
        for (Node id : ids) {
            if (store.contains(Node.ANY, id, RDF.type.asNode(), CRM.E41_Appellation.asNode())) {
                String kind = ArchiveDocuments.objects(store, id, CRM.P2_has_type.asNode()).stream().findFirst()
                        .map(kinds::englishLabel).orElse("name");
                ArchiveDocuments.literal(store, id, CRM.P190_has_symbolic_content.asNode()).ifPresent(text ->
                        names.add(new Name(text, "", kind,
                                ArchiveDocuments.literal(store, id, CRM.P3_has_note.asNode()).orElse(""))));
            }
        }
        names.sort(Comparator.comparing((Name n) -> !n.kind().equals("preferred name")).thenComparing(Name::text));
        preferred.removeIf(label -> names.stream().anyMatch(n -> n.text().equals(label.text())));
        String passageList = SiteAggregates.listName("passages", entity);
        List<Passages.Passage> passages = lists.passages(passageList, labels);
        List<Role> roles = new ArrayList<>();
        for (String role : ROLES) {
            String list = SiteAggregates.listName(role, entity);
            int count = lists.size(list);
            if (count > 0) {
                List<Doc> docs = lists.documents(list).stream()
                        .map(d -> new Doc(d.title(), labels.unlabelled(d.node(), d.title()).href(), d.dateLabel())).toList();
                roles.add(new Role(role, docs, count));
            }
        }
        return new EntityProfile(preferred, names, identifiers(store, entity), roles, passages, lists.size(passageList),
                new Paging(1, 1));
    }

    private static List<Identifier> identifiers(DatasetGraph store, Node entity) {
        List<Identifier> out = new ArrayList<>();
        for (Node same : ArchiveDocuments.objects(store, entity, OWL.sameAs.asNode())) {
            if (same.isURI()) {
                out.add(identifier(same.getURI()));
            }
        }
        for (Node close : ArchiveDocuments.objects(store, entity, SKOS.closeMatch.asNode())) {
            if (close.isURI()) {
                Identifier id = identifier(close.getURI());
                out.add(new Identifier(id.scheme() + " (close match)", id.code(), id.href()));
            }
        }
        out.sort(Comparator.comparing(Identifier::scheme).thenComparing(Identifier::code));
        return out;
    }

    /** A human-readable link for an authority IRI: Wikidata's item page, GeoNames' page, VIAF, id.loc.gov. */
    static Identifier identifier(String iri) {
        String tail = iri.replaceAll("/+$", "");
        tail = tail.substring(tail.lastIndexOf('/') + 1);
        if (iri.contains("wikidata.org/entity/")) {
            return new Identifier("Wikidata", tail, "https://www.wikidata.org/wiki/" + tail);
        }
        if (iri.contains("geonames.org/")) {
            return new Identifier("GeoNames", tail, "https://www.geonames.org/" + tail);
        }
        if (iri.contains("viaf.org/viaf/")) {
            return new Identifier("VIAF", tail, iri);
        }
        if (iri.contains("id.loc.gov/")) {
            return new Identifier("Library of Congress", tail, iri);
        }
        return new Identifier(iri.replaceFirst("^https?://([^/]+).*$", "$1"), tail, iri);
    }

}
