package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.archivelod.parse.NameShape;
import org.archivelod.parse.PrintedNames;
import org.archivelod.reconcile.Reconciliation.Known;
import org.archivelod.reconcile.Reconciliation.Mention;
import org.archivelod.reconcile.Reconciliation.Mentions;
import org.archivelod.reconcile.Reconciliation.Party;
import org.archivelod.reconcile.Reconciliation.Resolved;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.Credit;
import org.archivelod.record.HandwrittenNote;
import org.archivelod.record.PrintedName;
import org.archivelod.record.PublishedSource;
import org.archivelod.record.SourceCitation;

/**
 * The reconciliation stage: decides who is who in one record, once ({@link Reconciliation}). The names of each text
 * are found once (the authority's, short forms kept only where the record allows, then the people the archive's
 * conventions mark, the gazetteer's places, bodies and features); the people the record names by a full name are
 * known before any is resolved, so that a bare name finds its full name wherever it is printed; then the parties,
 * the texts' mentions, the citation's archives, editors and credits, the handwritten notes and the curated events.
 * Pure: the same record gives the same reconciliation.
 */
public final class RecordReconciler {
    private final NameMatcher names;
    private final Gazetteer gazetteer;
    private final AuthorityFile authority;
    private final PartyReconciler parties;
    private final TextPeople textPeople;

    public RecordReconciler(AuthorityFile authority, Gazetteer gazetteer) {
        this.names = new NameMatcher(authority);
        this.gazetteer = gazetteer;
        this.authority = authority;
        this.parties = new PartyReconciler(names, gazetteer);
        this.textPeople = new TextPeople(gazetteer, names);
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

        List<Party> authors = authors(r, people, signatures);
        List<Party> addressees = addressees(r, people);
        Reconciliation.Parties all = new Reconciliation.Parties(authors, addressees,
                parties(r, PrintedName.Role.INTERMEDIARY, people), parties(r, PrintedName.Role.PARTICIPANT, people));
        List<String> localNames = new ArrayList<>();
        java.util.stream.Stream.of(authors, addressees).flatMap(List::stream).flatMap(p -> p.resolved().stream())
                .filter(Resolved::local).forEach(p -> localNames.add(p.name()));
        TextMentions mentions = new TextMentions(people, localNames);
        Mentions body = mentions.of(r.body().text(), bodyNames, bodyPeople, true);
        Optional<Mentions> summary = r.heading().summary().map(t -> mentions.of(t, summaryNames.orElseThrow(), summaryPeople.orElseThrow(), true));
        Optional<Mentions> citation = r.information().citation()
                .map(c -> mentions.of(c.asPrinted(), citationNames.orElseThrow(), citationPeople.orElseThrow(), true));
        Mentions title = mentions.of(r.heading().title(), titleNames, titlePeople, false);
        return new Reconciliation(all, new Reconciliation.Texts(title, body, summary, citation), answers(r), events(curated));
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
     * The title's addressees, or, when the title names none, the document's own address lines ("To Cde. Bagirov",
     * "[To] The Ministry of Foreign Affairs:"), by the same checks.
     */
    private List<Party> addressees(ArchiveRecord r, RecordPeople people) {
        List<Party> fromTitle = parties(r, PrintedName.Role.ADDRESSEE, people);
        if (fromTitle.stream().anyMatch(p -> p.resolved().isPresent())
                || r.heading().parties().stream().anyMatch(p -> p.role() == PrintedName.Role.ADDRESSEE)) return fromTitle;
        List<Party> out = new ArrayList<>();
        for (var line : r.body().headerLines().to()) {
            PrintedName p = PrintedNames.of(PrintedName.Role.ADDRESSEE, line.value());
            if (p.kind() == PrintedName.Kind.NAME) people.know(p.normalisedName());
            out.add(party(p, people));
        }
        return out;
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

    /** The mentions of each text, with the people and the local parties the whole record names. */
    private final class TextMentions {
        private final RecordPeople people;
        private final List<String> localNames;

        TextMentions(RecordPeople people, List<String> localNames) {
            this.people = people;
            this.localNames = localNames;
        }

        /**
         * The authority's names in the text, then the gazetteer's places and states where no authority name or person
         * already stands ("New Delhi", "Tabriz", "Port Arthur"); in running text (not a title) the bodies and the
         * features the authority file does not know; then the people the archive's conventions mark.
         */
        Mentions of(String text, List<Match> found, List<PersonCandidates.Candidate> candidates, boolean runningText) {
            List<Mention> out = new ArrayList<>();
            for (Match m : found) out.add(new Mention(m.start(), m.end(), new Resolved(new Known(m.entity()), m.exact(), m.exact()), Optional.empty()));
            for (PlaceMatch p : gazetteer.find(text)) {
                boolean taken = found.stream().anyMatch(m -> m.start() < p.end() && p.start() < m.end() && !ownedBody(m, p))
                        || candidates.stream().anyMatch(c -> c.start() < p.end() && p.start() < c.end());
                if (taken || LongerNames.insideLongerName(text, p.start(), p.end())) continue;
                out.add(new Mention(p.start(), p.end(), new Resolved(parties.listed(p.entry()), p.exact(), p.exact()), Optional.empty()));
            }
            if (runningText) {
                groups(text, found, candidates, out);
                features(text, found, candidates, out);
            }
            people(text, candidates, out);
            return new Mentions(text, out);
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

        /** Bodies the authority file does not know, named in running text ("Korean Workers’ Party"); not where an authority group or a person stands. */
        private void groups(String text, List<Match> found, List<PersonCandidates.Candidate> candidates, List<Mention> out) {
            List<GroupNames.Found> all = GroupNames.find(text);
            List<String> longer = new ArrayList<>();
            all.forEach(f -> longer.add(f.name()));
            longer.addAll(localNames);
            for (GroupNames.Found f : all) {
                // a state or place strictly inside the body's name is its owner ("Ministry of Foreign Affairs of the DPRK");
                // any other authority name there ("People's Liberation Army" in "… of China") wins
                boolean taken = found.stream().anyMatch(m -> m.start() < f.end() && f.start() < m.end()
                        && !(f.start() <= m.start() && m.end() <= f.end() && (m.end() - m.start()) < (f.end() - f.start())
                             && (m.entity().kind().equals("place") || gazetteer.lookup(m.exact()).isPresent())))
                        || candidates.stream().anyMatch(c -> c.start() < f.end() && f.start() < c.end())
                        || gazetteer.lookup(f.name()).isPresent();
                if (taken) continue;
                out.add(new Mention(f.start(), f.end(), parties.group(fullerName(f.name(), longer), f.name(), true), Optional.empty()));
            }
        }

        /**
         * Places the gazetteer does not list, named as features ("Korean Peninsula", "Brioni Islands") or as a part of a
         * known place ("Northern Iran"): one place across the collection each, not yet reconciled.
         */
        private void features(String text, List<Match> found, List<PersonCandidates.Candidate> candidates, List<Mention> out) {
            java.util.function.Predicate<String> known = w -> gazetteer.lookup(w).isPresent()
                    || names.whole(w).filter(m -> !m.entity().kind().equals("person")).isPresent();
            for (PlaceNames.Found f : PlaceNames.find(text, known)) {
                boolean taken = found.stream().anyMatch(m -> m.start() <= f.start() && f.end() <= m.end())
                        || candidates.stream().anyMatch(c -> c.start() < f.end() && f.start() < c.end())
                        || gazetteer.lookup(f.name()).isPresent();
                if (taken) continue;
                out.add(new Mention(f.start(), f.end(), parties.place(f.name()), Optional.empty()));
            }
        }

        /**
         * People the authority file does not know, found by the archive's conventions: local to this document (nothing
         * is merged on a guess), named as printed, each with the convention that marked it.
         */
        private void people(String text, List<PersonCandidates.Candidate> candidates, List<Mention> out) {
            for (PersonCandidates.Candidate c : candidates) {
                // a place, a state or a body the data knows is not a person, whatever convention put it after a title
                if (gazetteer.lookup(c.label()).isPresent() || names.whole(c.label()).isPresent()) continue;
                // a page captured only in part can end in the middle of a name ("Foreign Minister Son…")
                if (c.end() == text.stripTrailing().length() && Character.isLetter(text.charAt(c.end() - 1))
                        && !c.cue().contains("signature")) {
                    continue;
                }
                out.add(new Mention(c.start(), c.end(), parties.person(people, c.label(), c.asPrinted(), true), Optional.of(c.cue())));
            }
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

    /** The citation's archives, editors and credited names, the handwritten notes' people and the rights statement's names. */
    private Reconciliation.Answers answers(ArchiveRecord r) {
        Map<SourceCitation.Repository, Optional<AuthorityEntity>> keepers = new HashMap<>();
        Map<String, Optional<AuthorityEntity>> editors = new HashMap<>();
        Map<String, Resolved> credited = new HashMap<>();
        r.information().citation().ifPresent(c -> {
            for (SourceCitation.Repository repository : c.repositories()) keepers.put(repository, keeper(repository));
            for (PublishedSource source : c.publications()) for (String e : source.editors()) editors.put(e, editor(e));
            for (String t : c.translators()) credited.put(t, parties.resolve(t));
            for (Credit credit : c.credits()) credited.put(credit.name(), parties.resolve(credit.name()));
        });
        for (String funder : r.heading().funders()) credited.put(funder, parties.resolve(funder));
        Map<HandwrittenNote, List<AuthorityEntity>> notePeople = new HashMap<>();
        for (HandwrittenNote note : r.body().notes()) {
            notePeople.put(note, names.find(note.text()).stream().map(Match::entity).filter(e -> e.kind().equals("person")).toList());
        }
        List<Match> rightsNames = r.information().rights().map(names::find).orElse(List.of());
        return new Reconciliation.Answers(keepers, notePeople, editors, credited, rightsNames);
    }

    /**
     * The archive or library a citation part names: a group of the authority file whose name is the whole of the
     * part's name, or of one of its comma-separated pieces ("Library of Congress, Manuscript Division"), or its
     * abbreviation; the longest such. A name inside a longer one ("CWIHP" in "CWIHP Bulletin") is no keeper.
     */
    private Optional<AuthorityEntity> keeper(SourceCitation.Repository r) {
        List<Match> found = new ArrayList<>();
        for (Match m : names.find(r.name())) if (isGroup(m) && coversAPiece(r.name(), m)) found.add(m);
        r.abbreviation().ifPresent(a -> {
            for (Match m : names.find(a)) if (isGroup(m) && m.start() == 0 && m.end() == a.length()) found.add(m);
        });
        return found.stream()
                .max(java.util.Comparator.comparingInt((Match m) -> m.end() - m.start()).thenComparingInt(m -> -m.start()))
                .map(Match::entity);
    }

    private static boolean isGroup(Match m) {
        return m.entity().kind().equals("group");
    }

    /** The match runs from the start of the name or of a piece after ", " to the end of the name or of that piece. */
    private static boolean coversAPiece(String name, Match m) {
        String before = name.substring(0, m.start()).stripTrailing();
        String after = name.substring(m.end()).stripLeading();
        return (before.isEmpty() || before.endsWith(",")) && (after.isEmpty() || after.startsWith(","));
    }

    /**
     * The authority entity an editor's words name as a whole, or in the parenthesis that glosses them
     * ("Zhonggong zhongyang wenxian yanjiushi (CPC Central Historical Documents Research Office)").
     */
    private Optional<AuthorityEntity> editor(String words) {
        String w = words.strip();
        int open = w.endsWith(")") ? w.lastIndexOf('(') : -1;
        String name = open > 0 ? w.substring(0, open).strip() : w;
        String gloss = open > 0 ? w.substring(open + 1, w.length() - 1).strip() : "";
        for (String candidate : new String[] {name, gloss}) {
            if (candidate.isEmpty()) continue;
            for (Match m : names.find(candidate))
                if (m.start() == 0 && m.end() == candidate.length() && !m.entity().kind().equals("place")) return Optional.of(m.entity());
        }
        return Optional.empty();
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
