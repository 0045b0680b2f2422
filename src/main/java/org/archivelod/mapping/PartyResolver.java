package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.archivelod.record.PrintedName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.Match;
import org.archivelod.reconcile.NameMatcher;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.archivelod.parse.NameShape;
import org.archivelod.vocab.CRM;

/**
 * Resolves a name as a header prints it ("Cde. Filippov [Stalin]", "USSR Council of Ministers") to an entity:
 * the authority entity the name or its editorial identification denotes, or else a local entity named as printed.
 * Two names that denote different authority entities are not merged: the bracketed identification wins.
 */
public final class PartyResolver {
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Cde|Comrade|Comrades|Chairman|Premier|Ambassador|General|Marshal|Minister|Soviet Ambassador(?: in \\w+)?)\\.?\\s+)+");
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[\\[(]([^\\])]+)[\\])]$");
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "\\b(?:Council|Ministry|Committee|Embassy|Government|Party|Department|Bureau|Office|Politburo|Presidium|Army|Command|Foundation|Program|Archive|Division|Library)\\b");

    /** An entity a header names, and the name the header uses for it. */
    public record Party(Node node, String nameAsPrinted, boolean local) {}

    private final IriMinter iris;
    private final NameMatcher names;
    private final AuthorityMapper authority;
    private final Concepts concepts;
    private final org.archivelod.reconcile.Gazetteer gazetteer;
    private final PlaceEntities places;

    public PartyResolver(IriMinter iris, NameMatcher names, AuthorityMapper authority, Concepts concepts,
                         org.archivelod.reconcile.Gazetteer gazetteer, PlaceEntities places) {
        this.gazetteer = gazetteer;
        this.places = places;
        this.iris = iris;
        this.names = names;
        this.authority = authority;
        this.concepts = concepts;
    }

    /**
     * Resolves a title's party as the parser took it apart: an editorial identification in the glosses wins
     * ("Filippov [Stalin]"), then the name as printed or normalised ("S H T Y K O V" → "Shtykov"), then an office
     * held by one authority person. Otherwise a local entity, but only when the words pass {@link NameShape}'s checks
     * for its kind: a body's name for a group, a personal name for a person (the name beside an office: "Mir Bagirov
     * CC Secretary …" is Mir Bagirov). Words that pass none ("9:40 p.m.", "the Message from Premier Zhou has been
     * handed", "the Albanian ambassador in Belgrade") are not asserted: {@code refused} is told why.
     */
    public Optional<Party> resolve(PrintedName printed, GraphEmitter g, LocalPeople people, Consumer<String> refused) {
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
            if (m.isPresent()) return Optional.of(new Party(authority.iri(m.get().entity()), printed.name(), false));
        }
        // a place is where a party is, not a party ("Telegram from Moscow to Beijing"); a state acts, and is one
        String bare = withoutArticle(printed.normalisedName());
        Optional<Match> place = names.whole(bare).filter(x -> x.entity().kind().equals("place"));
        Optional<org.archivelod.reconcile.GazetteerEntry> gazetteerEntry = gazetteer.lookup(bare);
        if (gazetteerEntry.filter(e -> e.kind().equals(org.archivelod.reconcile.GazetteerEntry.STATE)).isPresent()) {
            return Optional.of(new Party(places.node(gazetteerEntry.get(), printed.asPrinted(), g), printed.name(), false));
        }
        if (place.isPresent() || gazetteerEntry.isPresent()) {
            refused.accept("a place, not a party");
            return Optional.empty();
        }
        Optional<Match> holder = holderOfOffice(printed);
        if (holder.isPresent()) return Optional.of(new Party(authority.iri(holder.get().entity()), printed.name(), false));
        if (printed.kind() == PrintedName.Kind.BODY) {
            String label = withoutArticle(printed.normalisedName());
            Optional<String> why = NameShape.whyNotGroup(label).or(() -> NameShape.whyNotBody(label));
            if (why.isPresent()) {
                refused.accept(why.get());
                return Optional.empty();
            }
            return Optional.of(group(label, printed.asPrinted(), g, people.documentSlug()));
        }
        String name = printed.kind() == PrintedName.Kind.OFFICE ? officeHolder(printed.normalisedName()) : printed.normalisedName();
        Optional<String> why = name.isEmpty() ? Optional.of("an office without the name of its holder")
                : NameShape.whyNotPerson(name);
        if (why.isPresent()) {
            refused.accept(why.get());
            return Optional.empty();
        }
        return Optional.of(person(people, name, printed.asPrinted(), g));
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
     * printed another way ("Boleslaw JELEN" is Boleslaw Jeleń), else one identity by {@link LocalPeople}'s rules,
     * labelled by {@link CanonicalNames} and typed not yet reconciled.
     */
    public Party person(LocalPeople people, String name, String asPrinted, GraphEmitter g) {
        String best = people.label(name);
        Optional<org.archivelod.reconcile.AuthorityEntity> known = names.wholeFolded(best)
                .filter(e -> e.kind().equals("person")).or(() -> names.personByFirstAndLast(best));
        if (known.isPresent()) return new Party(authority.iri(known.get()), best, false);
        String label = CanonicalNames.person(best);
        return new Party(unreconciled(people.iri(label), CRM.E21_Person, label, asPrinted, g), label, true);
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

    /** Resolves the printed name; a local entity is written into {@code g}. */
    public Party resolve(String printed, GraphEmitter g) {
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
        if (chosen.isPresent()) return new Party(authority.iri(chosen.get().entity()), name, false);
        return local(GROUP_WORDS.matcher(name).find() ? "group" : "person", name, name, g);
    }

    private Party local(String kind, String label, String asPrinted, GraphEmitter g) {
        if (kind.equals("person")) return person(new LocalPeople(iris, ""), label, asPrinted, g);
        return group(label, asPrinted, g, "");
    }

    /**
     * A body the authority file does not know: {@code id/group/{name}} when its name says whose it is ("Romanian
     * Communist Party"), {@code id/group/{document}/{name}} when it could be any state's ("Ministry of Foreign
     * Affairs", "Central Committee"), so that two records' ministries are not merged on a generic name.
     */
    public Party group(String name, String asPrinted, GraphEmitter g, String docSlug) {
        Optional<org.archivelod.reconcile.AuthorityEntity> known = names.wholeFolded(name).filter(e -> e.kind().equals("group"));
        if (known.isPresent()) return new Party(authority.iri(known.get()), name, false);
        String canonical = CanonicalNames.group(name);
        boolean generic = org.archivelod.reconcile.GroupNames.generic(canonical) && !docSlug.isEmpty();
        Node local = iris.entity("group", generic ? docSlug + "/" + CanonicalNames.slug(canonical) : CanonicalNames.slug(canonical));
        return new Party(unreconciled(local, CRM.E74_Group, canonical, asPrinted, g), canonical, true);
    }

    /**
     * The office that drafted a record, as its head prints it: a body ("China Division") is a group by {@link #group};
     * an official's office code ("AL 2", "Ref. 212") is the one person who held it when the record was written, named
     * by the code alone and known only within this document, {@code id/person/{document}/{code}}.
     */
    public Party office(String printed, GraphEmitter g, String docSlug) {
        if (OFFICE_BODY.matcher(printed).find()) return group(printed, printed, g, docSlug);
        Node node = iris.entity("person", docSlug + "/" + CanonicalNames.slug(printed));
        return new Party(unreconciled(node, CRM.E21_Person, printed, printed, g), printed, true);
    }

    private static final Pattern OFFICE_BODY = Pattern.compile("(?:Division|Department|Section|Bureau|Desk|Directorate)$");

    /** A place the authority file and the gazetteer do not list ("Korean Peninsula"): one across the collection. */
    public Node place(String name, GraphEmitter g) {
        Optional<org.archivelod.reconcile.AuthorityEntity> known = names.wholeFolded(name).filter(e -> e.kind().equals("place"));
        if (known.isPresent()) return authority.iri(known.get());
        String label = CanonicalNames.group(name);
        return unreconciled(iris.entity("place", CanonicalNames.slug(label)), CRM.E53_Place, label, name, g);
    }

    /** An entity the authority file does not know: its class, its label, typed not yet reconciled, with the words as printed. */
    private Node unreconciled(Node node, org.apache.jena.rdf.model.Resource crmClass, String label, String asPrinted, GraphEmitter g) {
        g.type(node, crmClass);
        g.english(node, RDFS.label, label);
        g.add(node, CRM.P2_has_type, concepts.get("reconciliation-status", "not-reconciled"));
        authority.printedAppellation(g, node, asPrinted, "as-printed", label);
        return node;
    }
}
