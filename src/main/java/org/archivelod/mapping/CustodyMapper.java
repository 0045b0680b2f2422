package org.archivelod.mapping;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.reconcile.Match;
import org.archivelod.reconcile.NameMatcher;
import org.archivelod.record.ArchivalReference;
import org.archivelod.record.SourceCitation;
import org.archivelod.vocab.CRM;

/**
 * Where the document is kept, as the source citation says: the physical original, carrying the original text, in the
 * keeping of the archive named first; each copy, carrying the same text, part of a curated holding (with its identifier)
 * kept by the library named with it.
 */
public final class CustodyMapper {
    private final IriMinter iris;
    private final Concepts concepts;
    private final NameMatcher names;
    private final AuthorityMapper authority;

    public CustodyMapper(IriMinter iris, Concepts concepts, NameMatcher names, AuthorityMapper authority) {
        this.iris = iris;
        this.concepts = concepts;
        this.names = names;
        this.authority = authority;
    }

    public void map(DocumentContext d) {
        Optional<SourceCitation> citation = d.record().citation();
        if (citation.isEmpty()) return;
        int copies = 0;
        for (SourceCitation.Repository r : citation.get().repositories()) {
            Optional<AuthorityEntity> keeperEntity = keeper(r);
            if (keeperEntity.isEmpty()) continue;
            Optional<Node> keeper = keeperEntity.map(authority::iri);
            Node object = r.copy() ? iris.documentPart(d.slug(), "copy-" + (++copies)) : iris.documentPart(d.slug(), "original-object");
            GraphEmitter g = d.graph();
            g.type(object, CRM.E22_Human_Made_Object);
            g.english(object, RDFS.label, (r.copy() ? "Copy of “" : "Original of “") + d.record().title() + "” (" + r.name() + ")");
            g.add(object, CRM.P128_carries, d.original());
            g.english(object, CRM.P3_has_note, r.asPrinted());
            r.reference().ifPresent(ref -> g.text(object, CRM.P3_has_note, ref));
            if (r.holding().isPresent()) {
                Node holding = holding(g, r, keeper.get());
                g.add(object, CRM.P46i_forms_part_of, holding);
            } else {
                g.add(object, CRM.P50_has_current_keeper, keeper.get());
                r.archivalReference().ifPresent(ref -> fileUnits(g, object, keeper.get(), keeperEntity.get().label(), ref));
            }
        }
    }

    /** The archive or library a citation part names: the longest authority name in it, for groups only. */
    private Optional<AuthorityEntity> keeper(SourceCitation.Repository r) {
        List<Match> found = names.find(r.name()).stream().filter(m -> m.entity().kind().equals("group")).toList();
        Optional<AuthorityEntity> best = found.stream()
                .max(java.util.Comparator.comparingInt((Match m) -> m.end() - m.start()).thenComparingInt(m -> -m.start()))
                .map(Match::entity);
        return best;
    }

    /**
     * The archive's own arrangement, as the reference gives it: fond ⊃ opis ⊃ delo, each a curated holding of the
     * archive, the object part of the innermost; folios and other parts stay a note on the object.
     */
    private void fileUnits(GraphEmitter g, Node object, Node archive, String archiveLabel, ArchivalReference ref) {
        String archiveName = archive.getURI().substring(archive.getURI().lastIndexOf('/') + 1);
        Node parent = null;
        StringBuilder slug = new StringBuilder(archiveName);
        StringBuilder label = new StringBuilder(archiveLabel);
        String[][] levels = {{"fond", ref.fond().orElse(null)}, {"opis", ref.opis().orElse(null)}, {"delo", ref.delo().orElse(null)}};
        for (String[] level : levels) {
            if (level[1] == null) break;
            slug.append('-').append(level[0]).append('-').append(Slugs.of(level[1]));
            label.append(", ").append(level[0]).append(' ').append(level[1]);
            Node unit = iris.entity("holding", slug.toString());
            g.type(unit, CRM.E78_Curated_Holding);
            g.english(unit, RDFS.label, label.toString());
            Node reference = IriMinter.child(unit, "reference");
            String referenceText = label.substring(archiveLabel.length() + 2);
            g.type(reference, CRM.E42_Identifier);
            g.text(reference, RDFS.label, referenceText);
            g.text(reference, CRM.P190_has_symbolic_content, referenceText);
            g.add(reference, CRM.P2_has_type, concepts.get("identifier-type", "archival-reference"));
            g.add(unit, CRM.P1_is_identified_by, reference);
            if (parent == null) g.add(unit, CRM.P50_has_current_keeper, archive);
            else g.add(unit, CRM.P46i_forms_part_of, parent);
            parent = unit;
        }
        if (parent != null) g.add(object, CRM.P46i_forms_part_of, parent);
        ref.folios().ifPresent(f -> g.english(object, CRM.P3_has_note, "folios " + f));
    }

    private Node holding(GraphEmitter g, SourceCitation.Repository r, Node keeper) {
        String name = r.holding().orElseThrow();
        Node holding = iris.entity("holding", Slugs.of(name));
        g.type(holding, CRM.E78_Curated_Holding);
        g.text(holding, RDFS.label, name);
        g.add(holding, CRM.P50_has_current_keeper, keeper);
        r.holdingIdentifier().ifPresent(id -> {
            Node identifier = iris.entity("identifier", "lccn-" + Slugs.of(id));
            g.type(identifier, CRM.E42_Identifier);
            g.text(identifier, RDFS.label, id);
            g.text(identifier, CRM.P190_has_symbolic_content, id);
            g.add(identifier, CRM.P2_has_type, concepts.get("identifier-type", "lccn"));
            g.add(holding, CRM.P1_is_identified_by, identifier);
        });
        return holding;
    }
}
