package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.archivelod.record.ArchiveRecord;

/**
 * Which people a text names by the archive's conventions (titles, initials, signatures, lists): the candidates of
 * {@link PersonCandidates}, without what the gazetteer or the authority file knows as a place or a body, with the
 * names listed beside a known person and the people of FYI and distribution lines.
 */
final class TextPeople {
    private final Gazetteer gazetteer;
    private final NameMatcher names;

    TextPeople(Gazetteer gazetteer, NameMatcher names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    /**
     * The people the archive's conventions mark in a text, without the words the gazetteer or the authority file
     * knows as a place or a body ("D. R. Vietnam" after initials is the state, not a person).
     */
    List<PersonCandidates.Candidate> in(String text, List<Match> known) {
        return PersonCandidates.find(text, known).stream()
                .filter(c -> gazetteer.lookup(c.label()).isEmpty() && names.whole(c.label()).isEmpty()).toList();
    }

    /**
     * The names listed with a person the document names elsewhere ("Bagirov and Yakubov" where the title names Mir
     * Bagirov; "Ho Chi Minh, Pham Van Dong, and Le Duan" where Comrade Le Duan is named), beside those already found.
     */
    static List<PersonCandidates.Candidate> withListMates(String text, List<PersonCandidates.Candidate> found,
                                                                  List<Match> known, RecordPeople people) {
        if (found.isEmpty() && !people.anyNames() && known.stream().noneMatch(k -> k.entity().kind().equals("person"))) return found;
        List<PersonCandidates.Candidate> mates = PersonCandidates.listMates(text, known, people::names);
        return beside(found, mates, c -> people.know(c.label()));
    }

    /** The people of the text's FYI and distribution lines, beside those the conventions found. */
    static List<PersonCandidates.Candidate> withListed(ArchiveRecord r, List<PersonCandidates.Candidate> found,
                                                                     List<Match> known) {
        List<PersonCandidates.Candidate> listed = new ArrayList<>();
        for (var line : java.util.stream.Stream.concat(r.body().headerLines().fyi().stream(), r.body().headerLines().distribution().stream()).toList()) {
            int at = r.body().text().indexOf(line.value(), line.start());
            if (at >= 0) listed.addAll(PersonCandidates.inList(r.body().text(), at, line.value(), known));
        }
        return beside(found, listed, c -> {});
    }

    /** {@code found} and, in text order, each of {@code more} that overlaps none already kept ({@code kept} is told of it). */
    private static List<PersonCandidates.Candidate> beside(List<PersonCandidates.Candidate> found, List<PersonCandidates.Candidate> more,
                                                           Consumer<PersonCandidates.Candidate> kept) {
        List<PersonCandidates.Candidate> out = new ArrayList<>(found);
        for (PersonCandidates.Candidate c : more) {
            if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
                out.add(c);
                kept.accept(c);
            }
        }
        out.sort(java.util.Comparator.comparingInt(PersonCandidates.Candidate::start));
        return List.copyOf(out);
    }
}
