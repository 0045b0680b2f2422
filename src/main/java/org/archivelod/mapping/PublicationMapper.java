package org.archivelod.mapping;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.reconcile.Match;
import org.archivelod.reconcile.NameMatcher;
import org.archivelod.record.Credit;
import org.archivelod.vocab.CRM;

/**
 * How the English text came to be published: its translation (when the citation names a translator), its publication
 * by the body the rights statement names, and the funding the record's funding line acknowledges.
 */
public final class PublicationMapper {
    private static final String PUBLISHER_ID = "history-and-public-policy-program";
    private final IriMinter iris;
    private final Concepts concepts;
    private final NameMatcher names;
    private final PartyResolver parties;
    private final AuthorityMapper authority;

    public PublicationMapper(IriMinter iris, Concepts concepts, NameMatcher names, PartyResolver parties, AuthorityMapper authority) {
        this.iris = iris;
        this.concepts = concepts;
        this.names = names;
        this.parties = parties;
        this.authority = authority;
    }

    public void map(DocumentContext d) {
        translation(d);
        obtaining(d);
        Optional<Node> publication = publication(d);
        funding(d, publication);
    }

    private void translation(DocumentContext d) {
        List<String> translators = d.record().citation().map(c -> c.translators()).orElse(List.of());
        if (translators.isEmpty()) return;
        GraphEmitter g = d.graph();
        Node t = iris.event(d.slug(), "translation");
        concepts.activity(g, t, CRM.E65_Creation, "Translation of “" + d.record().title() + "” into English", "translation");
        TextPart citation = d.citation().orElseThrow();
        for (String name : translators) {
            PartyResolver.Party p = parties.resolve(name, g);
            g.add(t, CRM.P14_carried_out_by, p.node());
            g.add(d.document(), DCTerms.contributor, p.node());
            int at = citation.text().indexOf(name);
            if (at >= 0) d.evidence().annotate(citation, at, at + name.length(), p.node());
        }
        g.add(t, CRM.P94_has_created, d.document());
        g.add(d.document(), CRM.P94i_was_created_by, t);
        g.add(d.document(), CRM.P73i_is_translation_of, d.original());
        int at = citation.text().indexOf("Translated");
        if (at < 0) at = citation.text().indexOf("translated");
        if (at >= 0) d.evidence().annotate(citation, at, citation.text().length(), t);
    }

    /** "Obtained by X": the person the citation credits with obtaining the document for the archive. */
    private void obtaining(DocumentContext d) {
        List<Credit> obtainers = d.record().citation().map(c -> c.credits()).orElse(List.of()).stream()
                .filter(c -> c.role() == Credit.Role.OBTAINED_BY).toList();
        if (obtainers.isEmpty()) return;
        GraphEmitter g = d.graph();
        TextPart citation = d.citation().orElseThrow();
        Node o = iris.event(d.slug(), "obtaining");
        concepts.activity(g, o, CRM.E7_Activity, "Obtaining of “" + d.record().title() + "”", "obtaining");
        g.add(o, CRM.P16_used_specific_object, d.original());
        for (Credit c : obtainers) {
            PartyResolver.Party p = parties.resolve(c.name(), g);
            g.add(o, CRM.P14_carried_out_by, p.node());
            c.affiliation().ifPresent(a -> g.english(o, CRM.P3_has_note, c.name() + " (" + a + ")"));
            int at = citation.text().indexOf(c.name());
            if (at >= 0) d.evidence().annotate(citation, at, at + c.name().length(), p.node());
        }
    }

    /** The publisher is the body the rights statement names as welcoming reuse of Digital Archive materials. */
    private Optional<Node> publication(DocumentContext d) {
        if (d.rights().isEmpty()) return Optional.empty();
        TextPart rights = d.rights().get();
        Optional<Match> publisher = names.find(rights.text()).stream()
                .filter(m -> m.entity().id().equals(PUBLISHER_ID)).findFirst();
        if (publisher.isEmpty()) return Optional.empty();
        GraphEmitter g = d.graph();
        Node who = authority.iri(publisher.get().entity());
        Node p = iris.event(d.slug(), "publication");
        concepts.activity(g, p, CRM.E7_Activity, "Publication of “" + d.record().title() + "” in the Digital Archive", "publication");
        g.add(p, CRM.P14_carried_out_by, who);
        g.add(p, CRM.P16_used_specific_object, d.document());
        g.add(d.document(), DCTerms.publisher, who);
        d.evidence().annotate(rights, publisher.get().start(), publisher.get().end(), p);
        return Optional.of(p);
    }

    private void funding(DocumentContext d, Optional<Node> publication) {
        if (d.fundingLine().isEmpty() || d.record().funders().isEmpty()) return;
        TextPart line = d.fundingLine().get();
        GraphEmitter g = d.graph();
        Node f = iris.event(d.slug(), "funding");
        concepts.activity(g, f, CRM.E7_Activity, "Funding of the publication of “" + d.record().title() + "”", "funding");
        g.english(f, CRM.P3_has_note, line.text());
        for (String funder : d.record().funders()) {
            PartyResolver.Party p = parties.resolve(funder, g);
            g.add(f, CRM.P14_carried_out_by, p.node());
            int at = line.text().indexOf(funder);
            if (at >= 0) d.evidence().annotate(line, at, at + funder.length(), p.node());
        }
        publication.ifPresent(p -> g.add(f, CRM.P20_had_specific_purpose, p));
        d.evidence().annotate(line, 0, line.text().length(), f);
    }
}
