package org.archivelod.cli;

import org.archivelod.uri.UriScheme;
import java.util.Optional;

import org.archivelod.pipeline.DataFolders;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.ConversionSummary;
import org.archivelod.pipeline.NonConformingException;
import org.archivelod.io.AtomicFiles;
import org.archivelod.io.RdfFormat;
import org.archivelod.pipeline.RecordFiles;
import org.archivelod.vocab.Prefixes;
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

    @Option(names = "--authority", paramLabel = "DIR", description = "authority folder (default: ./data/authority when present, else the copy in the jar)")
    Path authority;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = UriScheme.DEFAULT_BASE, description = "base of minted IRIs (default: ${DEFAULT-VALUE})")
    String base;

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
    LicenceOptions licenceOptions = new LicenceOptions();

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
        org.archivelod.mapping.Licences licences;
        try {
            licences = licenceOptions.licences();
        } catch (IllegalArgumentException e) {
            err.println("archive-lod convert: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            Path authorityDir = DataFolders.authority(Optional.ofNullable(authority));
            Conversion conversion = new Conversion((threads == null ? new ConversionSettings(base, authorityDir)
                    : new ConversionSettings(base, authorityDir, threads)).withLicences(licences).validating(!noValidate));
            long total = System.console() == null ? 0 : RecordFiles.count(inputs);   // only a progress bar needs it
            ConversionSummary[] summary = new ConversionSummary[1];
            if (toStandardOutput) {
                // a pipe cannot be taken back: a failure still ends with a message and a non-zero exit
                OutputStream out = new BufferedOutputStream(StandardOutput.checked(), 1 << 16);
                summary[0] = write(conversion, format, out, total);
                out.flush();
            } else {
                AtomicFiles.write(output, out -> summary[0] = write(conversion, format, out, total));
            }
            report(err, summary[0]);
            if (candidates != null) {
                AtomicFiles.write(candidates, out -> out.write(("label\tas printed\tconvention\tsource\tpassage\n"
                        + String.join("\n", summary[0].candidates()) + (summary[0].candidates().isEmpty() ? "" : "\n"))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                err.printf("archive-lod convert: %d candidate(s) for the authority file -> %s%n", summary[0].candidates().size(), candidates);
            }
            return summary[0].failures().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
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
        return output.toString().equals("-") ? "standard output" : output.toString();
    }

    @Override
    public String stillHolds() {
        if (output.toString().equals("-")) return "the output is incomplete";
        return "no output was written" + (Files.exists(output) ? " (" + output + " is as it was)" : "");
    }

    private ConversionSummary write(Conversion conversion, RdfFormat format, OutputStream out, long total)
            throws ConversionException, IOException {
        try (ProgressBar bar = progressBar(total)) {
            Consumer<Path> progress = bar == null ? p -> {} : p -> bar.step();
            if (!format.streams()) {   // JSON-LD: a named graph object holds its nodes, so it is written whole
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                ConversionSummary s = conversion.run(inputs, StreamRDFLib.dataset(dsg), keepGoing, progress, candidates != null);
                Prefixes.all(base).forEach(dsg.prefixes()::add);
                RDFDataMgr.write(out, dsg, format.fileFormat());
                return s;
            }
            if (format.lineBased()) {
                return conversion.runLines(inputs, out, format.streamingFormat(), keepGoing, progress, candidates != null);
            }
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.streamingFormat());
            StreamRDF sink = format.quads() ? writer : triplesOnly(writer);
            return conversion.run(inputs, withPrefixes(sink), keepGoing, progress, candidates != null);
        }
    }

    private StreamRDF withPrefixes(StreamRDF sink) {
        return new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
            @Override
            public void start() {
                super.start();
                Prefixes.all(base).forEach(this::prefix);
            }
        };
    }

    /** Drops the graph name of each quad, for triple formats (.nt, .ttl). */
    private static StreamRDF triplesOnly(StreamRDF writer) {
        return new org.apache.jena.riot.system.StreamRDFWrapper(writer) {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                super.triple(q.asTriple());
            }
        };
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
