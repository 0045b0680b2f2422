package org.archivelod.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.archivelod.record.HandwrittenNote;
import org.archivelod.record.SourceCitation;

/**
 * Who is who in one record, decided once (issue 16): every party of the title and head, every name the record's texts
 * print (title, text, summary, citation), every archive a citation names, every recipient of a handwritten dispatch,
 * every editor, translator, obtainer and funder, and the entities of every curated event, each resolved to an entity
 * of the authority file, a place or state of the gazetteer, or an entity the authority file does not know. The same
 * name resolves to the same entity everywhere in the record. Made by {@link RecordReconciler}; mapping only reads it.
 *
 * <p>An answer is asked for only about what the reconciler resolved: asking about words it never saw is a programming
 * error ({@link IllegalStateException}), never a silent "unknown".
 */
public final class Reconciliation {
    /** What a name denotes. */
    public sealed interface Entity permits Known, Listed, Unknown {}

    /** An entity of the authority file. */
    public record Known(AuthorityEntity entity) implements Entity {}

    /** A place or state the gazetteer lists and the authority file does not know by any of its names. */
    public record Listed(GazetteerEntry entry) implements Entity {}

    /**
     * An entity the authority file does not know, not yet reconciled: its kind ({@code person}, {@code group},
     * {@code place}), its label, the key of its identity ({@code id/{kind}/{key}}), whether that identity holds only
     * within the document ({@code id/{kind}/{document}/{key}}: a bare surname, a generic body's name, an office code),
     * and its candidates: the authority entities of its kind that share its name, which therefore names none of them.
     */
    public record Unknown(String kind, String label, String key, boolean inDocument, List<AuthorityEntity> candidates)
            implements Entity {
        public Unknown {
            candidates = List.copyOf(candidates);
        }
    }

    /** An entity as words of the record denote it: the entity, the name the record is taken to use for it, the words as printed. */
    public record Resolved(Entity entity, String name, String asPrinted) {
        /** True when the authority file and the gazetteer do not know the entity. */
        public boolean local() {
            return entity instanceof Unknown;
        }
    }

    /**
     * A party as the title or the head prints it: the entity it is, or why the words are not asserted as a party
     * ("a place, not a party", "a time, date or number").
     */
    public record Party(String asPrinted, Optional<Resolved> resolved, Optional<String> refused) {
        static Party of(String asPrinted, Resolved r) {
            return new Party(asPrinted, Optional.of(r), Optional.empty());
        }
    }

    /**
     * Words of a text that name an entity, {@code [start, end)} in Java chars; {@code cue} is the convention that marked
     * a person the authority file does not know by name ("after a title", "signature"), for the curators' report.
     */
    public record Mention(int start, int end, Resolved target, Optional<String> cue) {}

    /** The mentions of one text of the record page, in the order they are stated. */
    public record Mentions(String text, List<Mention> mentions) {
        public Mentions {
            mentions = List.copyOf(mentions);
        }
    }

    /** A curated event with the authority entities its participants and other references name. */
    public record Event(CuratedEvent event, List<AuthorityEntity> participants, List<AuthorityEntity> refersTo) {
        public Event {
            participants = List.copyOf(participants);
            refersTo = List.copyOf(refersTo);
        }
    }

    /** The parties by their role in the record. */
    public record Parties(List<Party> authors, List<Party> addressees, List<Party> intermediaries, List<Party> participants) {
        public Parties {
            authors = List.copyOf(authors);
            addressees = List.copyOf(addressees);
            intermediaries = List.copyOf(intermediaries);
            participants = List.copyOf(participants);
        }
    }

    /** What each text of the record page names: its title, text, summary and citation. */
    public record Texts(Mentions title, Mentions body, Optional<Mentions> summary, Optional<Mentions> citation) {}

    /**
     * The answers about the record's citation and notes: the keeper of each archive named, the authority people each
     * handwritten note names, the entity of each editor's words, of each credited or funding name, and the authority
     * names of the rights statement.
     */
    record Answers(Map<SourceCitation.Repository, Optional<AuthorityEntity>> keepers,
                   Map<HandwrittenNote, List<AuthorityEntity>> notePeople,
                   Map<String, Optional<AuthorityEntity>> editors,
                   Map<String, Resolved> credited,
                   List<Match> rightsNames) {
        Answers {
            keepers = Map.copyOf(keepers);
            notePeople = Map.copyOf(notePeople);
            editors = Map.copyOf(editors);
            credited = Map.copyOf(credited);
            rightsNames = List.copyOf(rightsNames);
        }
    }

    private final Parties parties;
    private final Texts texts;
    private final Answers answers;
    private final List<Event> events;

    Reconciliation(Parties parties, Texts texts, Answers answers, List<Event> events) {
        this.parties = parties;
        this.texts = texts;
        this.answers = answers;
        this.events = List.copyOf(events);
    }

    public Parties parties() {
        return parties;
    }

    public Texts texts() {
        return texts;
    }

    /** The curated events of the record, in the curation file's order. */
    public List<Event> events() {
        return events;
    }

    /** The authority group that keeps what the citation part names: the longest whose name is the part's, one of its pieces, or its abbreviation. */
    public Optional<AuthorityEntity> keeper(SourceCitation.Repository repository) {
        return answer(answers.keepers(), repository, "archive");
    }

    /** The authority people a handwritten note names, in text order. */
    public List<AuthorityEntity> people(HandwrittenNote note) {
        return answer(answers.notePeople(), note, "note");
    }

    /** The authority entity (not a place) an editor's words name as a whole, or in the parenthesis that glosses them. */
    public Optional<AuthorityEntity> editor(String words) {
        return answer(answers.editors(), words, "editor");
    }

    /** The entity a translator's, obtainer's or funder's name as printed denotes ("Cde. Filippov [Stalin]" is Stalin). */
    public Resolved credited(String printed) {
        return answer(answers.credited(), printed, "credited name");
    }

    /** The authority names the rights statement prints, in text order; none without a statement. */
    public List<Match> rightsNames() {
        return answers.rightsNames();
    }

    private static <K, V> V answer(Map<K, V> answers, K key, String what) {
        V v = answers.get(key);
        if (v == null) throw new IllegalStateException("not reconciled: " + what + " '" + key + "'");
        return v;
    }
}
