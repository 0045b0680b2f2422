package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.Reconciliation;
import java.util.function.Consumer;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.PrintedDate;
import org.archivelod.vocab.CRM;
import org.archivelod.uri.Slugs;

/**
 * Maps one record, as its {@link Reconciliation} resolved its names, to its named graph (DESIGN.md section 3): the
 * document and its original, the texts of the record page, every entity the texts name with its evidence, the
 * activities the record states, custody, curated events and provenance. It decides no names: who is who is the
 * reconciliation's. Pure: the same record and reconciliation give the same quads in the same order.
 */
public final class DocumentMapper {
    private final IriMinter iris;
    private final Concepts concepts;
    private final ResolvedEntities entities;
    private final EventMapper events;
    private final CustodyMapper custody;
    private final PublicationMapper publication;
    private final CuratedEventMapper curated;
    private final ProvenanceMapper provenance;

    public DocumentMapper(IriMinter iris, Concepts concepts, AuthorityMapper authority, ProvenanceMapper provenance) {
        this.iris = iris;
        this.concepts = concepts;
        this.entities = new ResolvedEntities(iris, authority, concepts, new PlaceEntities(iris, authority, concepts));
        this.events = new EventMapper(iris, concepts, authority);
        this.custody = new CustodyMapper(iris, concepts, authority);
        this.publication = new PublicationMapper(iris, concepts, entities, authority);
        this.curated = new CuratedEventMapper(iris, concepts, authority);
        this.provenance = provenance;
    }

    /**
     * The slug of a record's IRIs: {@code record-{id}} from the archive's record identifier when the page has one, which
     * does not change when the archive corrects a title or a date; else its date and title (a change of those is kept
     * as a redirect by the store, see {@code IriRedirects}).
     */
    public static String slug(ArchiveRecord r) {
        return r.information().recordId().map(Slugs::of).filter(id -> !id.isEmpty()).map(id -> "record-" + id)
                .orElseGet(() -> r.heading().date().firstDay() + "-" + Slugs.of(r.heading().title()));
    }

    /** Maps the record into its graph and sends it; returns the number of quads. */
    public int map(ArchiveRecord r, Reconciliation reconciliation, SourceFile source, StreamRDF out) {
        return map(r, reconciliation, source, out, c -> {});
    }

    /**
     * Maps the record, as {@code reconciliation} resolved its names, into its graph and sends it; {@code candidateReport}
     * is told of each person found by convention but not in the authority file (label, words as printed, convention,
     * source, passage), and of each party's words not asserted as one, for the authority file's curators.
     */
    public int map(ArchiveRecord r, Reconciliation reconciliation, SourceFile source, StreamRDF out, Consumer<String> candidateReport) {
        String slug = slug(r);
        GraphEmitter g = new GraphEmitter(iris.documentGraph(slug));
        Node doc = iris.document(slug);
        EvidenceWriter evidence = new EvidenceWriter(iris, slug, g);
        Reconciliation.Parties parties = reconciliation.parties();
        Reconciliation.Texts texts = reconciliation.texts();
        DocumentContext d = new DocumentContext(r, reconciliation, slug, doc, iris.documentPart(slug, "original"),
                new TextPart("text", doc, r.body().text()),
                r.heading().summary().map(s -> part(g, slug, doc, "summary", s, r)),
                r.information().citation().map(c -> part(g, slug, doc, "source-citation", c.asPrinted(), r)),
                r.information().rights().map(s -> part(g, slug, doc, "rights-statement", s, r)),
                r.heading().funders().isEmpty() ? Optional.empty()
                        : Optional.of(part(g, slug, doc, "funding-line", "This document was made possible with support from " + r.heading().funders().get(0), r)),
                parties(r, parties.authors(), "author", g, slug, candidateReport),
                parties(r, parties.addressees(), "addressee", g, slug, candidateReport),
                parties(r, parties.intermediaries(), "intermediary", g, slug, candidateReport),
                parties(r, parties.participants(), "participant", g, slug, candidateReport), g, evidence);
        document(d);
        mentions(d, d.body(), texts.body(), candidateReport);
        d.summary().ifPresent(p -> mentions(d, p, texts.summary().orElseThrow(), candidateReport));
        d.citation().ifPresent(p -> mentions(d, p, texts.citation().orElseThrow(), candidateReport));
        mentions(d, part(g, slug, doc, "title", r.heading().title(), r), texts.title(), candidateReport);
        events.map(d);
        publication.map(d);
        custody.map(d);
        curated.map(d);
        provenance.map(d, source);
        return g.flush(out);
    }

    /** The parties of one role, each entity once; words not asserted as a party go to the curators' report. */
    private List<ResolvedEntities.Party> parties(ArchiveRecord r, List<Reconciliation.Party> resolved, String role, GraphEmitter g,
                                                 String slug, Consumer<String> report) {
        List<ResolvedEntities.Party> out = new ArrayList<>();
        for (Reconciliation.Party p : resolved) {
            p.refused().ifPresent(why -> report.accept("\t" + p.asPrinted() + "\tnot asserted as " + role + ": " + why + "\t" + r.source()));
            p.resolved().map(x -> entities.party(x, g, slug)).filter(party -> out.stream().noneMatch(o -> o.node().equals(party.node())))
                    .ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private void document(DocumentContext d) {
        ArchiveRecord r = d.record();
        GraphEmitter g = d.graph();
        Node doc = d.document();
        g.type(doc, CRM.E31_Document, CRM.E33_Linguistic_Object);
        g.english(doc, RDFS.label, r.heading().title());
        g.text(doc, DCTerms.identifier, d.slug());
        g.english(doc, DCTerms.title, r.heading().title());
        date(g, doc, r.heading().date());
        r.heading().documentType().flatMap(t -> concepts.byLabel("document-type", t))
                .or(() -> r.information().recordType().flatMap(t -> concepts.byLabel("document-type", t)))
                .or(() -> Optional.of(concepts.get("document-type", "unspecified"))).ifPresent(t -> {
            g.add(doc, DCTerms.type, t);
            g.add(doc, CRM.P2_has_type, t);
        });
        for (ResolvedEntities.Party a : d.authors()) g.add(doc, DCTerms.creator, a.node());
        r.heading().summary().ifPresent(s -> g.english(doc, DCTerms.abstract_, s));
        r.information().rights().ifPresent(s -> g.english(doc, DCTerms.rights, s));
        r.information().citation().ifPresent(c -> g.text(doc, DCTerms.source, c.asPrinted()));
        g.text(doc, CRM.P190_has_symbolic_content, r.body().text());
        r.information().recordId().ifPresent(id -> {
            Node idNode = iris.entity("identifier", "record-id-" + id);
            g.type(idNode, CRM.E42_Identifier);
            g.text(idNode, RDFS.label, id);
            g.text(idNode, CRM.P190_has_symbolic_content, id);
            g.add(idNode, CRM.P2_has_type, concepts.get("identifier-type", "record-id"));
            g.add(doc, CRM.P1_is_identified_by, idNode);
        });
        r.information().uploaded().ifPresent(u -> g.typed(doc, DCTerms.issued, u, XSDDatatype.XSDdate));
        // the published text shows the features of the original, whether or not the record says who translated it
        g.add(doc, CRM.P130_shows_features_of, d.original());
        g.type(d.original(), CRM.E33_Linguistic_Object);
        g.english(d.original(), RDFS.label, "Original text of “" + r.heading().title() + "”");
    }

    private static void date(GraphEmitter g, Node doc, PrintedDate date) {
        var v = date.value();
        XSDDatatype type = v instanceof java.time.LocalDate ? XSDDatatype.XSDdate
                : v instanceof java.time.YearMonth ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        g.typed(doc, DCTerms.date, v.toString(), type);
    }

    /** A text of the record page about the document (summary, citation, rights, funding line). */
    private TextPart part(GraphEmitter g, String slug, Node doc, String name, String text, ArchiveRecord r) {
        Node node = iris.documentPart(slug, name);
        g.type(node, CRM.E33_Linguistic_Object);
        g.add(node, CRM.P2_has_type, concepts.get("text-type", name));
        g.english(node, RDFS.label, name.replace('-', ' ') + " of “" + r.heading().title() + "”");
        g.text(node, CRM.P190_has_symbolic_content, text);
        g.add(node, CRM.P129_is_about, doc);
        return new TextPart(name, node, text);
    }

    /**
     * The entities a text names, as the reconciliation found them (authority names, gazetteer places, bodies, features,
     * then the people the archive's conventions mark), each with {@code P67_refers_to} and an annotation; each person
     * found by convention is reported as a candidate for the authority file.
     */
    private void mentions(DocumentContext d, TextPart part, Reconciliation.Mentions found, Consumer<String> report) {
        for (Reconciliation.Mention m : found.mentions()) {
            ResolvedEntities.Party entity = entities.party(m.target(), d.graph(), d.slug());
            d.graph().add(part.node(), CRM.P67_refers_to, entity.node());
            d.evidence().annotate(part, m.start(), m.end(), entity.node());
            m.cue().ifPresent(cue -> report.accept(entity.nameAsPrinted() + "\t" + m.target().asPrinted() + "\t" + cue + "\t"
                    + d.record().source() + "\t" + passage(part.text(), m.start(), m.end())));
        }
    }

    /** The words around {@code [start, end)} on one line, for a curator to judge a candidate by. */
    private static String passage(String text, int start, int end) {
        int from = Math.max(0, start - 60);
        int to = Math.min(text.length(), end + 60);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip() + (to < text.length() ? "…" : "");
    }
}
