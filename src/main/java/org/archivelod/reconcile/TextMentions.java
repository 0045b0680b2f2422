package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.archivelod.reconcile.Reconciliation.Known;
import org.archivelod.reconcile.Reconciliation.Mention;
import org.archivelod.reconcile.Reconciliation.Mentions;
import org.archivelod.reconcile.Reconciliation.Resolved;

/**
 * The entities each text of a record names, with the people the whole record names and the names of the parties the
 * authority file does not know: authority names, gazetteer places and states, bodies and features, then the people the
 * archive's conventions mark, each resolved once.
 */
final class TextMentions {
    private final NameMatcher names;
    private final Gazetteer gazetteer;
    private final PartyReconciler parties;
    private final RecordPeople people;
    private final List<String> localNames;

    TextMentions(NameMatcher names, Gazetteer gazetteer, PartyReconciler parties, RecordPeople people, List<String> localNames) {
        this.names = names;
        this.gazetteer = gazetteer;
        this.parties = parties;
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

    /**
     * Within a document, a body's shorter name is the one longer name of that document it begins or ends
     * ("Democratic Party" → "Azerbaijan Democratic Party", "Chinese Embassy" → "Chinese Embassy in Indonesia"); never
     * across "of": "Ministry of Foreign Affairs" may not be the one "of Indonesia".
     */
    private static String fullerName(String name, List<String> names) {
        String n = " " + CanonicalNames.group(name) + " ";
        java.util.Set<String> fits = new java.util.TreeSet<>();
        for (String other : names) {
            String o = " " + CanonicalNames.group(other) + " ";
            // the head comes last in "Azerbaijan Democratic Party"; "… Embassy in Indonesia" adds only the seat
            if (o.length() > n.length() && (o.endsWith(n) || o.startsWith(n + "in "))) fits.add(CanonicalNames.group(other));
        }
        return fits.size() == 1 ? fits.iterator().next() : name;
    }
}
