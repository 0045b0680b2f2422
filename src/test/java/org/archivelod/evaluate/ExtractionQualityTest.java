package org.archivelod.evaluate;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction measured against the hand-checked gold of every sample record (../shared/sources/records, records2 and
 * the seed; the records stay out of the repository, CI has them). The floors are the figures reached when they were
 * set (README "Measuring extraction"): a change that lowers precision or recall below them fails here.
 */
class ExtractionQualityTest {
    static final Path SOURCES = Path.of("../shared/sources");
    static Evaluation.Report report;
    static DatasetGraph converted;

    @BeforeAll
    static void evaluate() throws Exception {
        assumeTrue(Files.isDirectory(SOURCES.resolve("records2")), "the sample records are not here (" + SOURCES.toAbsolutePath() + ")");
        List<Path> inputs = List.of(SOURCES.resolve("records"), SOURCES.resolve("records2"), Path.of("data/documents"));
        converted = DatasetGraphFactory.createTxnMem();
        new Conversion(new ConversionSettings(UriScheme.DEFAULT_BASE, Path.of("data/authority")))
                .run(inputs, StreamRDFLib.dataset(converted), true, p -> {}, false);
        Set<String> names = new TreeSet<>();
        for (Path in : inputs) try (var files = Files.list(in)) {
            files.filter(f -> f.toString().endsWith(".txt")).forEach(f -> names.add(f.getFileName().toString()));
        }
        report = Evaluation.of(Gold.read(Path.of("src/test/resources/gold/samples.json")), converted, names);
    }

    @Test
    void everySampleRecordIsCompared() {
        assertEquals(28, report.records().size(), "records compared: " + report.records());
    }

    @Test
    void partiesAreNeverWrong() {
        for (String field : List.of("creators", "addressees", "intermediaries", "translators")) {
            assertEquals(1.0, report.scores().get(field).precision(), field + ": " + wrong(field));
        }
    }

    @Test
    void precisionAndRecallStayAtLeastWhereTheyWere() {
        Map<String, double[]> floors = Map.ofEntries(
                Map.entry("title", new double[] {1.0, 1.0}), Map.entry("date", new double[] {1.0, 1.0}),
                Map.entry("type", new double[] {1.0, 1.0}), Map.entry("record id", new double[] {1.0, 1.0}),
                Map.entry("creators", new double[] {1.0, 1.0}), Map.entry("addressees", new double[] {1.0, 1.0}),
                Map.entry("translators", new double[] {1.0, 1.0}), Map.entry("archives", new double[] {1.0, 1.0}), Map.entry("intermediaries", new double[] {1.0, 0.33}),
                Map.entry("people", new double[] {0.99, 0.95}), Map.entry("places", new double[] {0.99, 0.96}),
                Map.entry("groups", new double[] {0.99, 0.70}));
        floors.forEach((field, f) -> {
            Score s = report.scores().get(field);
            assertTrue(s.precision() >= f[0], field + " precision " + s.precision() + " < " + f[0] + ": " + wrong(field));
            assertTrue(s.recall() >= f[1], field + " recall " + s.recall() + " < " + f[1]);
        });
    }

    @Test
    void theConvertedSamplesConform() {
        var report = new org.archivelod.validate.DatasetValidator().validate(converted);
        assertTrue(report.conforms(), report.toString());
    }

    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}|\\b[ap]\\.m\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^[\\d\\s.,/-]+$");
    /** Opens with a quote, or closes with a double one ("Oblast'" ends in a transliterated soft sign, not a quote). */
    private static final Pattern QUOTED = Pattern.compile("^['‘’\"“”„«]|[\"“”»]$");
    private static final Pattern FRAGMENT = Pattern.compile("\\b(?:has|have|had|been|was|were|is|are|will|would|regarding|concerning)\\b");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");

    /** No person, group or place of the converted samples is labelled with a time, weekday, number, headline or fragment. */
    @Test
    void noEntityIsNamedByATimeWeekdayNumberHeadlineOrFragment() {
        List<String> bad = new ArrayList<>();
        for (var kind : List.of(CRM.E21_Person, CRM.E74_Group, CRM.E53_Place)) {
            converted.find(Node.ANY, Node.ANY, RDF.type.asNode(), kind.asNode()).forEachRemaining(q -> {
                converted.find(Node.ANY, q.getSubject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> {
                    String label = l.getObject().getLiteralLexicalForm();
                    String lower = label.toLowerCase(Locale.ROOT);
                    if (TIME.matcher(label).find() || NUMBER.matcher(label).matches() || QUOTED.matcher(label).find()
                            || FRAGMENT.matcher(lower).find() || CALENDAR.contains(lower)
                            || Character.isLowerCase(label.codePointAt(0))) {
                        bad.add(label + " <" + q.getSubject().getURI() + ">");
                    }
                });
            });
        }
        assertEquals(List.of(), bad);
    }

    private static List<Disagreement> wrong(String field) {
        return report.disagreements().stream().filter(d -> d.field().equals(field) && d.converted() != null).toList();
    }
}
