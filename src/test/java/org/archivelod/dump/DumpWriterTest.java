package org.archivelod.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.archivelod.IndependentSha256;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpWriterTest {
    private static final List<String> DUMPS = List.of(DumpWriter.TRIG, DumpWriter.TURTLE, DumpWriter.NTRIPLES_GZ,
            DumpWriter.JSONLD, DumpWriter.SUMS);

    @TempDir
    Path temp;

    @Test
    void sameData_givesByteIdenticalDumps_acrossSeparateLoadsInDifferentOrders() throws IOException {
        try (ArchiveStore disk = ArchiveStore.open(temp.resolve("store")); ArchiveStore memory = ArchiveStore.inMemory()) {
            new DatasetLoader(disk).load(ServeFixtures.archive());
            List<Quad> shuffled = new ArrayList<>(ServeFixtures.archiveQuads());
            Collections.shuffle(shuffled, new Random(7));
            new DatasetLoader(memory).load(sink -> shuffled.forEach(sink::quad));

            new DumpWriter().write(disk.datasetGraph(), temp.resolve("a"));
            new DumpWriter().write(memory.datasetGraph(), temp.resolve("b"));
        }
        for (String name : DUMPS) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(name)),
                    Files.readAllBytes(temp.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void everyDump_parsesBackToTheStoredData_andSumsMatch() throws IOException {
        Path out = temp.resolve("dumps");
        List<DumpFile> files;
        DatasetGraph stored;
        try (ArchiveStore store = ArchiveStore.inMemory()) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            files = new DumpWriter().write(store.datasetGraph(), out);
            stored = Txn.calculateRead(store.datasetGraph(), () -> copy(store.publishedData()));   // dumps leave the site graph out
        }
        Graph union = stored.getUnionGraph();
        assertTrue(IsoMatcher.isomorphic(stored, RDFParser.source(out.resolve(DumpWriter.TRIG)).toDatasetGraph()), "trig");
        assertTrue(IsoMatcher.isomorphic(stored, RDFParser.source(out.resolve(DumpWriter.JSONLD)).toDatasetGraph()), "jsonld");
        assertTrue(IsoMatcher.isomorphic(union, RDFParser.source(out.resolve(DumpWriter.TURTLE)).toGraph()), "ttl");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve(DumpWriter.NTRIPLES_GZ)))) {
            assertTrue(IsoMatcher.isomorphic(union, RDFParser.source(in).lang(Lang.NTRIPLES).toGraph()), "nt.gz");
        }
        List<String> sums = Files.readAllLines(out.resolve(DumpWriter.SUMS));
        assertEquals(4, sums.size());
        for (DumpFile file : files) {
            assertEquals(IndependentSha256.of(out.resolve(file.name())), file.sha256(), file.name());
            assertTrue(sums.contains(file.sha256() + "  " + file.name()), file.name());
        }
        try (var listing = Files.list(out)) {
            assertEquals(5, listing.count(), "no temporary files left behind");
        }
    }

    @Test
    void sha256sumChecksTheSumsFile_asAUserWould() throws Exception {
        assumeTrue(onPath("sha256sum"), "no sha256sum on the PATH");
        Path out = temp.resolve("dumps");
        try (ArchiveStore store = ArchiveStore.inMemory()) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            new DumpWriter().write(store.datasetGraph(), out);
        }
        Process check = new ProcessBuilder("sha256sum", "--check", "--strict", DumpWriter.SUMS)
                .directory(out.toFile()).redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), said);
        assertEquals(4, said.lines().filter(l -> l.endsWith(": OK")).count(), said);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(copy::add);
        return copy;
    }

    @Test
    void aFailurePartWay_leavesTheEarlierDumpsAndNoPartFile() throws IOException {
        Path out = temp.resolve("dumps");
        try (ArchiveStore store = ArchiveStore.inMemory()) {
            new DatasetLoader(store).load(ServeFixtures.archive());
            new DumpWriter().write(store.datasetGraph(), out);
            byte[] earlier = Files.readAllBytes(out.resolve(DumpWriter.TRIG));
            int[] graphsRead = {0};
            DatasetGraph failing = new DatasetGraphWrapper(store.datasetGraph()) {
                @Override
                public Graph getGraph(org.apache.jena.graph.Node name) {
                    if (++graphsRead[0] == 2) throw new IllegalStateException("disk gone");
                    return super.getGraph(name);
                }
            };
            assertThrows(IllegalStateException.class, () -> new DumpWriter().write(failing, out));
            assertArrayEquals(earlier, Files.readAllBytes(out.resolve(DumpWriter.TRIG)));
            try (var left = Files.list(out)) {
                assertEquals(DUMPS.stream().sorted().toList(), left.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }
}
