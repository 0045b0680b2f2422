package org.archivelod.mapping;

import org.archivelod.uri.IriMinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.reconcile.AuthorityEntity;
import org.archivelod.record.ArchivalReference;
import org.archivelod.record.SourceCitation;
import org.archivelod.vocab.CRM;
import org.archivelod.uri.Slugs;

/**
 * Where the document is kept, as the source citation says. When the citation names one archive, that archive keeps the
 * physical original ({@code …/original-object}), which carries the original text; when it names two or more (APRF;
 * AVP RF; RGASPI), which of them keeps the original is not stated, so each keeps a copy of its own ({@code …/copy-N}),
 * with its own keeper, file units and reference, never all of them one object. A copy the citation calls one ("copy
 * available in …") is part of a curated holding (with its identifier) kept by the library named with it. Only an
 * archive the authority file knows, and whose name is the whole name the citation gives (or its abbreviation), is a
 * keeper: "CWIHP Bulletin" names a journal, not the CWIHP. Publications the citation names are no keepers (see
 * {@link PublicationMapper}).
 */
public final class CustodyMapper {
    private final IriMinter iris;
    private final Concepts concepts;
    private final AuthorityMapper authority;

    public CustodyMapper(IriMinter iris, Concepts concepts, AuthorityMapper authority) {
        this.iris = iris;
        this.concepts = concepts;
        this.authority = authority;
    }

    public void map(DocumentContext d) {
        Optional<SourceCitation> citation = d.record().information().citation();
        if (citation.isEmpty()) return;
        List<SourceCitation.Repository> repositories = citation.get().repositories();
        boolean severalArchives = repositories.stream().filter(r -> !r.copy()).count() > 1;
        int copies = 0;
        for (SourceCitation.Repository r : repositories) {
            Optional<AuthorityEntity> keeperEntity = d.reconciliation().keeper(r);
            if (keeperEntity.isEmpty()) continue;
            Node keeper = authority.iri(keeperEntity.get());
            boolean original = !r.copy() && !severalArchives;
            Node object = original ? iris.documentPart(d.slug(), "original-object") : iris.documentPart(d.slug(), "copy-" + (++copies));
            GraphEmitter g = d.graph();
            g.type(object, CRM.E22_Human_Made_Object);
            g.english(object, RDFS.label, (original ? "Original of “" : "Copy of “") + d.record().heading().title() + "” (" + r.name() + ")");
            g.add(object, CRM.P128_carries, d.original());
            g.english(object, CRM.P3_has_note, r.asPrinted());
            if (!r.copy() && severalArchives)
                g.english(object, CRM.P3_has_note, "The citation names several archives; which of them keeps the original is not stated.");
            r.reference().ifPresent(ref -> g.text(object, CRM.P3_has_note, ref));
            if (r.holding().isPresent()) {
                Node holding = holding(g, r, keeper);
                g.add(object, CRM.P46i_forms_part_of, holding);
            } else {
                g.add(object, CRM.P50_has_current_keeper, keeper);
                r.archivalReference().ifPresent(ref -> fileUnits(g, object, keeper, keeperEntity.get().label(), ref));
            }
        }
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
