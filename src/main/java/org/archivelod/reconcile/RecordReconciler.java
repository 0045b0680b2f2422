package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.archivelod.parse.NameShape;
import org.archivelod.parse.PrintedNames;
import org.archivelod.reconcile.Reconciliation.Mentions;
import org.archivelod.reconcile.Reconciliation.Party;
import org.archivelod.reconcile.Reconciliation.Resolved;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.PrintedName;

/**
 * The reconciliation stage: decides who is who in one record, once ({@link Reconciliation}). The names of each text
 * are found once (the authority's, short forms kept only where the record allows, then the people the archive's
 * conventions mark, the gazetteer's places, bodies and features); the people the record names by a full name are
 * known before any is resolved (the head's address lines too), so that a bare name finds its full name wherever it
 * is printed; then the parties, the texts' mentions, the citation's archives, editors and credits, the
 * handwritten notes and the curated events.
 * Pure: the same record gives the same reconciliation.
 */
public final class RecordReconciler {
    private final NameMatcher names;
    private final Gazetteer gazetteer;
    private final AuthorityFile authority;
    private final PartyReconciler parties;
    private final TextPeople textPeople;
    private final CitationNames citation;

    public RecordReconciler(AuthorityFile authority, Gazetteer gazetteer) {
        this.names = new NameMatcher(authority);
        this.gazetteer = gazetteer;
        this.authority = authority;
        this.parties = new PartyReconciler(names, gazetteer);
        this.textPeople = new TextPeople(gazetteer, names);
        this.citation = new CitationNames(names, parties);
    }

    /** Reconciles a record without curated events. */
    public Reconciliation reconcile(ArchiveRecord r) {
        return reconcile(r, List.of());
    }

    /** Reconciles a record and the events a curator read in it (their references checked by {@link CurationFiles}). */
    public Reconciliation reconcile(ArchiveRecord r, List<CuratedEvent> curated) {
        List<Match> titleFound = names.find(r.heading().title());
        List<Match> bodyFound = names.find(r.body().text());
        Optional<List<Match>> summaryFound = r.heading().summary().map(names::find);
        Optional<List<Match>> citationFound = r.information().citation().map(c -> names.find(c.asPrinted()));
        ShortForms shortForms = new ShortForms(r, java.util.stream.Stream.of(Optional.of(titleFound), Optional.of(bodyFound),
                summaryFound, citationFound).flatMap(Optional::stream).toList());
        List<Match> titleNames = shortForms.keep(titleFound);
        List<Match> bodyNames = shortForms.keep(bodyFound);
        Optional<List<Match>> summaryNames = summaryFound.map(shortForms::keep);
        Optional<List<Match>> citationNames = citationFound.map(shortForms::keep);
        List<PersonCandidates.Candidate> bodyPeople = TextPeople.withListed(r, textPeople.in(r.body().text(), bodyNames), bodyNames);
        Optional<List<PersonCandidates.Candidate>> summaryPeople = r.heading().summary().map(t -> textPeople.in(t, summaryNames.orElseThrow()));
        Optional<List<PersonCandidates.Candidate>> citationPeople = r.information().citation()
                .map(c -> textPeople.in(c.asPrinted(), citationNames.orElseThrow()));
        RecordPeople people = new RecordPeople();
        for (PrintedName p : r.heading().parties()) {
            if (p.kind() == PrintedName.Kind.NAME) people.know(p.normalisedName());
            if (p.kind() == PrintedName.Kind.OFFICE) people.know(parties.officeHolder(p.normalisedName()));
        }
        bodyPeople.forEach(c -> people.know(c.label()));
        bodyPeople = TextPeople.withListMates(r.body().text(), bodyPeople, bodyNames, people);
        List<PersonCandidates.Candidate> signatures = PersonCandidates.signatures(r.body().text(), bodyNames).stream()
                .filter(c -> gazetteer.lookup(c.label()).isEmpty()).toList();
        signatures.forEach(c -> people.know(c.label()));
        List<PersonCandidates.Candidate> titlePeople = textPeople.in(r.heading().title(), titleNames);
        titlePeople.forEach(c -> people.know(c.label()));
        summaryPeople.ifPresent(l -> l.forEach(c -> people.know(c.label())));
        citationPeople.ifPresent(l -> l.forEach(c -> people.know(c.label())));
        List<PrintedName> addressLines = addressLines(r);
        for (PrintedName p : addressLines) if (p.kind() == PrintedName.Kind.NAME) people.know(p.normalisedName());

        List<Party> authors = authors(r, people, signatures);
        List<Party> addressees = addressLines.isEmpty() ? parties(r, PrintedName.Role.ADDRESSEE, people)
                : addressLines.stream().map(p -> party(p, people)).toList();
        Reconciliation.Parties all = new Reconciliation.Parties(authors, addressees,
                parties(r, PrintedName.Role.INTERMEDIARY, people), parties(r, PrintedName.Role.PARTICIPANT, people));
        List<String> localNames = new ArrayList<>();
        java.util.stream.Stream.of(authors, addressees).flatMap(List::stream).flatMap(p -> p.resolved().stream())
                .filter(Resolved::local).forEach(p -> localNames.add(p.name()));
        TextMentions mentions = new TextMentions(names, gazetteer, parties, people, localNames);
        Mentions body = mentions.of(r.body().text(), bodyNames, bodyPeople, true);
        Optional<Mentions> summary = r.heading().summary().map(t -> mentions.of(t, summaryNames.orElseThrow(), summaryPeople.orElseThrow(), true));
        Optional<Mentions> citation = r.information().citation()
                .map(c -> mentions.of(c.asPrinted(), citationNames.orElseThrow(), citationPeople.orElseThrow(), true));
        Mentions title = mentions.of(r.heading().title(), titleNames, titlePeople, false);
        return new Reconciliation(all, new Reconciliation.Texts(title, body, summary, citation), this.citation.of(r), events(curated));
    }

    /**
     * The title's authors; a person named beside a body as its signer ("Polish Embassy in Havana (Jeleń)"); the
     * signer of a signature block in the text ("By order of the Minister / Irén Rózsa"); and, when none of these is
     * a party, the drafting office on its own line in the head ("China Division", "AL 2").
     */
    private List<Party> authors(ArchiveRecord r, RecordPeople people, List<PersonCandidates.Candidate> signatures) {
        List<Party> out = new ArrayList<>(parties(r, PrintedName.Role.AUTHOR, people));
        for (PrintedName p : r.heading().parties()) {
            if (p.role() != PrintedName.Role.AUTHOR || p.kind() != PrintedName.Kind.BODY) continue;
            for (String gloss : p.glosses()) {
                if (gazetteer.lookup(gloss).isPresent() || NameShape.whyNotPerson(gloss).isPresent()) continue;
                out.add(Party.of(gloss, parties.knownPerson(gloss).orElseGet(() -> parties.person(people, gloss, gloss, true))));
            }
        }
        for (PersonCandidates.Candidate c : signatures) out.add(Party.of(c.asPrinted(), parties.person(people, c.label(), c.asPrinted(), true)));
        if (out.stream().allMatch(p -> p.resolved().isEmpty())) {
            for (var line : r.body().headerLines().office()) out.add(Party.of(line.value(), parties.office(line.value())));
        }
        return out;
    }

    /**
     * When the title names no addressee, the document's own address lines ("To Cde. Bagirov", "[To] The Ministry of
     * Foreign Affairs:"), read as the title's parties are; else none.
     */
    private static List<PrintedName> addressLines(ArchiveRecord r) {
        if (r.heading().parties().stream().anyMatch(p -> p.role() == PrintedName.Role.ADDRESSEE)) return List.of();
        return r.body().headerLines().to().stream().map(line -> PrintedNames.of(PrintedName.Role.ADDRESSEE, line.value())).toList();
    }

    /** The title's parties in one role, each resolved or refused. */
    private List<Party> parties(ArchiveRecord r, PrintedName.Role role, RecordPeople people) {
        List<Party> out = new ArrayList<>();
        for (PrintedName p : r.heading().parties()) if (p.role() == role) out.add(party(p, people));
        return out;
    }

    private Party party(PrintedName p, RecordPeople people) {
        String[] why = new String[1];
        Consumer<String> refused = w -> why[0] = w;
        Optional<Resolved> resolved = parties.resolve(p, people, refused);
        return new Party(p.asPrinted(), resolved, Optional.ofNullable(why[0]));
    }

    /** Each curated event with the authority entities its {@code kind/id} references name. */
    private List<Reconciliation.Event> events(List<CuratedEvent> curated) {
        List<Reconciliation.Event> out = new ArrayList<>();
        for (CuratedEvent e : curated) out.add(new Reconciliation.Event(e, entities(e.participants()), entities(e.refersTo())));
        return out;
    }

    private List<AuthorityEntity> entities(List<String> refs) {
        List<AuthorityEntity> out = new ArrayList<>();
        for (String ref : refs) {
            String[] kindId = ref.split("/", 2);
            out.add(authority.get(kindId[0], kindId[1])
                    .orElseThrow(() -> new IllegalStateException("'" + ref + "' is not an entity of the authority file")));
        }
        return out;
    }
}
