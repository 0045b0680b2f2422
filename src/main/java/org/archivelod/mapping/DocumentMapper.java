package org.archivelod.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.Match;
import org.archivelod.reconcile.NameMatcher;
import org.archivelod.reconcile.PersonCandidates;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.PrintedDate;
import org.archivelod.record.PrintedName;
import org.archivelod.vocab.CRM;

/**
 * Maps one record to its named graph (DESIGN.md section 3): the document and its original, the texts of the record
 * page, every entity the texts name with its evidence, the activities the record states, custody, curated events
 * and provenance. Pure: the same record gives the same quads in the same order.
 */
public final class DocumentMapper {
    private final IriMinter iris;
    private final Concepts concepts;
    private final NameMatcher names;
    private final PartyResolver parties;
    private final EventMapper events;
    private final CustodyMapper custody;
    private final PublicationMapper publication;
    private final CuratedEventMapper curated;
    private final ProvenanceMapper provenance;
    private final AuthorityMapper authority;

    public DocumentMapper(IriMinter iris, Concepts concepts, NameMatcher names, AuthorityMapper authority, ProvenanceMapper provenance) {
        this.iris = iris;
        this.concepts = concepts;
        this.names = names;
        this.parties = new PartyResolver(iris, names, authority);
        this.events = new EventMapper(iris, concepts, names, authority);
        this.custody = new CustodyMapper(iris, concepts, names, authority);
        this.publication = new PublicationMapper(iris, concepts, names, parties, authority);
        this.curated = new CuratedEventMapper(iris, concepts);
        this.provenance = provenance;
        this.authority = authority;
    }

    /** The slug of a record's IRIs: its date and title. */
    public static String slug(ArchiveRecord r) {
        return r.date().firstDay() + "-" + Slugs.of(r.title());
    }

    /** Maps the record into its graph and sends it; returns the number of quads. */
    public int map(ArchiveRecord r, SourceFile source, List<org.archivelod.reconcile.CuratedEvent> curatedEvents, StreamRDF out) {
        return map(r, source, curatedEvents, out, c -> {});
    }

    /**
     * Maps the record into its graph and sends it; {@code candidateReport} is told of each person found by convention
     * but not in the authority file (label, words as printed, convention, source), for the authority file's curators.
     */
    public int map(ArchiveRecord r, SourceFile source, List<org.archivelod.reconcile.CuratedEvent> curatedEvents, StreamRDF out,
                   Consumer<String> candidateReport) {
        String slug = slug(r);
        GraphEmitter g = new GraphEmitter(iris.documentGraph(slug));
        Node doc = iris.document(slug);
        EvidenceWriter evidence = new EvidenceWriter(iris, slug, g);
        DocumentContext d = new DocumentContext(r, slug, doc, iris.documentPart(slug, "original"),
                new TextPart("text", doc, r.text()),
                r.summary().map(s -> part(g, slug, doc, "summary", s, r)),
                r.citation().map(c -> part(g, slug, doc, "source-citation", c.asPrinted(), r)),
                r.rights().map(s -> part(g, slug, doc, "rights-statement", s, r)),
                r.funders().isEmpty() ? Optional.empty()
                        : Optional.of(part(g, slug, doc, "funding-line", "This document was made possible with support from " + r.funders().get(0), r)),
                parties(r, PrintedName.Role.AUTHOR, g), parties(r, PrintedName.Role.ADDRESSEE, g),
                parties(r, PrintedName.Role.INTERMEDIARY, g), parties(r, PrintedName.Role.PARTICIPANT, g), g, evidence);
        document(d);
        candidates(d, mentions(d, d.body()), candidateReport);
        d.summary().ifPresent(p -> mentions(d, p));
        d.citation().ifPresent(p -> mentions(d, p));
        events.map(d);
        publication.map(d);
        custody.map(d);
        curated.map(d, curatedEvents);
        provenance.map(d, source);
        return g.flush(out);
    }

    private List<PartyResolver.Party> parties(ArchiveRecord r, PrintedName.Role role, GraphEmitter g) {
        List<PartyResolver.Party> out = new ArrayList<>();
        for (PrintedName p : r.parties()) if (p.role() == role) out.add(parties.resolve(p, g));
        return List.copyOf(out);
    }

    private void document(DocumentContext d) {
        ArchiveRecord r = d.record();
        GraphEmitter g = d.graph();
        Node doc = d.document();
        g.type(doc, CRM.E31_Document, CRM.E33_Linguistic_Object);
        g.english(doc, RDFS.label, r.title());
        g.text(doc, DCTerms.identifier, d.slug());
        g.english(doc, DCTerms.title, r.title());
        date(g, doc, r.date());
        r.documentType().flatMap(t -> concepts.byLabel("document-type", t))
                .or(() -> r.recordType().flatMap(t -> concepts.byLabel("document-type", t)))
                .or(() -> Optional.of(concepts.get("document-type", "unspecified"))).ifPresent(t -> {
            g.add(doc, DCTerms.type, t);
            g.add(doc, CRM.P2_has_type, t);
        });
        for (PartyResolver.Party a : d.authors()) g.add(doc, DCTerms.creator, a.node());
        r.summary().ifPresent(s -> g.english(doc, DCTerms.abstract_, s));
        r.rights().ifPresent(s -> g.english(doc, DCTerms.rights, s));
        r.citation().ifPresent(c -> g.text(doc, DCTerms.source, c.asPrinted()));
        g.text(doc, CRM.P190_has_symbolic_content, r.text());
        r.recordId().ifPresent(id -> {
            Node idNode = iris.entity("identifier", "record-id-" + id);
            g.type(idNode, CRM.E42_Identifier);
            g.text(idNode, RDFS.label, id);
            g.text(idNode, CRM.P190_has_symbolic_content, id);
            g.add(idNode, CRM.P2_has_type, concepts.get("identifier-type", "record-id"));
            g.add(doc, CRM.P1_is_identified_by, idNode);
        });
        r.uploaded().ifPresent(u -> g.typed(doc, DCTerms.issued, u, XSDDatatype.XSDdate));
        // the published text shows the features of the original, whether or not the record says who translated it
        g.add(doc, CRM.P130_shows_features_of, d.original());
        g.type(d.original(), CRM.E33_Linguistic_Object);
        g.english(d.original(), RDFS.label, "Original text of “" + r.title() + "”");
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
        g.english(node, RDFS.label, name.replace('-', ' ') + " of “" + r.title() + "”");
        g.text(node, CRM.P190_has_symbolic_content, text);
        g.add(node, CRM.P129_is_about, doc);
        return new TextPart(name, node, text);
    }

    /** Each authority name in the text: {@code P67_refers_to} from the text and an annotation with the words. */
    private List<PersonCandidates.Candidate> mentions(DocumentContext d, TextPart part) {
        List<Match> found = names.find(part.text());
        for (Match m : found) {
            Node entity = iris.entity(m.entity().kind(), m.entity().id());
            d.graph().add(part.node(), CRM.P67_refers_to, entity);
            d.evidence().annotate(part, m.start(), m.end(), entity);
        }
        return PersonCandidates.find(part.text(), found);
    }

    /**
     * People the authority file does not know, found by the archive's conventions: local to this document (nothing is
     * merged on a guess), named as printed, and reported as candidates for the authority file.
     */
    private void candidates(DocumentContext d, List<PersonCandidates.Candidate> found, Consumer<String> report) {
        GraphEmitter g = d.graph();
        for (PersonCandidates.Candidate c : found) {
            Node person = iris.entity("person", d.slug() + "/" + Slugs.of(c.label()));
            g.type(person, CRM.E21_Person);
            if (!g.hasOther(person, RDFS.label, NodeFactory.createLiteralLang(c.label(), "en"))) g.english(person, RDFS.label, c.label());
            g.english(person, SKOS.scopeNote, "Named in this document only; not (yet) in the authority file. Found by the convention '" + c.cue() + "'.");
            authority.appellation(g, person, c.asPrinted(), "as-printed", null);
            g.add(d.document(), CRM.P67_refers_to, person);
            d.evidence().annotate(d.body(), c.start(), c.end(), person);
            report.accept(c.label() + "\t" + c.asPrinted() + "\t" + c.cue() + "\t" + d.record().source());
        }
    }
}
