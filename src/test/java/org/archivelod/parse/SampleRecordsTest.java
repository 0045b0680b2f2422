package org.archivelod.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.archivelod.TestFiles;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.record.SourceCitation;
import org.junit.jupiter.api.Test;

/**
 * Parses every sample record of the shared sources folder (outside the repository; the test is skipped without it) and
 * the seed without an exception, and prints what it read, to check by eye against research/corpus-layouts.md.
 */
class SampleRecordsTest {
    private static final Path SAMPLES = Path.of(System.getProperty("archivelod.samples", "../shared/sources/records"));

    @Test
    void everySampleRecordParses_andTheSummaryIsPrinted() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "no sample records at " + SAMPLES);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(SAMPLES)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        files.add(TestFiles.SEED_LETTER);
        StringBuilder table = new StringBuilder("| file | layout | title | date | type | no. | authors | addressees | via | translators | archives | record id | missing |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Path f : files) {
            ArchiveRecord r = assertDoesNotThrow(() -> new WilsonCenterRecordParser().parse(f.getFileName().toString(),
                    SourceText.lines(f.toString(), Files.readAllBytes(f))), f.toString());
            table.append(row(f.getFileName().toString(), r)).append('\n');
        }
        System.out.print(table);
    }

    static String row(String file, ArchiveRecord r) {
        String archives = r.information().citation().map(SampleRecordsTest::archives).orElse("—");
        return String.join(" | ", "| " + file, r.layout().name(), r.heading().title(), r.heading().date().value().toString(),
                r.heading().documentType().orElse("—"), r.heading().documentNumber().orElse("—"), String.join("; ", r.heading().authors()),
                String.join("; ", r.heading().addressees()), String.join("; ", r.heading().intermediaries()),
                r.information().citation().map(c -> String.join("; ", c.translators())).filter(s -> !s.isEmpty()).orElse("none"),
                archives, r.information().recordId().orElse("none"), String.join(", ", r.missing())) + " |";
    }

    private static String archives(SourceCitation c) {
        if (!c.publications().isEmpty()) return "book: " + c.publications().get(0).title().orElse("?");
        return c.repositories().stream().map(r -> r.abbreviation().orElse(r.name())
                + r.archivalReference().map(a -> " f." + a.fond().orElse("?") + a.opis().map(o -> "/op." + o).orElse("")
                        + a.delo().map(d -> "/d." + d).orElse("") + a.folios().map(l -> "/l." + l).orElse("")).orElse(""))
                .collect(Collectors.joining("; "));
    }
}
