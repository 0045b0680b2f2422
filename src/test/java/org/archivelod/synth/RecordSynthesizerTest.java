package org.archivelod.synth;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.TestFiles;
import org.archivelod.parse.SourceText;
import org.archivelod.parse.WilsonCenterRecordParser;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.ConversionSummary;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.record.ArchiveRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSynthesizerTest {
    @TempDir
    Path temp;

    private static RecordSynthesizer synthesizer(long seed) throws Exception {
        return new RecordSynthesizer(AuthorityFile.read(TestFiles.AUTHORITY), seed);
    }

    @Test
    void sameSeedAndNumber_sameText_otherSeed_otherText() throws Exception {
        assertEquals(synthesizer(7).record(123), synthesizer(7).record(123));
        assertNotEquals(synthesizer(7).record(123), synthesizer(8).record(123));
        assertNotEquals(synthesizer(7).record(123), synthesizer(7).record(124));
    }

    @Test
    void everyGeneratedRecordConverts_inEveryLayout_withFunderTranslatorsAndCandidates() throws Exception {
        Path dir = temp.resolve("synth");
        new SynthWriter(synthesizer(3)).write(600, dir);
        Conversion conversion = new Conversion(new ConversionSettings(UriScheme.DEFAULT_BASE, TestFiles.AUTHORITY));
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        ConversionSummary summary = conversion.run(List.of(dir), StreamRDFLib.dataset(out));
        assertEquals(600, summary.documents());
        assertTrue(summary.failures().isEmpty(), summary.failures().toString());
        assertTrue(summary.candidates().size() > 100, "people found by convention: " + summary.candidates().size());
        assertEquals(600L + 2, org.apache.jena.atlas.iterator.Iter.count(out.listGraphNodes()), "one graph per record, all distinct");

        WilsonCenterRecordParser parser = new WilsonCenterRecordParser();
        boolean funder = false, noFunder = false, labelled = false, translators = false, notes = false, brackets = false;
        for (int n = 0; n < 60; n++) {
            Path file = dir.resolve(RecordSynthesizer.relativePath(n));
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ArchiveRecord r = parser.parse(file.toString(), SourceText.lines(file.toString(), Files.readAllBytes(file)));
            funder |= !r.heading().funders().isEmpty();
            noFunder |= r.heading().funders().isEmpty() && !text.contains("\nSource\n");
            labelled |= text.contains("\nSource\n") && r.information().recordId().isPresent();
            translators |= r.information().citation().orElseThrow().translators().size() > 0;
            notes |= !r.body().notes().isEmpty();
            brackets |= r.body().brackets().size() > 1;
            assertTrue(r.heading().documentType().isPresent() && !r.heading().authors().isEmpty() && !r.heading().addressees().isEmpty(), r.heading().title());
            assertTrue(r.heading().summary().isPresent() && r.information().rights().isPresent(), file.toString());
        }
        assertTrue(funder && noFunder && labelled && translators && notes && brackets);
    }
}
