package org.archivelod.serve.oai;

import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.serve.site.SiteAggregatesView;

/**
 * The sets: by archive and by document type, each top set before its members, the members by spec. Which archives and
 * types have a set are the site lists {@code oai-archives} and {@code oai-types} written at load
 * ({@code queries/aggregates/lists/}), read a page of {@value org.archivelod.store.SiteAggregates#PAGE_SIZE} at a time;
 * a set's name is its archive's {@code rdfs:label} or its type's {@code skos:prefLabel} (English, else any), read for
 * it alone, and the sets are kept while the data is fixed. Whether a set exists is whether its list of records
 * ({@link ListedRecords#ofSet}) has any.
 */
final class ArchiveSets implements SetRepository {
    static final String ARCHIVES = "oai-archives";
    static final String TYPES = "oai-types";
    private final SiteAggregatesView aggregates;
    private final DatasetGraph store;
    private final ListedRecords listed;
    private final boolean fixed;
    /** The sets once read, while the data is fixed (the release's: a few hundred at most). */
    private volatile List<Set> kept;

    /** The sets of the lists {@code aggregates} reads; {@code fixed}: no SPARQL Update changes the data, keep them. */
    ArchiveSets(SiteAggregatesView aggregates, DatasetGraph store, ListedRecords listed, boolean fixed) {
        this.aggregates = aggregates;
        this.store = store;
        this.listed = listed;
        this.fixed = fixed;
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public List<Set> getSets() {
        List<Set> sets = kept;
        if (sets == null) {
            sets = read();
            if (fixed) kept = sets;
        }
        return sets;
    }

    private List<Set> read() {
        Map<String, Set> sets = new LinkedHashMap<>();
        sets.put(DocumentCatalogue.ARCHIVE, new Set(DocumentCatalogue.ARCHIVE)
                .withName("Documents by the archive that keeps them (the original or a copy)"));
        members(ARCHIVES, DocumentCatalogue.ARCHIVE, RDFS.label.asNode(), sets);
        sets.put(DocumentCatalogue.TYPE, new Set(DocumentCatalogue.TYPE).withName("Documents by type"));
        members(TYPES, DocumentCatalogue.TYPE, SKOS.prefLabel.asNode(), sets);
        return List.copyOf(sets.values());
    }

    /** How many sets there are: the two top sets and the entries of the two lists. */
    int size() {
        return 2 + aggregates.size(ARCHIVES) + aggregates.size(TYPES);
    }

    /** The sets of {@code list}, in its order (by spec), each named by its thing's {@code name} property. */
    private void members(String list, String top, Node name, Map<String, Set> sets) {
        for (int page = 1; ; page++) {
            List<SiteAggregatesView.Entry> entries = aggregates.page(list, page);
            if (entries.isEmpty()) return;
            Txn.executeRead(store, () -> entries.forEach(e -> DocumentCatalogue.specPart(e.item()).ifPresent(part ->
                    sets.computeIfAbsent(top + ":" + part,
                            spec -> new Set(spec).withName(DocumentCatalogue.label(store, e.item(), name))))));
        }
    }

    @Override
    public boolean exists(String spec) {
        return spec.equals(DocumentCatalogue.ARCHIVE) || spec.equals(DocumentCatalogue.TYPE)
                || listed.size(ListedRecords.ofSet(spec)) > 0;
    }
}
