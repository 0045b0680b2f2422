package org.archivelod.reconcile;

import java.util.List;
import java.util.Set;
import org.archivelod.record.ArchiveRecord;

/**
 * A short form that other entities share ("Kim", "Mao") names the authority entity only where the record makes it
 * unambiguous: where the record (its title, text, summary or citation) also names the entity by another name, or
 * where the authority entry lets it stand alone for the record's date ({@link AuthorityEntity.Name#standsAloneIn}).
 */
final class ShortForms {
    /** The entities by identity: each is one object of the authority file, and a record's hash reads all its names. */
    private final Set<AuthorityEntity> namedOtherwise = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final int year;

    /** From the authority names found in each of the record's texts (title, text, summary, citation). */
    ShortForms(ArchiveRecord r, List<List<Match>> found) {
        this.year = r.heading().date().firstDay().getYear();
        for (List<Match> matches : found) {
            matches.stream().filter(m -> m.name() == null || m.name().alone() == null).forEach(m -> namedOtherwise.add(m.entity()));
        }
    }

    /** The matches without the short forms this record does not make unambiguous. */
    List<Match> keep(List<Match> matches) {
        return matches.stream().filter(m -> m.name() == null || m.name().standsAloneIn(year) || namedOtherwise.contains(m.entity()))
                .toList();
    }
}
