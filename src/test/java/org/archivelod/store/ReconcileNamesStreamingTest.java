package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SiteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The name index's entities read in one streaming query a kind ({@link NamedEntities}) are those the reference reading
 * finds property by property across every graph ({@link ReferenceNames}), each with the same label, other names in the
 * same order, and date: from TDB2 (the in-memory synthetic store of {@code BoundedCatalogueTest} too), and as a remote
 * store answers (rows in entity order, each entity's names in the store's order).
 */
class ReconcileNamesStreamingTest {
    private static final String BASE = ServeFixtures.BASE;

    private static List<ReconcileNames.Named> byIri(List<ReconcileNames.Named> entities) {
        List<ReconcileNames.Named> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing((ReconcileNames.Named e) -> e.iri().getURI()).thenComparing(ReconcileNames.Named::kind));
        return sorted;
    }

    /** The entities with their other names sorted: a remote store gives them in its own order. */
    private static List<ReconcileNames.Named> unordered(List<ReconcileNames.Named> entities) {
        return entities.stream().map(e -> new ReconcileNames.Named(e.iri(), e.kind(), e.label(),
                e.variants().stream().sorted().toList(), e.date())).toList();
    }

    private static List<ReconcileNames.Named> reference(DatasetGraph data) {
        List<ReconcileNames.Named> every = new ArrayList<>();
        Txn.executeRead(data, () -> ReferenceNames.read(data, BASE, every::add));
        return byIri(every);
    }

    private static List<ReconcileNames.Named> streamed(NamedEntities entities, DatasetGraph data) {
        List<ReconcileNames.Named> every = new ArrayList<>();
        Txn.executeRead(data, () -> entities.read(BASE, every::add));
        return byIri(every);
    }

    @Test
    void aTdb2Store_givesTheEntitiesOfTheReferenceReading(@TempDir Path dir) throws Exception {
        try (ArchiveStore store = ArchiveStore.open(dir.resolve("store"))) {
            Conversion conversion = new Conversion(new ConversionSettings(BASE, Path.of("data/authority")));
            new DatasetLoader(store).load(sink -> conversion.run(List.of(Path.of("data/documents"), SiteFixtures.DOCUMENTS), sink));
            DatasetGraph data = store.datasetGraph();
            List<ReconcileNames.Named> expected = reference(data);
            assertTrue(expected.stream().anyMatch(e -> e.label().equals("Zhou Enlai") && e.variants().contains("周恩来")));
            assertEquals(expected, streamed(NamedEntities.local(data), data));
        }
    }

    @Test
    void aRemoteStore_askedForTheRowsInEntityOrder_givesTheEntitiesOfTheReferenceReading() throws Exception {
        try (ArchiveStore store = SiteFixtures.store()) {
            DatasetGraph data = store.datasetGraph();
            DatasetGraph union = DatasetGraphFactory.wrap(data.getUnionGraph());
            List<String> asked = new ArrayList<>();
            NamedEntities remote = NamedEntities.remote((query, row) -> {
                asked.add(query.toString());
                try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(union)).query(query).build()) {
                    exec.execSelect().forEachRemaining(row);
                }
            });
            assertEquals(unordered(reference(data)), unordered(streamed(remote, data)), "the names, in the store's order");
            assertEquals(ReconcileNames.KINDS.size(), asked.size(), "one query a kind");
            assertTrue(asked.stream().allMatch(q -> q.replaceAll("\\s+", " ").matches(".*ORDER BY (ASC\\()?\\?entity.*")), asked.toString());
        }
    }
}
