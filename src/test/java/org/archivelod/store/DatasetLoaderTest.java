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

    private static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

}
