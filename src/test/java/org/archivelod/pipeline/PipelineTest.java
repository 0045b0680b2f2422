package org.archivelod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.archivelod.TestFiles;
import org.archivelod.store.ArchiveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's flow into a store: {@code serve}'s release streams each document through conversion, validation and the
 * load, and the store ends holding exactly what the conversion makes; a document that does not conform (a curated event
 * that names nobody) stops it all with the store as it was, for {@code serve} and for {@code load} of record texts alike;
 * the keep-going policy collects what it skips, with the file.
 */
class PipelineTest {
    private static final String BASE = "http://example.org/archive/";

    @TempDir
    Path tmp;

    @Test
    void publish_storeHoldsExactlyWhatTheConversionMakes() throws Exception {
        DatasetGraph converted = DatasetGraphFactory.createTxnMem();
        new Conversion(settings(TestFiles.AUTHORITY)).run(List.of(TestFiles.DOCUMENTS), StreamRDFLib.dataset(converted));
        try (ArchiveStore store = ArchiveStore.inMemory()) {
            List<String> steps = new ArrayList<>();
            Pipeline.Release release = pipeline(TestFiles.AUTHORITY).publish(TestFiles.DOCUMENTS, new StoreSink(store, "store"), BASE, steps::add);
            assertEquals(List.of("convert", "validate", "load"), steps);
            assertEquals(quads(converted), quads(store.publishedData()), "the store holds the conversion, beside the site graph");
            assertEquals(release.conversion().quads(), release.load().quads());
            assertEquals(0, release.redirects());
        }
    }

    @Test
    void publish_ofTheSameDocumentsAgain_keepsTheRelease_andOfOthers_makesANewOne() throws Exception {
        try (ArchiveStore store = ArchiveStore.open(tmp.resolve("store"))) {
            pipeline(TestFiles.AUTHORITY).publish(TestFiles.DOCUMENTS, new StoreSink(store, "store"), BASE, s -> {});
            var first = org.archivelod.store.LocalRelease.read(store.datasetGraph()).orElseThrow();
            pipeline(TestFiles.AUTHORITY).publish(TestFiles.DOCUMENTS, new StoreSink(store, "store"), BASE, s -> {});
            assertEquals(first, org.archivelod.store.LocalRelease.read(store.datasetGraph()).orElseThrow(), "the same documents");
            Path more = java.nio.file.Files.createDirectories(tmp.resolve("more"));
            java.nio.file.Files.copy(TestFiles.SEED_LETTER, more.resolve(TestFiles.SEED_LETTER.getFileName()));
            java.nio.file.Files.copy(Path.of("src/test/resources/fixtures/site/documents/001_fixture_telegram.txt"),
                    more.resolve("001_fixture_telegram.txt"));
            pipeline(TestFiles.AUTHORITY).publish(more, new StoreSink(store, "store"), BASE, s -> {});
            var second = org.archivelod.store.LocalRelease.read(store.datasetGraph()).orElseThrow();
            org.junit.jupiter.api.Assertions.assertNotEquals(first.id(), second.id(), "a document added");
            pipeline(TestFiles.AUTHORITY).publish(TestFiles.DOCUMENTS, new StoreSink(store, "store"), BASE, s -> {});
            org.junit.jupiter.api.Assertions.assertNotEquals(second.id(),
                    org.archivelod.store.LocalRelease.read(store.datasetGraph()).orElseThrow().id(), "a document dropped");
        }
    }

    @Test
    void publish_ofTheSameSyntheticCorpusAgain_keepsTheRelease() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new org.archivelod.synth.SynthWriter(new org.archivelod.synth.RecordSynthesizer(
                org.archivelod.reconcile.AuthorityFile.read(TestFiles.AUTHORITY), 5)).write(30, corpus);
        try (ArchiveStore store = ArchiveStore.open(tmp.resolve("synth-store"))) {
            pipeline(TestFiles.AUTHORITY).publish(corpus, new StoreSink(store, "store"), BASE, s -> {});
            var first = org.archivelod.store.LocalRelease.read(store.datasetGraph()).orElseThrow();
            Pipeline.Release again = pipeline(TestFiles.AUTHORITY).publish(corpus, new StoreSink(store, "store"), BASE, s -> {});
            assertEquals(30, again.load().unchangedGraphs());
            assertEquals(first, org.archivelod.store.LocalRelease.read(store.datasetGraph()).orElseThrow());
        }
    }

    @Test
    void publish_nonConformingDocument_leavesTheStoreAsItWas() throws Exception {
        try (ArchiveStore store = ArchiveStore.inMemory()) {
            pipeline(TestFiles.AUTHORITY).publish(TestFiles.DOCUMENTS, new StoreSink(store, "store"), BASE, s -> {});
            Set<Quad> before = quads(store.datasetGraph());
            NonConformingException e = assertThrows(NonConformingException.class, () -> pipeline(badAuthority())
                    .publish(TestFiles.DOCUMENTS, new StoreSink(store, "store"), BASE, s -> {}));
            assertTrue(e.getMessage().contains("a-dispatch-of-nobody"), e.getMessage());
            assertEquals(TestFiles.SEED_LETTER.toString(), e.file());
            assertEquals(before, quads(store.datasetGraph()), "the store keeps the release it held");
        }
    }

    @Test
    void load_recordTexts_areValidated_nothingLoadedWhenOneDoesNotConform() throws Exception {
        try (ArchiveStore store = ArchiveStore.inMemory()) {
            assertThrows(NonConformingException.class, () -> pipeline(badAuthority())
                    .load(List.of(TestFiles.SEED_LETTER), new StoreSink(store, "store")));
            assertEquals(Set.of(), quads(store.datasetGraph()));
        }
    }

    @Test
    void keepGoing_skipsTheUnreadableRecord_andKeepsItsFileAndLine() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "Letter, Cde. Filippov [Stalin] for Mao Zedong\n", StandardCharsets.UTF_8);
        List<ProblemHandler.Problem> told = new ArrayList<>();
        Problems problems = Problems.keepGoing(told::add);
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        ConversionSummary summary = new Conversion(settings(TestFiles.AUTHORITY))
                .run(List.of(bad, TestFiles.SEED_LETTER), StreamRDFLib.dataset(out), problems, p -> {}, false);
        assertEquals(1, summary.documents());
        assertEquals(told, problems.errors());
        ProblemHandler.Problem problem = problems.errors().get(0);
        assertEquals(ProblemHandler.Severity.ERROR, problem.severity());
        assertEquals(bad.toString(), problem.file());
        assertTrue(problem.line() > 0, problem.toString());
        assertTrue(problem.toString().startsWith(bad + ":" + problem.line() + ": "), problem.toString());
        ConversionException strict = assertThrows(ConversionException.class, () -> new Conversion(settings(TestFiles.AUTHORITY))
                .run(List.of(bad), StreamRDFLib.sinkNull(), Problems.strict(told::add), p -> {}, false));
        assertTrue(strict.getCause() != null, "the parser's exception is kept as the cause");
    }

    private static ConversionSettings settings(Path authority) {
        return new ConversionSettings(BASE, authority, 2).validating(true);
    }

    private static Pipeline pipeline(Path authority) {
        return new Pipeline(settings(authority), Problems.strict(p -> {}));
    }

    private Path badAuthority() throws Exception {
        return TestFiles.authorityWithAnEventOfNobody(tmp);
    }

    private static Set<Quad> quads(DatasetGraph data) {
        return Txn.calculateRead(data, () -> {
            Set<Quad> all = new HashSet<>();
            data.find().forEachRemaining(all::add);
            return all;
        });
    }
}
