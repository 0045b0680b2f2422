package org.archivelod.cli;



import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.FileSink;
import org.archivelod.pipeline.Pipeline;
import org.archivelod.pipeline.Problems;
import org.archivelod.pipeline.ConversionSummary;
import org.archivelod.pipeline.NonConformingException;
import org.archivelod.io.AtomicFiles;
import org.archivelod.io.RdfFormat;
import org.archivelod.pipeline.RecordFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convert INPUT… -o FILE}: records to RDF, one named graph per document, format by the output's extension
 * (or {@code --format}); {@code -o -} streams to standard output, for a pipe.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Convert record texts (files or folders of .txt) into RDF, each document validated against the profile. "
                + "Format by extension: .trig .nq .nt .ttl .jsonld.")
public final class ConvertCommand implements Callable<Integer>, Faults.Guarded {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "record files or folders")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "output file, written whole or not at all; '-' for standard output (with --format)")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "trig, nq, nt, ttl or jsonld (default: by the output's extension)")
    String formatName;

    @Option(names = "--candidates", paramLabel = "FILE",
            description = "write the people found by the archive's conventions but not in the authority file (TSV) to FILE")
    Path candidates;

    @Option(names = "--keep-going", description = "skip records that cannot be read and list them at the end (exit 1 if any)")
    boolean keepGoing;

    @Option(names = "--threads", paramLabel = "N", description = "records read and mapped at once (default: the number of processors); "
            + "the output is the same for any number")
    Integer threads;

    @Option(names = "--no-validate", description = "write the output even when documents do not conform to the profile "
            + "(by default each document is validated, with the concepts and the authority file, as it is converted)")
    boolean noValidate;

    @picocli.CommandLine.Mixin
    ConversionOptions conversionOptions = new ConversionOptions();

    private FileSink sink;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean toStandardOutput = output.toString().equals("-");
        if (toStandardOutput && formatName == null) {
            err.println("archive-lod convert: -o - (standard output) needs --format: trig, nq, nt, ttl or jsonld");
            return ExitCodes.USAGE;
        }
        RdfFormat format = (formatName != null ? RdfFormat.byExtension(formatName) : RdfFormat.ofFile(output))
                .filter(RdfFormat::convertible).orElse(null);
        if (format == null) {
            err.println("archive-lod convert: " + (formatName != null ? "--format " + formatName : output)
                    + ": unknown output format; use trig, nq, nt, ttl or jsonld");
            return ExitCodes.USAGE;
        }
        ConversionSettings settings;
        try {
            settings = conversionOptions.settings(threads).validating(!noValidate);
        } catch (IllegalArgumentException e) {
            err.println("archive-lod convert: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        // a pipe cannot be taken back: a failure still ends with a message and a non-zero exit
        sink = toStandardOutput ? FileSink.stream(StandardOutput.checked(), format, settings.base())
                : FileSink.file(output, format, settings.base());
        try {
            Pipeline pipeline = new Pipeline(settings, Problems.of(keepGoing, p -> {}));   // skipped records are listed at the end
            long total = System.console() == null ? 0 : RecordFiles.count(inputs);   // only a progress bar needs it
            ConversionSummary summary;
            try (ProgressBar bar = progressBar(total)) {
                summary = pipeline.convert(inputs, sink, bar == null ? p -> {} : p -> bar.step(), candidates != null);
            }
            report(err, summary);
            if (candidates != null) {
                AtomicFiles.write(candidates, out -> out.write(("label\tas printed\tconvention\tsource\tpassage\n"
                        + String.join("\n", summary.candidates()) + (summary.candidates().isEmpty() ? "" : "\n"))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                err.printf("archive-lod convert: %d candidate(s) for the authority file -> %s%n", summary.candidates().size(), candidates);
            }
            return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
        } catch (NonConformingException e) {
            err.println("archive-lod convert: " + e.getMessage());
            err.println("archive-lod convert: " + (toStandardOutput ? "the output stops before it" : "no output was written")
                    + " (--keep-going skips such documents, --no-validate writes them)");
            return ExitCodes.INVALID;
        } catch (ConversionException e) {
            err.println("archive-lod convert: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    @Override
    public String place() {
        return sink.place();
    }

    @Override
    public String stillHolds() {
        return sink.stillHolds();
    }

    private static ProgressBar progressBar(long total) {
        if (System.console() == null || total < 2) return null;
        return new ProgressBarBuilder().setTaskName("convert").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" records", 1).continuousUpdate().build();
    }

    private void report(PrintWriter err, ConversionSummary s) {
        err.printf("archive-lod convert: %d document(s), %d quads -> %s%n", s.documents(), s.quads(),
                output.toString().equals("-") ? "standard output" : output);
        if (!s.failures().isEmpty()) {
            err.printf("%d record(s) skipped:%n", s.failures().size());
            s.failures().forEach(f -> err.println("  " + f));
        }
        if (!s.missingFields().isEmpty()) {
            err.println("fields some converted records lack (converted without them, nothing filled in):");
            s.missingFields().forEach(f -> err.println("  " + f));
        }
    }
}
