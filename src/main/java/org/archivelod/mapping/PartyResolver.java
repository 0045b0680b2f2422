package org.archivelod.mapping;

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

    public PartyResolver(IriMinter iris, NameMatcher names, AuthorityMapper authority) {
        this.iris = iris;
        this.names = names;
        this.authority = authority;
    }

    /**
     * Resolves a title's party as the parser took it apart: an editorial identification in the glosses wins
     * ("Filippov [Stalin]"), then the name as printed or normalised ("S H T Y K O V" → "Shtykov"); otherwise a local
     * entity, a group when the words name a body or an office.
     */
    public Party resolve(PrintedName printed, GraphEmitter g) {
        List<String> tries = new ArrayList<>();
        for (int i = printed.glosses().size() - 1; i >= 0; i--) tries.add(printed.glosses().get(i));
        tries.add(printed.name());
        tries.add(printed.normalisedName());
        for (String t : tries) {
            Optional<Match> m = names.whole(t);
            if (m.isPresent()) return new Party(authority.iri(m.get().entity()), printed.name(), false);
        }
        Optional<Match> holder = holderOfOffice(printed);
        if (holder.isPresent()) return new Party(authority.iri(holder.get().entity()), printed.name(), false);
        String kind = printed.kind() == PrintedName.Kind.NAME ? "person" : "group";
        return local(kind, printed.normalisedName(), printed.asPrinted(), g);
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
        Node local = iris.entity(kind, Slugs.of(label));
        g.type(local, EntityKinds.crmClass(kind));
        g.english(local, RDFS.label, label);
        authority.appellation(g, local, asPrinted, "as-printed", null);
        return new Party(local, label, true);
    }
}
