package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.archivelod.evaluate.Evaluation;
import org.archivelod.evaluate.Gold;
import org.archivelod.evaluate.ReportWriter;
import org.archivelod.evaluate.Score;
import org.archivelod.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * Parses every sample record (../shared/sources/records and records2, outside the repository, and the seed; the test
 * is skipped without them, CI has them) and scores what the parser read against the hand-checked gold through
 * {@link Evaluation#ofParsed}: title, date, type, record id, the title's parties, the translators and the archives.
 * The floors are the parser's figures when they were set; a change that reads less, or reads wrong, fails here.
 */
class SampleRecordsTest {
    private static final Path SOURCES = Path.of(System.getProperty("archivelod.sources", "../shared/sources"));
    private static final Path GOLD = Path.of("src/test/resources/gold/samples.json");

    /** Per field, the precision and recall floors: right / (right + extra), right / (right + missed) when set. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "title", new double[] {28 / 28.0, 28 / 28.0},
            "date", new double[] {28 / 28.0, 28 / 28.0},
            "record id", new double[] {2 / 2.0, 2 / 2.0},
            "creators", new double[] {24 / 24.0, 24 / 28.0},
            "addressees", new double[] {17 / 19.0, 17 / 20.0},
            "intermediaries", new double[] {1.0, 0.0},
            "translators", new double[] {11 / 11.0, 11 / 11.0},
            "archives", new double[] {14 / 14.0, 14 / 14.0});

    @Test
    void everySampleRecordParses_andWhatItReadsAgreesWithTheGold() throws Exception {
        assumeTrue(Files.isDirectory(SOURCES.resolve("records2")), "no sample records at " + SOURCES.toAbsolutePath());
        Map<String, ArchiveRecord> parsed = new TreeMap<>();
        for (Path folder : List.of(SOURCES.resolve("records"), SOURCES.resolve("records2"), Path.of("data/documents"))) {
            for (Path f : textFiles(folder)) {
                String name = f.getFileName().toString();
                parsed.put(name, new WilsonCenterRecordParser().parse(name, SourceText.lines(f.toString(), Files.readAllBytes(f))));
            }
        }
        Evaluation.Report report = Evaluation.ofParsed(Gold.read(GOLD), parsed);
        StringWriter text = new StringWriter();
        ReportWriter.text(report, new PrintWriter(text));
        System.out.print(text);

        assertEquals(28, report.records().size(), "records compared: " + report.records());
        assertEquals(FLOORS.keySet(), report.scores().keySet(), "the fields scored");
        assertAll(FLOORS.entrySet().stream().map(e -> () -> {
            Score s = report.scores().get(e.getKey());
            assertTrue(s.precision() >= e.getValue()[0] && s.recall() >= e.getValue()[1],
                    e.getKey() + ": precision " + s.precision() + ", recall " + s.recall() + " below the floors "
                            + e.getValue()[0] + ", " + e.getValue()[1] + "\n" + text);
        }));
    }

    private static List<Path> textFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
