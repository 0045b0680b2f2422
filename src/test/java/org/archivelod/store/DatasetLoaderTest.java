package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.archivelod.serve.ServeFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    Path temp;

    @Test
    void failedLoad_leavesTheStoreAsItWas_reopenedFromDisk() {
        Path dir = temp.resolve("store");
        long before;
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            before = quadCount(store.datasetGraph());
            Node letterGraph = NodeFactory.createURI(ServeFixtures.BASE
                    + "graph/document/1950-10-05-letter-filippov-stalin-for-mao-zedong");
            List<Quad> quads = ServeFixtures.archiveQuads();
            assertThrows(IllegalStateException.class, () -> new DatasetLoader(store).load(sink -> {
                quads.subList(0, 5).forEach(sink::quad);   // replaces (clears) the letter's graph, then fails
                sink.quad(Quad.create(letterGraph, quads.get(0).asTriple()));
                throw new IllegalStateException("bad record halfway");
            }));
        }
        try (ArchiveStore reopened = ArchiveStore.open(dir)) {
            assertEquals(before, quadCount(reopened.datasetGraph()));
        }
    }

    @Test
    void loadingAgain_replacesEachDocumentGraph_insteadOfAddingToIt() {
        try (ArchiveStore store = ArchiveStore.open(temp.resolve("store"))) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            long once = quadCount(store.datasetGraph());
            new DatasetLoader(store).load(ServeFixtures.archive());
            assertEquals(once, quadCount(store.datasetGraph()));
        }
    }

    @Test
    void theListenerIsToldBeforeEachChange_whileTheStoreHoldsTheOldRelease() {
        try (ArchiveStore store = ArchiveStore.inMemory()) {
            List<Long> seen = new java.util.ArrayList<>();
            DatasetLoader loader = new DatasetLoader(store, () -> seen.add(quadCount(store.datasetGraph())));
            loader.load(ServeFixtures.archive());
            long loaded = quadCount(store.datasetGraph());
            loader.mirror(ServeFixtures.archive());
            loader.replaceGraph(NodeFactory.createURI("http://example.org/g"), GraphFactory.createDefaultGraph());
            assertEquals(List.of(0L, loaded, loaded), seen);
        }
    }

    @Test
    void aListenerThatFails_stopsTheChange() {
        try (ArchiveStore store = ArchiveStore.inMemory()) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            long before = quadCount(store.datasetGraph());
            DatasetLoader loader = new DatasetLoader(store, () -> { throw new StoreException("cannot drop the dumps", null); });
            assertThrows(StoreException.class, () -> loader.load(sink -> sink.quad(Quad.create(
                    NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s"),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o")))));
            assertEquals(before, quadCount(store.datasetGraph()));
        }
    }

    @Test
    void replaceGraph_swapsOneGraphOnly() {
        try (ArchiveStore store = ArchiveStore.inMemory()) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            Node authority = NodeFactory.createURI(ServeFixtures.BASE + "graph/authority");
            long before = quadCount(store.datasetGraph());
            long authoritySize = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getGraph(authority).size());
            new DatasetLoader(store).replaceGraph(authority, GraphFactory.createDefaultGraph());
            assertEquals(before - authoritySize, quadCount(store.datasetGraph()));
        }
    }

    @Test
    void queryView_hasTheUnionAsDefaultGraph_onDiskAndInMemory() {
        try (ArchiveStore disk = ArchiveStore.open(temp.resolve("store")); ArchiveStore memory = ArchiveStore.inMemory()) {
            for (ArchiveStore store : List.of(disk, memory)) {
                new DatasetLoader(store).load(ServeFixtures.archive());
                DatasetGraph view = store.queryView();
                long n = Txn.calculateRead(view,
                        () -> ((Number) QueryExec.dataset(view).query(COUNT).select().next().get("n").getLiteralValue()).longValue());
                assertEquals(quadCount(store.datasetGraph()), n, store.directory().toString());
                assertTrue(n > 50, "fixture loaded: " + n);
            }
        }
    }

    @Test
    void failedBulkLoad_intoAnEmptyStore_leavesItEmpty_reopenedFromDisk() {
        Path dir = temp.resolve("store");
        List<Quad> quads = ServeFixtures.archiveQuads();
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            DatasetLoader loader = new DatasetLoader(store);
            assertThrows(IllegalStateException.class, () -> loader.load(sink -> {
                quads.forEach(sink::quad);
                throw new IllegalStateException("bad record at the end");
            }));
            assertTrue(loader.usedBulkLoader());
            assertEquals(0, quadCount(store.datasetGraph()));
        }
        try (ArchiveStore reopened = ArchiveStore.open(dir)) {
            assertEquals(0, quadCount(reopened.datasetGraph()));
            DatasetLoader loader = new DatasetLoader(reopened);
            loader.load(ServeFixtures.archive());
            assertTrue(loader.usedBulkLoader());
            // the input's quads, and beside them the site graph's aggregates (SiteAggregatesTest)
            assertEquals(new java.util.HashSet<>(quads).size(), quadCount(reopened.publishedData()));
        }
    }

    @Test
    void reload_leavesUnchangedDocuments_andReplacesTheChangedOne() throws Exception {
        Path corpus = temp.resolve("corpus");
        new org.archivelod.synth.SynthWriter(new org.archivelod.synth.RecordSynthesizer(
                org.archivelod.reconcile.AuthorityFile.read(org.archivelod.TestFiles.AUTHORITY), 5)).write(30, corpus);
        org.archivelod.pipeline.Conversion conversion = new org.archivelod.pipeline.Conversion(new org.archivelod.pipeline.ConversionSettings(
                org.archivelod.uri.UriScheme.DEFAULT_BASE, org.archivelod.TestFiles.AUTHORITY));
        try (ArchiveStore store = ArchiveStore.open(temp.resolve("store"))) {
            DatasetLoader first = new DatasetLoader(store);
            first.load(sink -> conversion.run(List.of(corpus), sink));
            assertTrue(first.usedBulkLoader());
            long loaded = quadCount(store.datasetGraph());
            Path changed = corpus.resolve(org.archivelod.synth.RecordSynthesizer.relativePath(7));
            java.nio.file.Files.writeString(changed, java.nio.file.Files.readString(changed)
                    .replaceFirst("\n\n\n", "\n\nA new paragraph naming Zhou Enlai.\n\n\n"));
            DatasetLoader again = new DatasetLoader(store);
            again.mirror(sink -> conversion.run(List.of(corpus), sink));
            assertEquals(29, again.unchangedGraphs());
            assertTrue(quadCount(store.datasetGraph()) > loaded);
            StoreRelease changedRelease = LocalRelease.read(store.datasetGraph()).orElseThrow();
            DatasetLoader same = new DatasetLoader(store);
            long before = quadCount(store.datasetGraph());
            same.mirror(sink -> conversion.run(List.of(corpus), sink));
            assertEquals(30, same.unchangedGraphs());
            assertEquals(before, quadCount(store.datasetGraph()));
            assertEquals(changedRelease, LocalRelease.read(store.datasetGraph()).orElseThrow(),
                    "a load of the same data keeps the release, and what was made from it stays current");
        }
    }

    private static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

}
