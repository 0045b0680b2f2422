package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.archivelod.TestFiles;
import org.archivelod.dump.DumpWriter;
import org.archivelod.dump.StoreDumps;
import org.archivelod.pipeline.Publication;
import org.archivelod.serve.ArchiveServer;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.LocalRelease;
import org.archivelod.store.StoreRelease;
import org.archivelod.uri.UriScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code load --store} makes the release's artifacts (issues 15, 16): the release description in the store, the dumps
 * beside it and the search index, each recording the release; a server started on that store reads them and writes
 * nothing; a load of other data makes a new release and new artifacts.
 */
class LoadPublishesTest {
    @TempDir
    Path temp;

    @Test
    void loadWritesTheReleaseAndItsArtifacts_andAServerOnTheStoreRewritesNothing() throws Exception {
        Path store = temp.resolve("store");
        assertEquals(0, load(ServeFixtures.ARCHIVE, store));
        StoreRelease release;
        try (ArchiveStore s = ArchiveStore.open(store)) {
            release = LocalRelease.read(s.datasetGraph()).orElseThrow();
        }
        assertEquals(64, release.id().length(), "a SHA-256: " + release.id());
        assertEquals(release.id(), StoreDumps.recorded(StoreDumps.folder(store)).orElseThrow());
        String trig = Files.readString(StoreDumps.folder(store).resolve(DumpWriter.TRIG), StandardCharsets.UTF_8);
        assertFalse(trig.contains("graph/release"), "the release description is not published in the dumps");
        Path index = Publication.indexOf(store);
        assertTrue(Files.isDirectory(index) && times(index).size() > 0, "the search index is built at load");
        Map<String, FileTime> before = times(StoreDumps.folder(store));
        before.putAll(times(index));

        try (ArchiveStore s = ArchiveStore.open(store);
             Publication.Artifacts made = Publication.publish(s, Publication.dumpsOf(store), ArchiveServer.filing(s), step -> {})) {
            assertFalse(made.dumpsWritten(), "the dumps are the release's");
            assertFalse(made.indexRebuilt(), "the index is the release's");
            ArchiveServer server = ArchiveServer.start(new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, false,
                    Publication.dumpsOf(store)), s, made);
            try {
                HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, home.statusCode());
                assertTrue(home.headers().firstValue("ETag").orElseThrow().startsWith("\"" + release.id().substring(0, 16)),
                        "the ETag is the release the store describes: " + home.headers());
                HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/search?q=Zhou&format=json")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(search.body().contains("\"total\""), search.body());
            } finally {
                server.close();
            }
        }
        Map<String, FileTime> after = times(StoreDumps.folder(store));
        after.putAll(times(index));
        assertEquals(before, after, "a start on the same release writes no dump and no index file");
    }

    @Test
    void aLoadOfOtherData_makesANewRelease_andNewArtifacts() throws Exception {
        Path store = temp.resolve("store");
        assertEquals(0, load(ServeFixtures.ARCHIVE, store));
        String first = StoreDumps.recorded(StoreDumps.folder(store)).orElseThrow();
        byte[] firstSums = Files.readAllBytes(StoreDumps.sums(store));

        StringWriter err = new StringWriter();
        assertEquals(0, load(TestFiles.SEED_LETTER, store, err));

        String second;
        try (ArchiveStore s = ArchiveStore.open(store)) {
            second = LocalRelease.read(s.datasetGraph()).orElseThrow().id();
        }
        assertNotEquals(first, second);
        assertEquals(second, StoreDumps.recorded(StoreDumps.folder(store)).orElseThrow());
        assertFalse(java.util.Arrays.equals(firstSums, Files.readAllBytes(StoreDumps.sums(store))), "new dumps");
        assertTrue(err.toString().contains("dumps written, search index built"), err.toString());
    }

    @Test
    void aLoadOfTheSameData_keepsTheRelease_andWritesNoArtifact() throws Exception {
        Path store = temp.resolve("store");
        assertEquals(0, load(TestFiles.SEED_LETTER, store));
        String first = StoreDumps.recorded(StoreDumps.folder(store)).orElseThrow();
        Map<String, FileTime> before = times(StoreDumps.folder(store));

        StringWriter err = new StringWriter();
        assertEquals(0, load(TestFiles.SEED_LETTER, store, err));

        try (ArchiveStore s = ArchiveStore.open(store)) {
            assertEquals(first, LocalRelease.read(s.datasetGraph()).orElseThrow().id(), "the same data, the same release");
        }
        assertTrue(err.toString().contains("dumps current, search index current"), err.toString());
        assertEquals(before, times(StoreDumps.folder(store)));
    }

    @Test
    void aStoreLoadedBeforeReleasesAndAggregates_isBroughtUpToDateByPublishing_notByTheServer() throws Exception {
        Path store = temp.resolve("store");
        assertEquals(0, load(ServeFixtures.ARCHIVE, store));
        Node site = NodeFactory.createURI(UriScheme.at(ServeFixtures.BASE).siteGraph());
        Graph aggregates = GraphFactory.createGraphMem();
        try (ArchiveStore s = ArchiveStore.open(store)) {
            DatasetGraph data = s.datasetGraph();
            Node releaseGraph = StoreRelease.graph(ServeFixtures.BASE);
            Txn.executeRead(data, () -> GraphUtil.addInto(aggregates, data.getGraph(site)));
            assertTrue(aggregates.size() > 0, "the load wrote the site graph");
            // as an older version left it: data only
            Txn.executeWrite(data, () -> {
                data.removeGraph(site);
                data.removeGraph(releaseGraph);
            });
        }
        try (ArchiveStore s = ArchiveStore.open(store);
             Publication.Artifacts made = Publication.publish(s, Publication.dumpsOf(store), ArchiveServer.filing(s), step -> {})) {
            DatasetGraph data = s.datasetGraph();
            assertTrue(Txn.calculateRead(data, () -> LocalRelease.read(data).isPresent()), "the release is described");
            assertTrue(Txn.calculateRead(data, () -> data.getGraph(site).isIsomorphicWith(aggregates)),
                    "the site aggregates are made again, as the load made them, before the server starts");
        }
    }

    private static int load(Path input, Path store) {
        return load(input, store, new StringWriter());
    }

    private static int load(Path input, Path store, StringWriter err) {
        CommandLine cl = new CommandLine(new LoadCommand());
        cl.setErr(new PrintWriter(err, true));
        // the serve fixture is written by hand for the site's pages (its concepts lack their scheme): loaded unchecked
        return input.equals(ServeFixtures.ARCHIVE) ? cl.execute(input.toString(), "--store", store.toString(), "--no-validate")
                : cl.execute(input.toString(), "--store", store.toString());
    }

    /** Every file under {@code folder} with its modification time. */
    private static Map<String, FileTime> times(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                times.put(f.toString(), Files.getLastModifiedTime(f));
            }
        }
        return times;
    }
}
