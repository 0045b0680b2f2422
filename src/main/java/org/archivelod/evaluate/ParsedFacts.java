package org.archivelod.evaluate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.archivelod.evaluate.ConvertedFacts.DocumentFacts;
import org.archivelod.evaluate.ConvertedFacts.Entity;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.PrintedName;
import org.archivelod.record.SourceCitation;

/**
 * What the parser alone reads of a record, as facts to compare with the gold: the fields, the title's parties by role,
 * the citation's translators and archives. A party here is words as printed, of no kind ({@code null}); nothing is
 * resolved, and no named entity is read, so people, places and groups are not the parser's to score.
 */
final class ParsedFacts {
    private ParsedFacts() {}

    static DocumentFacts of(String file, ArchiveRecord r) {
        Optional<SourceCitation> citation = r.information().citation();
        Map<String, List<Entity>> parties = Map.of(
                "creators", parties(r, PrintedName.Role.AUTHOR),
                "addressees", parties(r, PrintedName.Role.ADDRESSEE),
                "intermediaries", parties(r, PrintedName.Role.INTERMEDIARY),
                "translators", citation.map(c -> c.translators().stream().map(ParsedFacts::printed).toList()).orElse(List.of()));
        List<Entity> archives = citation.map(c -> c.repositories().stream()
                .map(a -> printed(a.asPrinted(), Stream.concat(Stream.of(a.name()), a.abbreviation().stream()))).toList())
                .orElse(List.of());
        return new DocumentFacts(file, r.heading().title(), r.heading().date().value().toString(),
                r.heading().documentType().map(t -> t.replace(' ', '-')).orElse(null), r.information().recordId().orElse(null),
                parties, archives, List.of());
    }

    private static List<Entity> parties(ArchiveRecord r, PrintedName.Role role) {
        return r.heading().parties().stream().filter(p -> p.role() == role)
                .map(p -> printed(p.asPrinted(), Stream.of(p.name(), p.normalisedName()))).toList();
    }

    private static Entity printed(String asPrinted) {
        return printed(asPrinted, Stream.empty());
    }

    private static Entity printed(String asPrinted, Stream<String> otherNames) {
        Set<String> names = new LinkedHashSet<>();
        names.add(asPrinted);
        otherNames.forEach(names::add);
        return new Entity(null, null, asPrinted, names);
    }
}
