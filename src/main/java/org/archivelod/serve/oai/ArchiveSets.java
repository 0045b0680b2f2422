package org.archivelod.serve.oai;

import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import java.util.List;
import java.util.function.Supplier;

/** The sets of the {@link DocumentCatalogue}: by archive and by document type, each top set before its members. */
final class ArchiveSets implements SetRepository {
    private final Supplier<DocumentCatalogue> catalogue;

    ArchiveSets(Supplier<DocumentCatalogue> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public List<Set> getSets() {
        return catalogue.get().sets().stream().map(s -> new Set(s.spec()).withName(s.name())).toList();
    }

    @Override
    public boolean exists(String spec) {
        return catalogue.get().hasSet(spec);
    }
}
