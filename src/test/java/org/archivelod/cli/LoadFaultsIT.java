package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The process killed mid-load, for real: the shaded jar's {@code load} in a child JVM writes a large generated input
 * into a TDB2 store that already holds data, and is sent SIGKILL (or SIGTERM) once the store's files are growing.
 * Reopened, the store holds exactly what it held before, and takes the next load.
 */
class LoadFaultsIT {
    static final int QUADS = 500_000;

    @TempDir
    static Path shared;
    static Path big;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() throws Exception {
        big = shared.resolve("big.nq");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(big, StandardCharsets.UTF_8))) {
            for (int i = 0; i < QUADS; i++) {
                w.printf("<http://example.org/s%d> <http://example.org/p%d> \"value %d\" <http://example.org/g%d> .%n",
                        i, i % 50, i, i % 100);
            }
        }
    }

    static Set<Quad> snapshot(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new java.util.HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    /** The quads of {@code all} outside the site's bookkeeping graphs (aggregates, release). */
    static Set<Quad> data(Set<Quad> all) {
        Set<Quad> data = new java.util.HashSet<>();
        for (Quad q : all) {
            if (!(q.getGraph().isURI() && org.archivelod.uri.UriScheme.isBookkeepingGraph(q.getGraph().getURI()))) data.add(q);
        }
        return data;
    }

    static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @ParameterizedTest(name = "SIGKILL={0}")
    @ValueSource(booleans = {true, false})
    void killedMidLoad_storeIsExactlyAsBefore_andTakesTheNextLoad(boolean sigkill) throws Exception {
        Path store = tmp.resolve("store");
        Set<Quad> before;
        try (ArchiveStore s = ArchiveStore.open(store)) {
            new DatasetLoader(s).load(ServeFixtures.archive());
            before = snapshot(s.datasetGraph());
        }
        long initial = size(store);
        Process p = new ProcessBuilder(ChildJvm.command(List.of("-Xmx768m"), "load", big.toString(),
                "--store", store.toString(), "--no-validate")).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        long start = System.nanoTime();
        long grown = 0;
        while (p.isAlive() && (grown = size(store) - initial) < 1_000_000 && System.nanoTime() - start < 60_000_000_000L) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the load is still running when killed: " + Files.readString(tmp.resolve("out.txt")));
        if (sigkill) p.destroyForcibly(); else p.destroy();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        System.out.printf("LoadFaultsIT: %s after %.1f s, the store had grown by %d bytes; exit %d%n",
                sigkill ? "SIGKILL" : "SIGTERM", (System.nanoTime() - start) / 1e9, grown, p.exitValue());
        try (ArchiveStore s = ArchiveStore.open(store)) {
            assertEquals(before, snapshot(s.datasetGraph()), "the store is exactly as before the killed load");
            Quad next = Quad.create(
                    org.apache.jena.graph.NodeFactory.createURI("http://example.org/after"),
                    org.apache.jena.graph.NodeFactory.createURI("http://example.org/s"),
                    org.apache.jena.graph.NodeFactory.createURI("http://example.org/p"),
                    org.apache.jena.graph.NodeFactory.createLiteralString("o"));
            new DatasetLoader(s).load(sink -> sink.quad(next));
            Set<Quad> after = snapshot(s.datasetGraph());
            assertTrue(after.contains(next), "the recovered store takes the next load");
            // the site aggregates and the release description are written again by every load: the data grew by one
            assertEquals(data(before).size() + 1, data(after).size(), "the recovered store takes the next load, and only it");
        }
    }

}
