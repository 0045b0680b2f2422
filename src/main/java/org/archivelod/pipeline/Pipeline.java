package org.archivelod.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.archivelod.io.RdfFormat;
import org.archivelod.store.HaltPoints;

/**
 * The flow of every command that turns records into data: parse → reconcile → map ({@link Conversion}, per record) →
 * validate (each document against the shared graphs, as it is converted) → a {@link Sink}: a file ({@code convert}), a
 * local or remote store ({@code load}), the store a server publishes ({@code serve}). Documents stream through one at a
 * time, so memory holds one document's graph (a window of them, one per thread) beside the shared graphs, whatever the
 * corpus. What goes wrong with the input goes to one {@link ProblemHandler}. The per-record step (parse, reconcile,
 * map) is {@code Conversion.convert(Path, …)}, the one function every sink's records go through: a stage that belongs
 * to every record goes there, between parsing and mapping; what follows every load into a local store goes in
 * {@code StoreSink.loaded}.
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline(settings.validating(true), Problems.strict(p -> err.println(p)));
 * pipeline.load(List.of(Path.of("records")), new StoreSink(store, "store"));
 * }</pre>
 */
public final class Pipeline {
    private final ConversionSettings settings;
    private final ProblemHandler problems;
    private Conversion conversion;

    /** A pipeline converting (and validating, when the settings say so) with {@code settings}, telling {@code problems}. */
    public Pipeline(ConversionSettings settings, ProblemHandler problems) {
        this.settings = settings;
        this.problems = problems;
    }

    /** What {@link #publish} did: the conversion, the load, and how many redirects from earlier IRIs the release holds. */
    public record Release(ConversionSummary conversion, StoreSink.Load load, int redirects) {}

    /** Whether {@code input} is a record text or a folder of them (converted on the way), rather than an RDF file. */
    public static boolean isRecords(Path input) {
        return Files.isDirectory(input) || input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** Whether {@code input} is an RDF file in a syntax of {@link RdfFormat} (optionally gzipped). */
    public static boolean isRdf(Path input) {
        return Files.isRegularFile(input) && RdfFormat.ofInput(input).isPresent();
    }

    /**
     * Converts the records of {@code inputs} into {@code sink}, written whole or not at all; {@code progress} hears of each
     * record done, and {@code candidates} keeps the people found by convention for the summary.
     */
    public ConversionSummary convert(List<Path> inputs, FileSink sink, Consumer<Path> progress, boolean candidates)
            throws ConversionException, IOException {
        Conversion c = conversion();
        ConversionSummary[] summary = new ConversionSummary[1];
        if (sink.format().lineBased()) {
            // each record serialized on the thread that converted it: the writing thread only copies bytes
            sink.bytes(out -> summary[0] = c.runLines(inputs, out, sink.format().streamingFormat(), problems, progress, candidates));
        } else {
            sink.write(out -> summary[0] = c.run(inputs, out, problems, progress, candidates));
        }
        return summary[0];
    }

    /**
     * Loads {@code inputs} into {@code sink} as one unit: record texts converted (and validated) on the way, RDF files
     * parsed on a second thread. When the settings validate, the RDF files are checked first, document graph by document
     * graph ({@link LoadValidation}), and a document that does not conform stops the load before the sink is touched.
     * Returns what the sink counts (quads, or graphs sent to a remote store).
     */
    public long load(List<Path> inputs, Sink sink) throws ConversionException, IOException {
        if (settings.validate()) new LoadValidation(problems).check(inputs.stream().filter(Pipeline::isRdf).toList());
        return sink.write(out -> send(inputs, out));
    }

    /**
     * Makes the store hold the release of {@code documents} and nothing else, in one transaction: each document is
     * converted, validated and loaded in turn, and IRIs of the store's earlier release that this one no longer uses keep
     * answering ({@link IriRedirects}). {@code steps} hears {@code convert}, then {@code validate} and {@code load} once the
     * first document has passed; each is also a {@link HaltPoints} step. A document that does not conform stops it all,
     * the store unchanged.
     */
    public Release publish(Path documents, StoreSink store, String base, Consumer<String> steps) throws ConversionException {
        steps.accept("convert");
        IriRedirects redirects = new IriRedirects(store.stored(), base);
        Conversion c = conversion();
        ConversionSummary[] summary = new ConversionSummary[1];
        int[] kept = {0};
        boolean[] first = {true};
        Consumer<Path> progress = file -> {
            if (!first[0]) return;
            first[0] = false;
            for (String step : List.of("validate", "load")) {
                steps.accept(step);
                HaltPoints.reach(step);
            }
        };
        StoreSink.Load load = store.mirror(out -> summary[0] = c.run(List.of(documents),
                        HaltPoints.after(1, "convert", redirects.watching(out)), problems, progress, false),
                release -> kept[0] = redirects.writeInto(release));
        return new Release(summary[0], load, kept[0]);
    }

    private void send(List<Path> inputs, StreamRDF sink) throws ConversionException {
        StreamRDF oneRun = new StreamRDFWrapper(sink) {
            @Override
            public void start() {}

            @Override
            public void finish() {}
        };
        for (Path input : inputs) {
            if (isRecords(input)) {
                conversion().run(List.of(input), oneRun, problems, p -> {}, false);
                continue;
            }
            try {
                // parsed on a second thread while this one loads, so that a load uses both cores; at most 8 chunks
                // of 10,000 quads wait between them
                AsyncParser.of(RDFParser.source(input)).setChunkSize(10_000).setQueueSize(8).asyncParseSources(oneRun);
            } catch (RiotException e) {
                throw new RiotException(input + ": " + e.getMessage(), e);
            }
        }
    }

    /** The conversion, made the first time records are met (it reads the authority file). */
    private Conversion conversion() throws ConversionException {
        if (conversion == null) conversion = new Conversion(settings);
        return conversion;
    }
}
