package org.archivelod.pipeline;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.HangGuard;
import org.archivelod.HostileRecord;
import org.archivelod.TestFiles;
import org.archivelod.parse.RecordMutator;
import org.archivelod.parse.SourceText;
import org.archivelod.parse.WilsonCenterRecordParser;
import org.archivelod.record.ArchiveRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of records through the whole {@link Conversion} into a checking sink: each record converts or fails
 * with a {@link ConversionException}, within a hang guard; every IRI it mints is a valid IRI, every typed literal is
 * valid for its datatype, the output reads back as N-Quads, and the document's title and date are the record's words.
 */
public class ConversionFuzzTest {
    static final int MUTANTS = 1_000;
    static final int HUGE_EVERY = 200;
    static final Duration HANG_GUARD = Duration.ofSeconds(30);   // the JVM's CPU, GC threads included: a 10 MB line passed 10 s once on a busy machine

    static Conversion conversion;
    static RecordMutator mutator;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() throws Exception {
        conversion = new Conversion(new ConversionSettings(UriScheme.DEFAULT_BASE, TestFiles.AUTHORITY));
        mutator = RecordMutator.ofProjectRecords();
    }

    @Test
    void mutatedRecords_convertOrFail_neverCrashHangOrMintBadRdf() throws Exception {
        List<String> failures = new ArrayList<>();
        int converted = 0;
        int refused = 0;
        long quads = 0;
        for (long seed = 1; seed <= MUTANTS; seed++) {
            RecordMutator.Mutant m = mutator.mutant(1_000_000 + seed, seed % HUGE_EVERY == 0);
            // some keep the seed letter's name, so that its curated events are checked against the mutated text
            Path file = tmp.resolve(seed % 3 == 0 ? TestFiles.SEED_LETTER.getFileName().toString() : "fuzz.txt");
            Files.write(file, m.bytes());
            try {
                long n = HangGuard.within(HANG_GUARD, () -> convertOrRefuse(file, m), () -> "hang: " + m.describe());
                if (n >= 0) { converted++; quads += n; } else refused++;
            } catch (AssertionError | RuntimeException e) {
                failures.add(m.describe() + ": " + e);
                if (failures.size() >= 20) break;
            } finally {
                Files.delete(file);
            }
        }
        System.out.printf("ConversionFuzzTest: %d mutants through the pipeline: %d converted (%d quads), %d refused, %d failures%n",
                converted + refused + failures.size(), converted, quads, refused, failures.size());
        if (!failures.isEmpty()) fail(failures.size() + " mutants failed:\n" + String.join("\n", failures));
        assertTrue(converted > MUTANTS / 10, "the mutants reach the mapper: " + converted);
    }

    /** The number of quads of the record's graph, or -1 when the conversion refused it. */
    private static long convertOrRefuse(Path file, RecordMutator.Mutant m) throws Exception {
        CheckingSink sink = new CheckingSink();
        try {
            conversion.run(List.of(file), sink);
        } catch (ConversionException e) {
            assertTrue(e.getMessage().contains(file.toString()) || e.getMessage().contains("curation"),
                    "a refusal names the record or curation file: " + e.getMessage());
            return -1;
        }
        ArchiveRecord record = new WilsonCenterRecordParser().parse("x", SourceText.lines("x", m.bytes()));
        assertEquals(List.of(record.heading().title()), sink.titles, "dcterms:title is the record's title");
        assertEquals(List.of(record.heading().date().value().toString()), sink.dates, "dcterms:date is the record's date");
        if (!m.hugeInput()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.writeQuads(out, sink.quads.iterator());
            long reread = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS)
                    .toDatasetGraph().stream().count();
            assertTrue(reread > 0, "the output reads back as N-Quads");
        }
        return sink.count;
    }

    /** Checks each quad as it arrives: IRIs valid, typed literals valid; keeps the documents' titles and dates. */
    public static final class CheckingSink extends StreamRDFBase {
        final List<String> titles = new ArrayList<>();
        final List<String> dates = new ArrayList<>();
        final List<Quad> quads = new ArrayList<>();
        long count;

        @Override
        public void quad(Quad q) {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) check(n);
            boolean documentGraph = q.getGraph().getURI().contains("/graph/document/");
            if (documentGraph) {
                count++;
                if (count < 200_000) quads.add(q);
                if (q.getPredicate().equals(DCTerms.title.asNode()) && q.getSubject().getURI().matches(".*/id/document/[^/]+"))
                    titles.add(q.getObject().getLiteralLexicalForm());
                if (q.getPredicate().equals(DCTerms.date.asNode())) dates.add(q.getObject().getLiteralLexicalForm());
            }
        }

        private final java.util.Set<String> checkedIris = new java.util.HashSet<>();

        private void check(Node n) {
            if (n.isURI()) {
                if (!checkedIris.add(n.getURI())) return;
                IRIx iri = IRIx.create(n.getURI());   // throws on a malformed IRI
                assertTrue(iri.isReference(), "an absolute IRI: " + n);
                assertTrue(n.getURI().chars().noneMatch(c -> " <>\"{}|^`\\".indexOf(c) >= 0), "no IRI-breaking characters: " + n);
            } else if (n.isLiteral()) {
                RDFDatatype type = n.getLiteralDatatype();
                assertTrue(type.isValid(n.getLiteralLexicalForm()), "a valid " + type.getURI() + ": " + n);
            } else {
                fail("no blank nodes or variables: " + n);
            }
        }
    }

    @Test
    void hostileWords_convertToValidRdf() throws Exception {
        // see also the serve tests that render such a record as inert text
        Path file = tmp.resolve("hostile.txt");
        Files.writeString(file, HostileRecord.TEXT);
        CheckingSink sink = new CheckingSink();
        conversion.run(List.of(file), sink);
        assertEquals(List.of(HostileRecord.TITLE), sink.titles);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, sink.quads.iterator());
        var reread = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).toDatasetGraph();
        assertEquals(sink.count, reread.stream().filter(q -> q.getGraph().getURI().contains("/graph/document/")).count());
        assertTrue(reread.stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().contains("<script>alert(\"body\")</script>")), "the body's words kept as they are");
    }
}
