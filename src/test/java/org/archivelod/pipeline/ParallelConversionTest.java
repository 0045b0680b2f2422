package org.archivelod.pipeline;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.archivelod.TestFiles;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.synth.RecordSynthesizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converting on several threads writes the same bytes as converting on one; files are listed lazily in path order. */
class ParallelConversionTest {
    @TempDir
    static Path temp;
    static Path corpus;

    /**
     * Records {@value #PER_FOLDER} of each of the synthesizer's first two folders (it writes a thousand a folder), and
     * the seed letter: the files are listed and converted folder by folder, so the corpus spans two, and each run fills
     * the pool's window of records many times over. Not the whole 1,200 records {@code synth} would write: the
     * property is the order across folders and windows, not the count, and the nine conversions below took a minute.
     */
    private static final int PER_FOLDER = 200;

    @BeforeAll
    static void corpus() throws Exception {
        corpus = temp.resolve("corpus");
        RecordSynthesizer synthesizer = new RecordSynthesizer(AuthorityFile.read(TestFiles.AUTHORITY), 11);
        for (long folder : new long[] {0, 1000}) {
            for (long n = folder; n < folder + PER_FOLDER; n++) {
                Path file = corpus.resolve(RecordSynthesizer.relativePath(n));
                Files.createDirectories(file.getParent());
                Files.writeString(file, synthesizer.record(n));
            }
        }
        Files.copy(TestFiles.SEED_LETTER, corpus.resolve("0000").resolve("a-letter.txt"));
    }

    private static Conversion conversion(int threads) throws ConversionException {
        return new Conversion(new ConversionSettings(UriScheme.DEFAULT_BASE, TestFiles.AUTHORITY, threads));
    }

    private static byte[] lines(int threads, RDFFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        conversion(threads).runLines(List.of(corpus), out, format, false, p -> {}, true);
        return out.toByteArray();
    }

    private static byte[] streamed(int threads, RDFFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        conversion(threads).run(List.of(corpus), writer);
        return out.toByteArray();
    }

    @Test
    void nQuads_sameBytes_onOneThreadAndOnThree_andAsTheStreamingWriterWrites() throws Exception {
        byte[] one = lines(1, RDFFormat.NQUADS);
        assertArrayEquals(one, lines(3, RDFFormat.NQUADS));
        assertArrayEquals(one, streamed(1, RDFFormat.NQUADS));
        assertArrayEquals(lines(1, RDFFormat.NTRIPLES), lines(2, RDFFormat.NTRIPLES));
    }

    @Test
    void trig_sameBytes_onOneThreadAndOnTwo() throws Exception {
        assertArrayEquals(streamed(1, RDFFormat.TRIG_BLOCKS), streamed(2, RDFFormat.TRIG_BLOCKS));
    }

    @Test
    void summary_sameOnAnyNumberOfThreads() throws Exception {
        ConversionSummary one = conversion(1).run(List.of(corpus), org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        ConversionSummary two = conversion(2).run(List.of(corpus), org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        assertEquals(2 * PER_FOLDER + 1, one.documents());
        assertEquals(one, two);
    }

    @Test
    void firstBadRecordInPathOrder_stopsTheRun_whateverFinishesFirst() throws Exception {
        Path bad = temp.resolve("bad");
        Files.createDirectories(bad);
        for (int i = 0; i < 40; i++) Files.copy(TestFiles.SEED_LETTER, bad.resolve(String.format("%03d.txt", i)));
        Files.writeString(bad.resolve("017.txt"), "not a record");
        Files.writeString(bad.resolve("031.txt"), "not one either");
        ConversionException e = assertThrows(ConversionException.class,
                () -> conversion(2).run(List.of(bad), org.apache.jena.riot.system.StreamRDFLib.sinkNull()));
        assertTrue(e.getMessage().contains("017.txt"), e.getMessage());
        ConversionSummary kept = conversion(2).run(List.of(bad), org.apache.jena.riot.system.StreamRDFLib.sinkNull(), true, p -> {});
        assertEquals(2, kept.failures().size());
        assertTrue(kept.failures().get(0).contains("017.txt") && kept.failures().get(1).contains("031.txt"));
    }

    @Test
    void lazyListing_givesTheFilesInTheOrderOfTheWholeList() throws Exception {
        Path dir = temp.resolve("order");
        for (String f : List.of("a/b.txt", "a-c.txt", "a/a/z.txt", "a0.txt", "b.txt", "a/c.md", "A.txt"))
            Files.createDirectories(dir.resolve(f).getParent());
        for (String f : List.of("a/b.txt", "a-c.txt", "a/a/z.txt", "a0.txt", "b.txt", "a/c.md", "A.txt"))
            Files.writeString(dir.resolve(f), "x");
        List<Path> lazy = new ArrayList<>();
        for (Iterator<Path> it = RecordFiles.iterate(List.of(dir, TestFiles.SEED_LETTER)); it.hasNext(); ) lazy.add(it.next());
        assertEquals(RecordFiles.find(List.of(dir, TestFiles.SEED_LETTER)), lazy);
        assertEquals(7, lazy.size());
    }
}
