package org.archivelod.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.riot.RiotException;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.NonConformingException;
import org.archivelod.pipeline.Pipeline;
import org.archivelod.pipeline.Problems;
import org.archivelod.pipeline.Publication;
import org.archivelod.pipeline.RemoteSink;
import org.archivelod.pipeline.StoreSink;
import org.archivelod.serve.ArchiveServer;
import org.archivelod.store.ArchiveStore;
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
 * error), and the release's dumps and search index are made at the end ({@link Publication}), so that {@code serve}
 * only reads them; to a remote store each graph is one Graph Store Protocol PUT.
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

    @picocli.CommandLine.Mixin
    ConversionOptions conversionOptions = new ConversionOptions();

    @Option(names = "--no-validate", description = "load even what does not conform to the profile (by default record texts "
            + "are validated as they are converted, and RDF files document graph by document graph before anything is loaded)")
    boolean noValidate;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where to load: exactly one of a store folder and an endpoint. */
    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (created if absent)")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "dataset URL of a SPARQL 1.1 Graph Store Protocol service")
        String endpoint;
    }

    /** The step of a load into a store: the load itself, then what is made of the release ({@code dumps}, {@code index}). */
    private StartupStep step = StartupStep.LOAD;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (Path input : inputs) {
            if (!Files.isReadable(input)) {
                err.println("archive-lod load: " + input + ": cannot read");
                return ExitCodes.USAGE;
            }
            if (!Pipeline.isRdf(input) && !Pipeline.isRecords(input)) {
                err.println("archive-lod load: " + input + ": neither RDF (.trig .ttl .nt .nq .jsonld .rdf, optionally .gz)"
                        + " nor a record text (.txt, or a folder of them)");
                return ExitCodes.USAGE;
            }
        }
        ConversionSettings settings;
        try {
            settings = conversionOptions.settings(null).validating(!noValidate);
        } catch (IllegalArgumentException e) {
            err.println("archive-lod load: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Pipeline pipeline = new Pipeline(settings, Problems.strict(p -> err.println("archive-lod load: " + p.severity().word() + ": " + p)));
        try {
            if (target.store != null) {
                try (ArchiveStore store = ArchiveStore.open(target.store)) {
                    long quads = pipeline.load(inputs, new StoreSink(store, target.store.toString()));
                    err.println("archive-lod load: " + quads + " quads into " + target.store);
                    try (Publication.Artifacts made = Publication.publish(store, Publication.dumpsOf(target.store),
                            ArchiveServer.filing(store), name -> step = StartupStep.named(name))) {
                        err.println("archive-lod load: " + made.summary());
                    }
                }
            } else {
                long graphs = pipeline.load(inputs, new RemoteSink(target.endpoint));
                err.println("archive-lod load: " + graphs + " graphs sent to " + target.endpoint);
            }
            return ExitCodes.OK;
        } catch (RiotException e) {
            err.println("archive-lod load: " + e.getMessage() + " (nothing was loaded)");
            return ExitCodes.INVALID;
        } catch (NonConformingException e) {
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
        if (target.store == null) return target.endpoint;
        return switch (step) {
            case DUMPS -> Publication.dumpsOf(target.store).toString();
            case INDEX -> Publication.indexOf(target.store).toString();
            default -> target.store.toString();
        };
    }

    @Override
    public String stillHolds() {
        return target.store == null ? RemoteSink.PARTIAL : step == StartupStep.LOAD ? StoreSink.UNCHANGED : step.stillHolds();
    }
}
