package org.archivelod.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.archivelod.reconcile.Reconciliation.Resolved;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.Credit;
import org.archivelod.record.HandwrittenNote;
import org.archivelod.record.PublishedSource;
import org.archivelod.record.SourceCitation;

/**
 * What the names of a record's citation, funding line, handwritten notes and rights statement denote: the keeper of
 * each archive, the editors, translators, obtainers and funders, the people of each note, the rights' authority names.
 */
final class CitationNames {
    private final NameMatcher names;
    private final PartyReconciler parties;

    CitationNames(NameMatcher names, PartyReconciler parties) {
        this.names = names;
        this.parties = parties;
    }

    /** The citation's archives, editors and credited names, the handwritten notes' people and the rights statement's names. */
    Reconciliation.Answers of(ArchiveRecord r) {
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
}
