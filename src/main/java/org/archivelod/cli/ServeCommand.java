package org.archivelod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.archivelod.pipeline.ConversionException;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.DataFolders;
import org.archivelod.pipeline.Pipeline;
import org.archivelod.pipeline.Problems;
import org.archivelod.pipeline.Publication;
import org.archivelod.pipeline.StoreSink;
import org.archivelod.serve.ArchiveServer;
import org.archivelod.serve.http.RequestLimits;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.serve.http.ServedBase;
import org.archivelod.serve.http.UpdateCredentials;
import org.archivelod.store.ArchiveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: converts {@code --data} into the store (TDB2 in {@code --store}, or {@code --memory}) and
 * publishes it: SPARQL, linked-data pages, dumps. Prints the URL when ready; Ctrl-C stops it cleanly. The start-up
 * goes through the {@link StartupStep}s; a fault in one is told with the step's place and what it leaves.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Convert the data folder into the store and serve it as a linked-data site with a SPARQL endpoint.")
public final class ServeCommand implements Callable<Integer>, Faults.Guarded {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "folder with documents/ and authority/ (default: ./data when present; else the store as it is, "
                    + "if there is one; else the data built into the jar); without documents/, the store is served as it is")
    Path data;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store", description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--memory", description = "keep the data in memory instead of a TDB2 store")
    boolean memory;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = ServeSettings.LOOPBACK, description = "address to bind (default: ${DEFAULT-VALUE}, loopback only)")
    String host;

    @Option(names = "--base", paramLabel = "IRI",
            description = "base of the dataset's IRIs, its public address (default: the address served at, "
                    + "http://localhost:PORT/ on loopback)")
    String base;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "serve the linked-data site over a remote SPARQL 1.1 store (its query URL; for Fuseki the dataset URL) "
                    + "instead of a local store; nothing is converted or loaded")
    String endpoint;

    @Option(names = "--search-index", paramLabel = "DIR",
            description = "with --endpoint: answer /search from the release's Lucene index in DIR (the folder 'load --store' made "
                    + "beside a store of the same release, published with it), opened read-only, while it is of the release the "
                    + "store describes; the SPARQL search answers otherwise (said on stderr)")
    Path searchIndex;

    @Option(names = "--allow-update", description = "accept SPARQL Update and Graph Store writes at /sparql (off by default), "
            + "only from the user of --update-credentials-file or of the environment variable " + UpdateCredentials.ENVIRONMENT)
    boolean allowUpdate;

    @Option(names = "--update-credentials-file", paramLabel = "FILE",
            description = "file whose first line is user:password, the one user allowed to write with --allow-update")
    Path credentialsFile;

    @Option(names = "--check", description = "start, ask the home page, a document's description (/data), the timeline, the "
            + "network, a search and the SPARQL endpoint once each, tell each answer's status and time, and stop: exit 0 when "
            + "all answered 200, else 1 (a deployment's smoke test)")
    boolean check;

    @Option(names = "--check-front", description = "with --check over a local store: then start a front in this process (as "
            + "'serve --endpoint' over this server's own /sparql) and ask it the same; the build makes the class-data "
            + "archive from such a run, so that fronts start from it too")
    boolean checkFront;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @picocli.CommandLine.Mixin
    LicenceOptions licenceOptions = new LicenceOptions();

    private StartupStep step = StartupStep.CONVERT;
    private Path dumpFolder;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (base != null && !base.endsWith("/")) {
            err.println("archive-lod serve: --base must end with '/': " + base);
            return ExitCodes.USAGE;
        }
        Optional<UpdateCredentials> credentials;
        RequestLimits limits;
        try {
            licenceOptions.licences();
            credentials = credentials();
            limits = limitOptions.limits();
        } catch (IllegalArgumentException | IOException e) {
            err.println("archive-lod serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (searchIndex != null && endpoint == null) {
            err.println("archive-lod serve: --search-index is for a front (--endpoint URL); a local store's index is the one beside it");
            return ExitCodes.USAGE;
        }
        if (searchIndex != null && !Files.isDirectory(searchIndex)) {
            err.println("archive-lod serve: --search-index " + searchIndex + ": no such folder (the folder 'load --store' made beside "
                    + "the store, e.g. store-search/, or an empty folder the release's index will be published into)");
            return ExitCodes.USAGE;
        }
        if (checkFront && (!check || endpoint != null)) {
            err.println("archive-lod serve: --check-front is for --check over a local store (a front over a store is checked by --check)");
            return ExitCodes.USAGE;
        }
        if (allowUpdate && credentials.isEmpty()) {
            err.println("archive-lod serve: --allow-update needs credentials: --update-credentials-file FILE or the environment variable "
                    + UpdateCredentials.ENVIRONMENT + " (user:password)");
            return ExitCodes.USAGE;
        }
        if (data == null && endpoint == null) {
            // ./data when here; else the data built into the jar, unless there is a store to serve as it is (a front
            // over a remote store converts nothing: it does not open the jar's data, a second of its start)
            boolean storeHere = !memory && Files.isDirectory(store);
            data = Files.isDirectory(DataFolders.LOCAL.resolve("documents")) || storeHere ? DataFolders.LOCAL : DataFolders.bundled();
            if (!data.equals(DataFolders.LOCAL)) {
                err.println("archive-lod serve: no ./data here: serving the data built into the jar (--data DIR to choose)");
            }
        }
        boolean convert = endpoint == null && Files.isDirectory(data.resolve("documents"));
        if (endpoint == null && !convert && (memory || !Files.isDirectory(store))) {
            err.println("archive-lod serve: " + data.resolve("documents") + ": no such folder, and no store to serve");
            return ExitCodes.USAGE;
        }
        ArchiveStore archive = endpoint != null ? ArchiveStore.remote(endpoint)
                : ArchiveStore.open(memory ? Optional.empty() : Optional.of(store));
        // a TDB2 store keeps its dumps beside its data, recording the release they are of, so a restart need not rewrite them
        boolean keepDumps = archive.directory().isPresent() && !allowUpdate;
        Thread notice = stoppedDuringStartup(err);
        ArchiveServer server;
        Path dumps;
        try {
            // the base: --base; else, for a store served as it is, the one its data was minted with; else the address served at
            Optional<String> given = Optional.ofNullable(base).or(() -> convert ? Optional.empty() : ServedBase.mintedIn(archive.datasetGraph()));
            ServedBase served = ServedBase.settle(given, host, port);
            base = served.base();
            port = served.port();
            err.println("archive-lod serve: " + (convert ? "minting IRIs under " : "serving IRIs under ") + base);
            served.mismatch().ifPresent(warning -> err.println("archive-lod serve: warning: " + warning));
            if (convert && !load(archive, err)) {
                archive.close();
                return ExitCodes.INVALID;
            }
            dumps = keepDumps ? Publication.dumpsOf(archive.directory().get()) : Files.createTempDirectory("archive-lod-dumps");
            dumpFolder = dumps;
            ServeSettings settings = new ServeSettings(base, host, port, allowUpdate, dumps, limits,
                    allowUpdate ? credentials : Optional.empty());
            if (endpoint != null) {
                // a front over a remote store makes and scans nothing at start
                server = ArchiveServer.front(settings, archive, Optional.ofNullable(searchIndex),
                        warning -> err.println("archive-lod serve: warning: " + warning));
            } else {
                // the release's dumps and search index, made by the load (or now, when stale or missing); the server reads them
                Publication.Artifacts made = Publication.publish(archive, dumps, ArchiveServer.filing(archive),
                        name -> step = StartupStep.named(name));
                try {
                    server = ArchiveServer.start(settings, archive, made);
                    err.println("archive-lod serve: " + made.summary());
                } catch (RuntimeException e) {
                    made.close();
                    throw e;
                }
            }
            step = StartupStep.SERVING;
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        } finally {
            forget(notice);
        }
        Runnable stop = () -> {
            err.println("archive-lod serve: stopping");
            err.flush();
            server.close();
            archive.close();
            if (!keepDumps) deleteQuietly(dumps);
        };
        spec.commandLine().getOut().println(server.url());
        spec.commandLine().getOut().flush();
        if (check) {
            boolean passes;
            try {
                List<String> paths = SiteCheck.paths(archive, base);
                passes = new SiteCheck().passes(server.url(), paths, err);
                if (checkFront) passes &= FrontCheck.passes(server.url(), server.site().settings(), paths, err);
            } finally {
                stop.run();
            }
            return passes ? ExitCodes.OK : ExitCodes.INVALID;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "archive-lod-shutdown"));
        server.warmUp();   // the page code compiled before readers ask, on its own thread (a front's too: see WarmUp)
        server.join();
        stopped.await();
        return ExitCodes.OK;
    }

    /** Says, when SIGTERM or Ctrl-C stops the start-up, in which step and what that leaves; every step is crash-safe. */
    private Thread stoppedDuringStartup(PrintWriter err) {
        Thread notice = new Thread(() -> {
            if (step == StartupStep.SERVING) return;
            err.println("archive-lod serve: stopped during " + step.what() + "; " + step.stillHolds());
            err.flush();
        }, "archive-lod-startup-stopped");
        Runtime.getRuntime().addShutdownHook(notice);
        return notice;
    }

    private static void forget(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // the JVM is stopping: the hook has run or is running
        }
    }

    /** The update credentials from the file option, else from the environment. */
    private Optional<UpdateCredentials> credentials() throws IOException {
        if (credentialsFile != null) {
            try {
                return Optional.of(UpdateCredentials.fromFile(credentialsFile));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(credentialsFile + ": " + e.getMessage());
            } catch (IOException e) {
                throw new IOException(credentialsFile + ": cannot read the credentials file", e);
            }
        }
        try {
            return UpdateCredentials.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(UpdateCredentials.ENVIRONMENT + ": " + e.getMessage());
        }
    }

    /**
     * Converts the data folder into the store through the pipeline, each document validated and loaded in turn, in one
     * transaction: only data that conforms replaces the store's content.
     */
    private boolean load(ArchiveStore archive, PrintWriter err) {
        try {
            Path authority = Files.isDirectory(data.resolve("authority")) ? data.resolve("authority") : DataFolders.bundled().resolve("authority");
            Pipeline pipeline = new Pipeline(new ConversionSettings(base, authority).withLicences(licenceOptions.licences()).validating(true),
                    Problems.strict(p -> err.println("archive-lod serve: " + p.severity().word() + ": " + p)));
            Pipeline.Release release = pipeline.publish(data.resolve("documents"), new StoreSink(archive, place()), base,
                    name -> step = StartupStep.named(name));
            err.println("archive-lod serve: converted and validated " + release.conversion().documents() + " document(s), loaded "
                    + release.load().quads() + " quads"
                    + (release.redirects() > 0 ? ", " + release.redirects() + " redirect(s) from earlier IRIs" : ""));
            return true;
        } catch (ConversionException e) {
            err.println("archive-lod serve: " + e.getMessage() + " (the store is unchanged)");
            return false;
        }
    }

    @Override
    public String place() {
        return switch (step) {
            case DUMPS -> dumpFolder.toString();
            case INDEX -> memory || endpoint != null ? "the search index" : Publication.indexOf(store).toString();
            default -> endpoint != null ? endpoint : memory ? "the in-memory store" : store.toString();
        };
    }

    @Override
    public String stillHolds() {
        return step.stillHolds();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it up eventually
        }
    }
}
