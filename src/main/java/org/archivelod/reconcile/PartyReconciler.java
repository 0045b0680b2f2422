package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelod.parse.NameShape;
import org.archivelod.reconcile.Reconciliation.Known;
import org.archivelod.reconcile.Reconciliation.Resolved;
import org.archivelod.reconcile.Reconciliation.Unknown;
import org.archivelod.record.PrintedName;

/**
 * Resolves a name as a header prints it ("Cde. Filippov [Stalin]", "USSR Council of Ministers") to an entity:
 * the authority entity the name or its editorial identification denotes, or else an entity the authority file does
 * not know, named as printed. Two names that denote different authority entities are not merged: the bracketed
 * identification wins.
 */
final class PartyReconciler {
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Cde|Comrade|Comrades|Chairman|Premier|Ambassador|General|Marshal|Minister|Soviet Ambassador(?: in \\w+)?)\\.?\\s+)+");
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[\\[(]([^\\])]+)[\\])]$");
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "\\b(?:Council|Ministry|Committee|Embassy|Government|Party|Department|Bureau|Office|Politburo|Presidium|Army|Command|Foundation|Program|Archive|Division|Library)\\b");
    private static final Pattern OFFICE_BODY = Pattern.compile("(?:Division|Department|Section|Bureau|Desk|Directorate)$");

    private final NameMatcher names;
    private final Gazetteer gazetteer;

    PartyReconciler(NameMatcher names, Gazetteer gazetteer) {
        this.names = names;
        this.gazetteer = gazetteer;
    }

    /**
     * Resolves a title's party as the parser took it apart: an editorial identification in the glosses wins
     * ("Filippov [Stalin]"), then the name as printed or normalised ("S H T Y K O V" → "Shtykov"), then an office
     * held by one authority person. Otherwise a local entity, but only when the words pass {@link NameShape}'s checks
     * for its kind: a body's name for a group, a personal name for a person (the name beside an office: "Mir Bagirov
     * CC Secretary …" is Mir Bagirov). Words that pass none ("9:40 p.m.", "the Message from Premier Zhou has been
     * handed", "the Albanian ambassador in Belgrade") are not asserted: {@code refused} is told why.
     */
    Optional<Resolved> resolve(PrintedName printed, RecordPeople people, Consumer<String> refused) {
        if (NameShape.isPossessivePhrase(printed.asPrinted())) {
            refused.accept("a possessive phrase, not a name");
            return Optional.empty();
        }
        List<String> tries = new ArrayList<>();
        if (printed.kind() != PrintedName.Kind.BODY) {
            for (int i = printed.glosses().size() - 1; i >= 0; i--) tries.add(printed.glosses().get(i));
        }
        tries.add(printed.name());
        tries.add(printed.normalisedName());
        tries.add(withoutArticle(printed.normalisedName()));   // "the Soviet Union"
        for (String t : tries) {
            // "Spasowski (Warsaw)": a place beside a name says where the party is, not who
            Optional<Match> m = names.whole(t).filter(x -> fits(printed.kind(), x.entity().kind()));
            if (m.isPresent()) return Optional.of(known(m.get().entity(), printed.name(), printed.asPrinted()));
        }
        // a place is where a party is, not a party ("Telegram from Moscow to Beijing"); a state acts, and is one
        String bare = withoutArticle(printed.normalisedName());
        Optional<Match> place = names.whole(bare).filter(x -> x.entity().kind().equals("place"));
        Optional<GazetteerEntry> gazetteerEntry = gazetteer.lookup(bare);
        if (gazetteerEntry.filter(e -> e.kind().equals(GazetteerEntry.STATE)).isPresent()) {
            return Optional.of(new Resolved(listed(gazetteerEntry.get()), printed.name(), printed.asPrinted()));
        }
        if (place.isPresent() || gazetteerEntry.isPresent()) {
            refused.accept("a place, not a party");
            return Optional.empty();
        }
        Optional<Match> holder = holderOfOffice(printed);
        if (holder.isPresent()) return Optional.of(known(holder.get().entity(), printed.name(), printed.asPrinted()));
        if (printed.kind() == PrintedName.Kind.BODY) {
            String label = withoutArticle(printed.normalisedName());
            Optional<String> why = NameShape.whyNotGroup(label).or(() -> NameShape.whyNotBody(label));
            if (why.isPresent()) {
                refused.accept(why.get());
                return Optional.empty();
            }
            return Optional.of(group(label, printed.asPrinted(), true));
        }
        String name = printed.kind() == PrintedName.Kind.OFFICE ? officeHolder(printed.normalisedName()) : printed.normalisedName();
        Optional<String> why = name.isEmpty() ? Optional.of("an office without the name of its holder")
                : NameShape.whyNotPerson(name);
        if (why.isPresent()) {
            refused.accept(why.get());
            return Optional.empty();
        }
        return Optional.of(person(people, name, printed.asPrinted(), true));
    }

    /** A person's name denotes a person; a body's name a group; a party is never a place. */
    private static boolean fits(PrintedName.Kind printed, String entityKind) {
        if (entityKind.equals("place")) return false;
        return printed == PrintedName.Kind.BODY ? entityKind.equals("group") : true;
    }

    /**
     * The name printed with an office: before it ("Mir Bagirov CC Secretary of …") or after it ("Soviet Ambassador to the
     * DPRK A.M. Puzanov", "Soviet Ambassador in Pyongyang Shtykov": the name words after the last place or acronym).
     */
    String officeHolder(String words) {
        String before = leadingName(words);
        if (!before.isEmpty()) return before;
        String[] tokens = words.split("\\s+");
        int first = tokens.length;
        while (first > 0 && tokens.length - first < 4 && NameShape.isNameWord(tokens[first - 1]) && !isAbbreviation(tokens[first - 1])
                && gazetteer.lookup(tokens[first - 1]).isEmpty() && names.whole(tokens[first - 1]).filter(m -> !m.entity().kind().equals("person")).isEmpty()) {
            first--;
        }
        if (first == tokens.length || first == 0) return "";
        String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, first, tokens.length));
        // the words before the name must hold the office itself ("Ambassador"), not only a place
        String office = String.join(" ", java.util.Arrays.copyOf(tokens, first));
        return office.matches("(?i).*\\b(?:ambassador|minister|premier|chairman|secretary|consul|counsellor|envoy|president|"
                + "commander|chancellor|attaché|chargé|representative|director)\\b.*") ? name : "";
    }

    /** "Mir Bagirov CC Secretary of the Communist Party of Azerbaijan" → "Mir Bagirov": the name words before the office. */
    static String leadingName(String words) {
        String[] tokens = words.split("\\s+");
        int n = 0;
        while (n < tokens.length && NameShape.whyNotPerson(tokens[n]).isEmpty() && !isAbbreviation(tokens[n])) n++;
        if (n == 0 || n == tokens.length) return "";
        return String.join(" ", java.util.Arrays.copyOf(tokens, n));
    }

    private static boolean isAbbreviation(String token) {
        return token.length() <= 5 && token.length() >= 2 && token.equals(token.toUpperCase(java.util.Locale.ROOT))
                && token.codePoints().allMatch(Character::isLetter);
    }

    private static String withoutArticle(String label) {
        return label.startsWith("the ") || label.startsWith("The ") ? label.substring(4) : label;
    }

    /**
     * A person named outside the title's authority names: the authority person when the whole name is one of its names
     * printed another way ("Boleslaw JELEN" is Boleslaw Jeleń), else one identity by {@link RecordPeople}'s rules,
     * labelled by {@link CanonicalNames} and not yet reconciled; {@code inDocument} when a bare name may be the
     * document's own person.
     */
    Resolved person(RecordPeople people, String name, String asPrinted, boolean inDocument) {
        String best = people.label(name);
        Optional<AuthorityEntity> known = names.wholeFolded(best)
                .filter(e -> e.kind().equals("person")).or(() -> names.personByFirstAndLast(best));
        if (known.isPresent()) return known(known.get(), best, asPrinted);
        String label = CanonicalNames.person(best);
        return new Resolved(people.person(label, inDocument, sharing(best, "person")), label, asPrinted);
    }

    /** A person's whole name the authority file knows as printed ("Stalin" beside a body), if any. */
    Optional<Resolved> knownPerson(String name) {
        return names.whole(name).filter(m -> m.entity().kind().equals("person")).map(m -> known(m.entity(), name, name));
    }

    /**
     * "Soviet Ambassador in Pyongyang Shtykov": an office followed by the name of the person who holds it, when the
     * words end with the one person of the authority file they name. A body ("USSR Council of Ministers") is never
     * taken for a state it mentions.
     */
    private Optional<Match> holderOfOffice(PrintedName printed) {
        if (printed.kind() == PrintedName.Kind.BODY) return Optional.empty();
        String words = printed.name();
        List<Match> people = names.find(words).stream().filter(m -> m.entity().kind().equals("person")).toList();
        if (people.size() != 1 || people.get(0).end() != words.length()) return Optional.empty();
        return Optional.of(people.get(0));
    }

    /** Resolves a name the citation or funding line prints (a translator, an obtainer, a funder). */
    Resolved resolve(String printed) {
        String name = HONORIFIC.matcher(printed.strip()).replaceFirst("");
        Optional<String> identification = Optional.empty();
        Matcher b = BRACKETED.matcher(name);
        if (b.matches()) {
            name = b.group(1).strip();
            identification = Optional.of(b.group(2).strip());
        }
        Optional<Match> byIdentification = identification.flatMap(names::whole);
        Optional<Match> byName = names.whole(name);
        Optional<Match> chosen = byIdentification.isPresent() ? byIdentification : byName;
        if (chosen.isPresent()) return known(chosen.get().entity(), name, name);
        if (GROUP_WORDS.matcher(name).find()) return group(name, name, false);
        return person(new RecordPeople(), name, name, false);
    }

    /**
     * A body the authority file does not know: {@code id/group/{name}} when its name says whose it is ("Romanian
     * Communist Party"), {@code id/group/{document}/{name}} when it could be any state's ("Ministry of Foreign
     * Affairs", "Central Committee") and {@code inDocument} allows, so that two records' ministries are not merged on a
     * generic name.
     */
    Resolved group(String name, String asPrinted, boolean inDocument) {
        Optional<AuthorityEntity> known = names.wholeFolded(name).filter(e -> e.kind().equals("group"));
        if (known.isPresent()) return known(known.get(), name, asPrinted);
        String canonical = CanonicalNames.group(name);
        boolean generic = GroupNames.generic(canonical) && inDocument;
        return new Resolved(new Unknown("group", canonical, CanonicalNames.slug(canonical), generic, sharing(name, "group")),
                canonical, asPrinted);
    }

    /**
     * The office that drafted a record, as its head prints it: a body ("China Division") is a group by {@link #group};
     * an official's office code ("AL 2", "Ref. 212") is the one person who held it when the record was written, named
     * by the code alone and known only within this document.
     */
    Resolved office(String printed) {
        if (OFFICE_BODY.matcher(printed).find()) return group(printed, printed, true);
        return new Resolved(new Unknown("person", printed, CanonicalNames.slug(printed), true, List.of()), printed, printed);
    }

    /** A place the authority file and the gazetteer do not list ("Korean Peninsula"): one across the collection. */
    Resolved place(String name) {
        Optional<AuthorityEntity> known = names.wholeFolded(name).filter(e -> e.kind().equals("place"));
        if (known.isPresent()) return known(known.get(), name, name);
        String label = CanonicalNames.group(name);
        return new Resolved(new Unknown("place", label, CanonicalNames.slug(label), false, sharing(name, "place")), label, name);
    }

    /**
     * The entity of a gazetteer entry: the authority entity when one of the entry's names is an authority name (one
     * identity for the USSR, however it is printed), else the entry itself.
     */
    Reconciliation.Entity listed(GazetteerEntry e) {
        Optional<Match> m = names.whole(e.label());
        if (m.isEmpty()) {
            for (List<String> forms : e.names().values()) {
                for (String f : forms) {
                    m = names.whole(f);
                    if (m.isPresent()) break;
                }
                if (m.isPresent()) break;
            }
        }
        return m.filter(x -> !x.entity().kind().equals("person")).<Reconciliation.Entity>map(x -> new Known(x.entity()))
                .orElseGet(() -> new Reconciliation.Listed(e));
    }

    /** The authority entities of a kind that share the whole name, so that it names none of them. */
    private List<AuthorityEntity> sharing(String name, String kind) {
        return names.sharing(name).stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private static Resolved known(AuthorityEntity e, String name, String asPrinted) {
        return new Resolved(new Known(e), name, asPrinted);
    }
}
