package org.archivelod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.archivelod.serve.ArchiveServer;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.store.ArchiveStore;

/**
 * {@code serve --check --check-front}: after the check of a server over a local store, starts a front in the same
 * process ({@code serve --endpoint} over that server's own {@code /sparql}, on a port of its own, loopback only) and asks
 * it the same paths: that the store serves a front, and, in the run the build makes the class-data archive from, that
 * the archive holds the classes a front loads (its reads of the remote store, the SPARQL results it parses) beside those
 * of the embedded server, so that fronts start from mapped classes too.
 *
 * <pre>{@code
 * boolean ok = FrontCheck.passes(server.url(), settings, paths, err);
 * }</pre>
 */
final class FrontCheck {
    private FrontCheck() {}

    /**
     * Starts a front over the SPARQL endpoint of the server at {@code url} (served with {@code served}: its base and
     * limits), asks it each of {@code paths}, telling each on {@code err} as {@code check front}, and stops it; true if
     * every one answered 200.
     */
    static boolean passes(String url, ServeSettings served, List<String> paths, PrintWriter err) throws IOException, InterruptedException {
        Path dumps = Files.createTempDirectory("archive-lod-front-check");
        ServeSettings front = new ServeSettings(served.base(), ServeSettings.LOOPBACK, 0, false, dumps, served.limits(), Optional.empty());
        ArchiveStore store = ArchiveStore.remote(url + "sparql");
        try (ArchiveServer server = ArchiveServer.front(front, store, warning -> err.println("archive-lod serve: check front: warning: " + warning))) {
            return new SiteCheck("check front").passes(server.url(), paths, err);
        } finally {
            store.close();
            Files.deleteIfExists(dumps);
        }
    }
}
