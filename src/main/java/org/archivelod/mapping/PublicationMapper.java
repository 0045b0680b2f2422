package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.reconcile.Match;
import org.archivelod.record.Credit;
import org.archivelod.record.PublishedSource;
import org.archivelod.vocab.CRM;

/**
 * How the English text came to be published: its translation (when the citation names a translator), its publication
 * by the body the rights statement names, and the funding the record's funding line acknowledges; and the books,
 * journals and document collections the citation names as where the original was published (a
 * {@code crm:E73_Information_Object} that incorporates the original text, made by a publication whose actors are the
 * editors the authority file knows), which are never its keepers.
 */
public final class PublicationMapper {
    private static final String PUBLISHER_ID = "history-and-public-policy-program";
    private final IriMinter iris;
    private final Concepts concepts;
    private final ResolvedEntities entities;
    private final AuthorityMapper authority;

    public PublicationMapper(IriMinter iris, Concepts concepts, ResolvedEntities entities, AuthorityMapper authority) {
        this.iris = iris;
        this.concepts = concepts;
        this.entities = entities;
        this.authority = authority;
    }

    public void map(DocumentContext d) {
        translation(d);
        obtaining(d);
        Optional<Node> publication = publication(d);
        funding(d, publication);
        publishedSources(d);
    }

    /**
     * Each publication the citation names: the publication ({@code …/published-source-N}, labelled with its title as
     * printed, incorporating the original text) and the activity that made it ({@code …/source-publication-N}, with
     * its year when printed alone), carried out by the editors whose names the authority file knows as groups or
     * people; other editors stay in the words of the citation.
     */
    private void publishedSources(DocumentContext d) {
        List<PublishedSource> sources = d.record().information().citation().map(c -> c.publications()).orElse(List.of());
        if (sources.isEmpty()) return;
        GraphEmitter g = d.graph();
        TextPart citation = d.citation().orElseThrow();
        int n = 0;
        for (PublishedSource source : sources) {
            n++;
            String title = source.title().orElse(source.asPrinted());
            Node work = iris.documentPart(d.slug(), "published-source-" + n);
            g.type(work, CRM.E73_Information_Object);
            g.english(work, RDFS.label, title + source.volume().map(v -> ", vol. " + v).orElse(""));
            g.english(work, CRM.P3_has_note, source.asPrinted());
            g.add(work, CRM.P165_incorporates, d.original());
            Node made = iris.event(d.slug(), "source-publication-" + n);
            concepts.activity(g, made, CRM.E65_Creation, "Publication of “" + title + "”", "publication");
            g.add(made, CRM.P94_has_created, work);
            for (String editor : source.editors()) d.reconciliation().editor(editor).ifPresent(e -> g.add(made, CRM.P14_carried_out_by, authority.iri(e)));
            source.year().ifPresent(y -> {
                Node t = IriMinter.child(made, "time-span");
                int year = Integer.parseInt(y);
                EventMapper.timeSpan(g, t, y, java.time.LocalDate.of(year, 1, 1).atStartOfDay(), java.time.LocalDateTime.of(year, 12, 31, 23, 59, 59));
                g.add(made, CRM.P4_has_time_span, t);
            });
            int at = citation.text().indexOf(source.asPrinted());
            if (at >= 0) d.evidence().annotate(citation, at, at + source.asPrinted().length(), made);
        }
    }

    private void translation(DocumentContext d) {
        List<String> translators = d.record().information().citation().map(c -> c.translators()).orElse(List.of());
        if (translators.isEmpty()) return;
        GraphEmitter g = d.graph();
        Node t = iris.event(d.slug(), "translation");
        concepts.activity(g, t, CRM.E65_Creation, "Translation of “" + d.record().heading().title() + "” into English", "translation");
        TextPart citation = d.citation().orElseThrow();
        for (String name : translators) {
            ResolvedEntities.Party p = entities.party(d.reconciliation().credited(name), g, d.slug());
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
        List<Credit> obtainers = d.record().information().citation().map(c -> c.credits()).orElse(List.of()).stream()
                .filter(c -> c.role() == Credit.Role.OBTAINED_BY).toList();
        if (obtainers.isEmpty()) return;
        GraphEmitter g = d.graph();
        TextPart citation = d.citation().orElseThrow();
        Node o = iris.event(d.slug(), "obtaining");
        concepts.activity(g, o, CRM.E7_Activity, "Obtaining of “" + d.record().heading().title() + "”", "obtaining");
        g.add(o, CRM.P16_used_specific_object, d.original());
        for (Credit c : obtainers) {
            ResolvedEntities.Party p = entities.party(d.reconciliation().credited(c.name()), g, d.slug());
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
        Optional<Match> publisher = d.reconciliation().rightsNames().stream()
                .filter(m -> m.entity().id().equals(PUBLISHER_ID)).findFirst();
        if (publisher.isEmpty()) return Optional.empty();
        GraphEmitter g = d.graph();
        Node who = authority.iri(publisher.get().entity());
        Node p = iris.event(d.slug(), "publication");
        concepts.activity(g, p, CRM.E7_Activity, "Publication of “" + d.record().heading().title() + "” in the Digital Archive", "publication");
        g.add(p, CRM.P14_carried_out_by, who);
        g.add(p, CRM.P16_used_specific_object, d.document());
        g.add(d.document(), DCTerms.publisher, who);
        d.evidence().annotate(rights, publisher.get().start(), publisher.get().end(), p);
        return Optional.of(p);
    }

    private void funding(DocumentContext d, Optional<Node> publication) {
        if (d.fundingLine().isEmpty() || d.record().heading().funders().isEmpty()) return;
        TextPart line = d.fundingLine().get();
        GraphEmitter g = d.graph();
        Node f = iris.event(d.slug(), "funding");
        concepts.activity(g, f, CRM.E7_Activity, "Funding of the publication of “" + d.record().heading().title() + "”", "funding");
        g.english(f, CRM.P3_has_note, line.text());
        for (String funder : d.record().heading().funders()) {
            ResolvedEntities.Party p = entities.party(d.reconciliation().credited(funder), g, d.slug());
            g.add(f, CRM.P14_carried_out_by, p.node());
            int at = line.text().indexOf(funder);
            if (at >= 0) d.evidence().annotate(line, at, at + funder.length(), p.node());
        }
        publication.ifPresent(p -> g.add(f, CRM.P20_had_specific_purpose, p));
        d.evidence().annotate(line, 0, line.text().length(), f);
    }
}
