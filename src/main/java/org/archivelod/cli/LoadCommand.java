package org.archivelod.cli;

import org.archivelod.uri.UriScheme;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.DataFolders;
import org.archivelod.store.ArchiveStore;
import org.archivelod.dump.StoreDumps;
import org.archivelod.store.DatasetLoader;
import org.archivelod.store.RemoteStoreLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code load INPUT… --store DIR | --endpoint URL}: loads RDF files (TriG, N-Quads, Turtle…) and record texts
 * ({@code .txt} files and folders of them, converted on the way as {@code convert} would); each named graph
 * replaces the stored graph of that name. Into TDB2 all inputs go in one transaction (nothing changes on an
 * error); to a remote store each graph is one Graph Store Protocol PUT.
 */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Load RDF files, and record texts (converted on the way), into a TDB2 store (one transaction) "
                + "or a remote SPARQL 1.1 store (one PUT per graph).")
public final class LoadCommand implements Callable<Integer>, Faults.Guarded {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "RDF files (the format is taken from the extension), record texts (.txt) or folders of them")
    List<Path> inputs;

    @Option(names = "--authority", paramLabel = "DIR",
            description = "authority folder, for record texts (default: ./data/authority when present, else the copy in the jar)")
    Path authority;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = UriScheme.DEFAULT_BASE,
            description = "base of the IRIs minted for record texts (default: ${DEFAULT-VALUE})")
    String base;

    @picocli.CommandLine.Mixin
    LicenceOptions licenceOptions = new LicenceOptions();

    private Conversion conversion;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where to load: exactly one of a store folder and an endpoint. */
    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (created if absent)")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "dataset URL of a SPARQL 1.1 Graph Store Protocol service")
        String endpoint;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        for (Path input : inputs) {
            if (!Files.isReadable(input)) {
                err.println("archive-lod load: " + input + ": cannot read");
                return ExitCodes.USAGE;
            }
            if (!isRdf(input) && !isRecords(input)) {
                err.println("archive-lod load: " + input + ": neither RDF (.trig .ttl .nt .nq .jsonld .rdf, optionally .gz)"
                        + " nor a record text (.txt, or a folder of them)");
                return ExitCodes.USAGE;
            }
        }
        org.archivelod.mapping.Licences licences;
        try {
            licences = licenceOptions.licences();
        } catch (IllegalArgumentException e) {
            err.println("archive-lod load: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            if (inputs.stream().anyMatch(LoadCommand::isRecords)) {
                conversion = new Conversion(new ConversionSettings(base, DataFolders.authority(Optional.ofNullable(authority)))
                        .withLicences(licences));
            }
            if (target.store != null) {
                try (ArchiveStore store = ArchiveStore.open(target.store)) {
                    long quads = new DatasetLoader(store, StoreDumps.forgetOnChange(store)).load(this::parseAll);
                    err.println("archive-lod load: " + quads + " quads into " + target.store);
                }
            } else {
                int graphs = new RemoteStoreLoader(target.endpoint).load(this::parseAll);
                err.println("archive-lod load: " + graphs + " graphs sent to " + target.endpoint);
            }
            return ExitCodes.OK;
        } catch (RiotException e) {
            err.println("archive-lod load: " + e.getMessage() + " (nothing was loaded)");
            return ExitCodes.INVALID;
        } catch (ConversionException e) {
            err.println("archive-lod load: " + e.getMessage() + " (nothing was loaded)");
            return ExitCodes.USAGE;
        } catch (HttpException e) {
            err.println("archive-lod load: " + target.endpoint + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    @Override
    public String place() {
        return target.store != null ? target.store.toString() : target.endpoint;
    }

    @Override
    public String stillHolds() {
        return target.store != null ? "the store is unchanged" : "the graphs sent before the fault are stored, the others are not";
    }

    private static boolean isRdf(Path input) {
        return Files.isRegularFile(input) && RdfFileReader.langOf(input) != null;
    }

    /** A record text or a folder of them, converted as {@code convert} would before loading. */
    private static boolean isRecords(Path input) {
        return Files.isDirectory(input) || input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private void parseAll(StreamRDF sink) throws ConversionException {
        StreamRDF oneRun = new StreamRDFWrapper(sink) {
            @Override
            public void start() {}

            @Override
            public void finish() {}
        };
        for (Path input : inputs) {
            if (isRecords(input)) {
                conversion.run(List.of(input), oneRun);
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
}
