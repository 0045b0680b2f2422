package org.archivelod.cli;

import org.archivelod.uri.UriScheme;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDFLib;
import org.archivelod.io.AtomicFiles;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.ConversionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code candidates}: the people the records name by the archive's conventions but the authority file lacks, as a CSV
 * for OpenRefine (name, as printed, kind, convention, document, passage), with empty {@code scheme}, {@code id} and
 * {@code source} columns for the curator to fill (e.g. by reconciling against Wikidata), then {@code authority import}.
 */
@Command(name = "candidates", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Write the names the records give that the authority file lacks, as a CSV for OpenRefine.")
public final class CandidatesCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("name", "as_printed", "kind", "convention", "document", "passage", "scheme", "id", "source");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "record texts, or folders searched for .txt")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the CSV to write")
    Path output;

    @picocli.CommandLine.Mixin
    AuthorityOption authority = new AuthorityOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ConversionSummary summary;
        try {
            Conversion conversion = new Conversion(new ConversionSettings(UriScheme.DEFAULT_BASE,
                    authority.folder(), 1));
            summary = conversion.run(inputs, StreamRDFLib.sinkNull(), false, p -> {}, true);
        } catch (ConversionException e) {
            err.println("archive-lod candidates: " + e.getMessage() + " (nothing was written)");
            return ExitCodes.USAGE;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : summary.candidates()) {
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f[0].isBlank()) continue;      // a name not asserted (a time, a body) is no candidate
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", f[0]);
            row.put("as_printed", f[1]);
            row.put("kind", "person");
            row.put("convention", f[2]);
            row.put("document", Path.of(f[3]).getFileName().toString());
            row.put("passage", f.length > 4 ? f[4] : "");
            row.put("scheme", "");
            row.put("id", "");
            row.put("source", "");
            rows.add(row);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        byte[] csv = new CsvMapper().writer(schema.build()).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(output, out -> out.write(csv));
        err.printf("archive-lod candidates: %d name(s) from %d document(s) -> %s%n", rows.size(), summary.documents(), output);
        return ExitCodes.OK;
    }
}
