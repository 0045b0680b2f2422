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
import org.archivelod.reconcile.Match;
import org.archivelod.reconcile.NameMatcher;
import org.archivelod.reconcile.Gazetteer;
import org.archivelod.reconcile.PlaceMatch;
import org.archivelod.reconcile.LongerNames;
import org.archivelod.reconcile.GroupNames;
import org.archivelod.reconcile.PlaceNames;
import org.archivelod.reconcile.PersonCandidates;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.PrintedDate;
import org.archivelod.record.PrintedName;
import org.archivelod.vocab.CRM;
import org.archivelod.uri.Slugs;

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
    private final Gazetteer gazetteer;
    private final PlaceEntities places;
    private final TextPeople textPeople;

    public DocumentMapper(IriMinter iris, Concepts concepts, NameMatcher names, Gazetteer gazetteer, AuthorityMapper authority,
                          ProvenanceMapper provenance) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.places = new PlaceEntities(iris, names, authority, concepts);
        this.textPeople = new TextPeople(gazetteer, names);
        this.concepts = concepts;
        this.names = names;
        this.parties = new PartyResolver(iris, names, authority, concepts, gazetteer, places);
        this.events = new EventMapper(iris, concepts, names, authority);
        this.custody = new CustodyMapper(iris, concepts, names, authority);
        this.publication = new PublicationMapper(iris, concepts, names, parties, authority);
        this.curated = new CuratedEventMapper(iris, concepts);
        this.provenance = provenance;
        this.authority = authority;
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
        // the names of each text are found once: the authority's (short forms kept only where the record allows), then
        // the people the archive's conventions mark
        List<Match> titleFound = names.find(r.heading().title());
        List<Match> bodyFound = names.find(r.body().text());
        Optional<List<Match>> summaryFound = r.heading().summary().map(names::find);
        Optional<List<Match>> citationFound = r.information().citation().map(c -> names.find(c.asPrinted()));
        ShortForms shortForms = new ShortForms(r, java.util.stream.Stream.of(Optional.of(titleFound), Optional.of(bodyFound),
                summaryFound, citationFound).flatMap(Optional::stream).toList());
        List<Match> bodyNames = shortForms.keep(bodyFound);
        Optional<List<Match>> summaryNames = summaryFound.map(shortForms::keep);
        Optional<List<Match>> citationNames = citationFound.map(shortForms::keep);
        List<PersonCandidates.Candidate> bodyPeople = TextPeople.withListed(r, textPeople.in(r.body().text(), bodyNames), bodyNames);
        Optional<List<PersonCandidates.Candidate>> summaryPeople = r.heading().summary().map(t -> textPeople.in(t, summaryNames.orElseThrow()));
        Optional<List<PersonCandidates.Candidate>> citationPeople = r.information().citation()
                .map(c -> textPeople.in(c.asPrinted(), citationNames.orElseThrow()));
        LocalPeople people = new LocalPeople(iris, slug);
        for (PrintedName p : r.heading().parties()) {
            if (p.kind() == PrintedName.Kind.NAME) people.know(p.normalisedName());
            if (p.kind() == PrintedName.Kind.OFFICE) people.know(parties.officeHolder(p.normalisedName()));
        }
        bodyPeople.forEach(c -> people.know(c.label()));
        bodyPeople = TextPeople.withListMates(r.body().text(), bodyPeople, bodyNames, people);
        List<PersonCandidates.Candidate> signatures = PersonCandidates.signatures(r.body().text(), bodyNames).stream()
                .filter(c -> gazetteer.lookup(c.label()).isEmpty()).toList();
        signatures.forEach(c -> people.know(c.label()));
        textPeople.in(r.heading().title(), shortForms.keep(titleFound)).forEach(c -> people.know(c.label()));
        summaryPeople.ifPresent(l -> l.forEach(c -> people.know(c.label())));
        citationPeople.ifPresent(l -> l.forEach(c -> people.know(c.label())));
        DocumentContext d = new DocumentContext(r, slug, doc, iris.documentPart(slug, "original"),
                new TextPart("text", doc, r.body().text()),
                r.heading().summary().map(s -> part(g, slug, doc, "summary", s, r)),
                r.information().citation().map(c -> part(g, slug, doc, "source-citation", c.asPrinted(), r)),
                r.information().rights().map(s -> part(g, slug, doc, "rights-statement", s, r)),
                r.heading().funders().isEmpty() ? Optional.empty()
                        : Optional.of(part(g, slug, doc, "funding-line", "This document was made possible with support from " + r.heading().funders().get(0), r)),
                authors(r, g, people, candidateReport, signatures),
                addressees(r, g, people, candidateReport),
                parties(r, PrintedName.Role.INTERMEDIARY, g, people, candidateReport),
                parties(r, PrintedName.Role.PARTICIPANT, g, people, candidateReport), g, evidence);
        document(d);
        mentions(d, d.body(), bodyNames, bodyPeople);
        candidates(d, d.body(), bodyPeople, people, candidateReport);
        d.summary().ifPresent(p -> {
            mentions(d, p, summaryNames.orElseThrow(), summaryPeople.orElseThrow());
            candidates(d, p, summaryPeople.orElseThrow(), people, candidateReport);
        });
        d.citation().ifPresent(p -> {
            mentions(d, p, citationNames.orElseThrow(), citationPeople.orElseThrow());
            candidates(d, p, citationPeople.orElseThrow(), people, candidateReport);
        });
        TextPart title = part(g, slug, doc, "title", r.heading().title(), r);
        List<Match> titleNames = shortForms.keep(titleFound);
        List<PersonCandidates.Candidate> titlePeople = textPeople.in(r.heading().title(), titleNames);
        mentions(d, title, titleNames, titlePeople);
        candidates(d, title, titlePeople, people, candidateReport);
        events.map(d);
        publication.map(d);
        custody.map(d);
        curated.map(d, curatedEvents);
        provenance.map(d, source);
        return g.flush(out);
    }

    /**
     * The title's addressees, or, when the title names none, the document's own address lines ("To Cde. Bagirov",
     * "[To] The Ministry of Foreign Affairs:"), by the same checks.
     */
    private List<PartyResolver.Party> addressees(ArchiveRecord r, GraphEmitter g, LocalPeople people, Consumer<String> report) {
        List<PartyResolver.Party> fromTitle = parties(r, PrintedName.Role.ADDRESSEE, g, people, report);
        if (!fromTitle.isEmpty() || r.heading().parties().stream().anyMatch(p -> p.role() == PrintedName.Role.ADDRESSEE)) return fromTitle;
        List<PartyResolver.Party> out = new ArrayList<>();
        for (var line : r.body().headerLines().to()) {
            PrintedName p = org.archivelod.parse.PrintedNames.of(PrintedName.Role.ADDRESSEE, line.value());
            if (p.kind() == PrintedName.Kind.NAME) people.know(p.normalisedName());
            parties.resolve(p, g, people, why -> report.accept("\t" + p.asPrinted() + "\tnot asserted as addressee: " + why
                    + "\t" + r.source())).filter(party -> out.stream().noneMatch(o -> o.node().equals(party.node()))).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * The title's authors; a person named beside a body as its signer ("Polish Embassy in Havana (Jeleń)"); and the
     * signer of a signature block in the text ("By order of the Minister / Irén Rózsa").
     */
    private List<PartyResolver.Party> authors(ArchiveRecord r, GraphEmitter g, LocalPeople people, Consumer<String> report,
                                              List<PersonCandidates.Candidate> signatures) {
        List<PartyResolver.Party> out = new ArrayList<>(parties(r, PrintedName.Role.AUTHOR, g, people, report));
        for (PrintedName p : r.heading().parties()) {
            if (p.role() != PrintedName.Role.AUTHOR || p.kind() != PrintedName.Kind.BODY) continue;
            for (String gloss : p.glosses()) {
                if (gazetteer.lookup(gloss).isPresent() || org.archivelod.parse.NameShape.whyNotPerson(gloss).isPresent()) continue;
                Optional<Match> known = names.whole(gloss).filter(m -> m.entity().kind().equals("person"));
                PartyResolver.Party signer = known.map(m -> new PartyResolver.Party(iris.entity("person", m.entity().id()), gloss, false))
                        .orElseGet(() -> parties.person(people, gloss, gloss, g));
                if (out.stream().noneMatch(o -> o.node().equals(signer.node()))) out.add(signer);
            }
        }
        for (PersonCandidates.Candidate c : signatures) {
            PartyResolver.Party signer = parties.person(people, c.label(), c.asPrinted(), g);
            if (out.stream().noneMatch(o -> o.node().equals(signer.node()))) out.add(signer);
        }
        // no author named anywhere else: the drafting office on its own line in the head ("China Division", "AL 2")
        if (out.isEmpty()) for (var line : r.body().headerLines().office()) out.add(parties.office(line.value(), g, people.documentSlug()));
        return List.copyOf(out);
    }

    /** The title's parties in one role; words that are not recognised as a name of a kind go to the curators' report. */
    private List<PartyResolver.Party> parties(ArchiveRecord r, PrintedName.Role role, GraphEmitter g, LocalPeople people,
                                              Consumer<String> report) {
        List<PartyResolver.Party> out = new ArrayList<>();
        for (PrintedName p : r.heading().parties()) {
            if (p.role() != role) continue;
            parties.resolve(p, g, people, why -> report.accept("\t" + p.asPrinted() + "\tnot asserted as "
                    + role.name().toLowerCase(java.util.Locale.ROOT) + ": " + why + "\t" + r.source()))
                    .filter(party -> out.stream().noneMatch(o -> o.node().equals(party.node())))
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
        for (PartyResolver.Party a : d.authors()) g.add(doc, DCTerms.creator, a.node());
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
     * The authority's names in the text, then the gazetteer's places and states where no authority name or person
     * already stands ("New Delhi", "Tabriz", "Port Arthur"), each with {@code P67_refers_to} and an annotation.
     */
    private void mentions(DocumentContext d, TextPart part, List<Match> found, List<PersonCandidates.Candidate> people) {
        for (Match m : found) {
            Node entity = iris.entity(m.entity().kind(), m.entity().id());
            d.graph().add(part.node(), CRM.P67_refers_to, entity);
            d.evidence().annotate(part, m.start(), m.end(), entity);
        }
        for (PlaceMatch p : gazetteer.find(part.text())) {
            boolean taken = found.stream().anyMatch(m -> m.start() < p.end() && p.start() < m.end() && !ownedBody(m, p))
                    || people.stream().anyMatch(c -> c.start() < p.end() && p.start() < c.end());
            if (taken || LongerNames.insideLongerName(part.text(), p.start(), p.end())) continue;
            Node entity = places.node(p.entry(), p.exact(), d.graph());
            d.graph().add(part.node(), CRM.P67_refers_to, entity);
            d.evidence().annotate(part, p.start(), p.end(), entity);
        }
        if (!part.name().equals("title")) {
            groups(d, part, found, people);
            features(d, part, found, people);
        }
    }

    /**
     * True when the authority name is a body's that holds the place or state strictly inside it, as its owner or seat
     * ("USSR Foreign Ministry", "Soviet Embassy in Beijing"): the text names that place too. A state's own longer
     * name ("People's Republic of China") is not a body's.
     */
    private boolean ownedBody(Match body, PlaceMatch p) {
        return body.entity().kind().equals("group") && body.start() <= p.start() && p.end() <= body.end()
                && body.end() - body.start() > p.end() - p.start() && gazetteer.lookup(body.exact()).isEmpty();
    }

    /**
     * Places the gazetteer does not list, named as features ("Korean Peninsula", "Brioni Islands") or as a part of a
     * known place ("Northern Iran"): one place across the collection each, not yet reconciled.
     */
    private void features(DocumentContext d, TextPart part, List<Match> found, List<PersonCandidates.Candidate> people) {
        java.util.function.Predicate<String> known = w -> gazetteer.lookup(w).isPresent()
                || names.whole(w).filter(m -> !m.entity().kind().equals("person")).isPresent();
        for (PlaceNames.Found f : PlaceNames.find(part.text(), known)) {
            boolean taken = found.stream().anyMatch(m -> m.start() <= f.start() && f.end() <= m.end())
                    || people.stream().anyMatch(c -> c.start() < f.end() && f.start() < c.end())
                    || gazetteer.lookup(f.name()).isPresent();
            if (taken) continue;
            Node entity = parties.place(f.name(), d.graph());
            d.graph().add(part.node(), CRM.P67_refers_to, entity);
            d.evidence().annotate(part, f.start(), f.end(), entity);
        }
    }

    /**
     * Within a document, a body's shorter name is the one longer name of that document it begins or ends
     * ("Democratic Party" → "Azerbaijan Democratic Party", "Chinese Embassy" → "Chinese Embassy in Indonesia"); never
     * across "of": "Ministry of Foreign Affairs" may not be the one "of Indonesia".
     */
    static String fullerName(String name, List<String> names) {
        String n = " " + CanonicalNames.group(name) + " ";
        java.util.Set<String> fits = new java.util.TreeSet<>();
        for (String other : names) {
            String o = " " + CanonicalNames.group(other) + " ";
            // the head comes last in "Azerbaijan Democratic Party"; "… Embassy in Indonesia" adds only the seat
            if (o.length() > n.length() && (o.endsWith(n) || o.startsWith(n + "in "))) fits.add(CanonicalNames.group(other));
        }
        return fits.size() == 1 ? fits.iterator().next() : name;
    }

    /** Bodies the authority file does not know, named in running text ("Korean Workers’ Party"); not where an authority group or a person stands. */
    private void groups(DocumentContext d, TextPart part, List<Match> found, List<PersonCandidates.Candidate> people) {
        List<GroupNames.Found> all = GroupNames.find(part.text());
        List<String> longer = new ArrayList<>();
        all.forEach(f -> longer.add(f.name()));
        java.util.stream.Stream.of(d.authors(), d.addressees()).flatMap(List::stream).filter(PartyResolver.Party::local)
                .forEach(p -> longer.add(p.nameAsPrinted()));
        for (GroupNames.Found f : all) {
            // a state or place strictly inside the body's name is its owner ("Ministry of Foreign Affairs of the DPRK");
            // any other authority name there ("People's Liberation Army" in "… of China") wins
            boolean taken = found.stream().anyMatch(m -> m.start() < f.end() && f.start() < m.end()
                    && !(f.start() <= m.start() && m.end() <= f.end() && (m.end() - m.start()) < (f.end() - f.start())
                         && (m.entity().kind().equals("place") || gazetteer.lookup(m.exact()).isPresent())))
                    || people.stream().anyMatch(c -> c.start() < f.end() && f.start() < c.end())
                    || gazetteer.lookup(f.name()).isPresent();
            if (taken) continue;
            Node entity = parties.group(fullerName(f.name(), longer), f.name(), d.graph(), d.slug()).node();
            d.graph().add(part.node(), CRM.P67_refers_to, entity);
            d.evidence().annotate(part, f.start(), f.end(), entity);
        }
    }

    /**
     * People the authority file does not know, found by the archive's conventions: local to this document (nothing is
     * merged on a guess), named as printed, and reported as candidates for the authority file.
     */
    private void candidates(DocumentContext d, TextPart part, List<PersonCandidates.Candidate> found, LocalPeople people,
                            Consumer<String> report) {
        GraphEmitter g = d.graph();
        for (PersonCandidates.Candidate c : found) {
            // a place, a state or a body the data knows is not a person, whatever convention put it after a title
            if (gazetteer.lookup(c.label()).isPresent() || names.whole(c.label()).isPresent()) continue;
            // a page captured only in part can end in the middle of a name ("Foreign Minister Son…")
            if (c.end() == part.text().stripTrailing().length() && Character.isLetter(part.text().charAt(c.end() - 1))
                    && !c.cue().contains("signature")) {
                continue;
            }
            PartyResolver.Party person = parties.person(people, c.label(), c.asPrinted(), g);
            g.add(part.node(), CRM.P67_refers_to, person.node());
            d.evidence().annotate(part, c.start(), c.end(), person.node());
            report.accept(person.nameAsPrinted() + "\t" + c.asPrinted() + "\t" + c.cue() + "\t" + d.record().source()
                    + "\t" + passage(part.text(), c.start(), c.end()));
        }
    }

    /** The words around {@code [start, end)} on one line, for a curator to judge a candidate by. */
    private static String passage(String text, int start, int end) {
        int from = Math.max(0, start - 60);
        int to = Math.min(text.length(), end + 60);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip() + (to < text.length() ? "…" : "");
    }
}
