package org.archivelod.mapping;

import org.archivelod.uri.UriScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.ConversionSummary;

/**
 * Short records we write for the mapping tests, in the archive's page layout (date, title, a line saying it is a
 * fixture, text, summary, Document Information), and their conversion with the project's authority file.
 */
final class FixtureRecords {
    /** A conversion's quads and its summary (with the curators' report). */
    record Converted(DatasetGraph data, ConversionSummary summary) {}

    private FixtureRecords() {}

    static void write(Path dir, String file, String date, String title, String text) throws IOException {
        Files.writeString(dir.resolve(file), "Skip to content\n\n" + date + "\n\n" + title + "\n\n"
                + "[A fixture written for the mapping tests; not a record of the archive.]\n\n\n" + text + "\n\n\n"
                + "A fixture record.\n\n\nDocument Information\n\n\nFixture archive, fond 1, opis 1, delo 1.\n");
    }

    /** Converts every record of {@code dir} on one thread, keeping the curators' report. */
    static Converted convert(Path dir) throws ConversionException {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        ConversionSummary s = new Conversion(new ConversionSettings(UriScheme.DEFAULT_BASE, Path.of("data/authority"), 1))
                .run(List.of(dir), StreamRDFLib.dataset(out), false, p -> {}, true);
        return new Converted(out, s);
    }
}
