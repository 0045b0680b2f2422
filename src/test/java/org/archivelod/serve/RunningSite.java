package org.archivelod.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.pipeline.Publication;
import org.archivelod.serve.http.RequestLimits;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.serve.http.ServedBase;
import org.archivelod.serve.http.UpdateCredentials;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;

/** The fixture served by a real server on a free port, with an HTTP client that does not follow redirects. */
final class RunningSite implements AutoCloseable {
    final ArchiveStore store;
    final ArchiveServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Path dumps;
    /** Whether closing the site closes its store and deletes its dumps: not those of another site ({@link #alsoServe}). */
    private final boolean ownsStore;

    private RunningSite(ArchiveStore store, ArchiveServer server, Path dumps, boolean ownsStore) {
        this.store = store;
        this.server = server;
        this.dumps = dumps;
        this.ownsStore = ownsStore;
    }

    static RunningSite start(boolean allowUpdate) throws IOException {
        ArchiveStore store = ArchiveStore.inMemory();
        new DatasetLoader(store).load(ServeFixtures.archive());
        return serve(store, allowUpdate);
    }

    /** The project's data/ folder converted by the real pipeline, served read-only. */
    static RunningSite startOnProjectData() throws Exception {
        ArchiveStore store = ArchiveStore.inMemory();
        Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, Path.of("data/authority")));
        new DatasetLoader(store).load(sink -> conversion.run(List.of(Path.of("data/documents")), sink));
        return serve(store, false);
    }

    /**
     * The project's data/ folder converted with the base the server is reached at ({@code http://localhost:PORT/}, as
     * {@code serve} does without {@code --base}), so that a linked-data client can follow every IRI to this server.
     */
    static RunningSite startOnProjectDataAtItsAddress() throws Exception {
        ServedBase served = ServedBase.settle(java.util.Optional.empty(), ServeSettings.LOOPBACK, 0);
        ArchiveStore store = ArchiveStore.inMemory();
        Conversion conversion = new Conversion(new ConversionSettings(served.base(), Path.of("data/authority")));
        new DatasetLoader(store).load(sink -> conversion.run(List.of(Path.of("data/documents")), sink));
        Path dumps = Files.createTempDirectory("archive-lod-dumps");
        return serve(store, new ServeSettings(served.base(), ServeSettings.LOOPBACK, served.port(), false, dumps), dumps);
    }

    /** The base IRI the site mints and serves under. */
    String base() {
        return server.site().settings().base();
    }

    /**
     * The project's letter and the site fixtures (src/test/resources/fixtures/site/documents: short records we wrote
     * in the archive's layout, one naming "Chou En-lai") converted by the real pipeline, served read-only.
     */
    static RunningSite startOnSiteFixtures() throws Exception {
        return serve(SiteFixtures.store(), false);
    }

    static RunningSite serve(ArchiveStore store, boolean allowUpdate) throws IOException {
        Path dumps = Files.createTempDirectory("archive-lod-dumps");
        return serve(store, settings(allowUpdate, dumps), dumps, true);
    }

    /**
     * A second read-only server over {@code first}'s store and dump folder, as two servers over one store are: it
     * finds the release's dumps written and reads them. Closing it stops only this server.
     */
    static RunningSite alsoServe(RunningSite first) throws IOException {
        return serve(first.store, settings(false, first.dumps), first.dumps, false);
    }

    private static ServeSettings settings(boolean allowUpdate, Path dumps) {
        return new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, allowUpdate, dumps,
                RequestLimits.defaults(), allowUpdate ? java.util.Optional.of(UPDATER) : java.util.Optional.empty());
    }

    /** The user allowed to write when a test starts the site with updates allowed. */
    static final UpdateCredentials UPDATER = new UpdateCredentials("curator", "a long test password");

    /** Serves {@code store} with {@code settings} whose dump folder is {@code dumps}. */
    static RunningSite serve(ArchiveStore store, ServeSettings settings, Path dumps) throws IOException {
        return serve(store, settings, dumps, true);
    }

    private static RunningSite serve(ArchiveStore store, ServeSettings settings, Path dumps, boolean ownsStore) throws IOException {
        Publication.Artifacts made = Publication.publish(store, dumps, ArchiveServer.filing(store), step -> {});
        return new RunningSite(store, ArchiveServer.start(settings, store, made), dumps, ownsStore);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a GET of {@code path}, asserting it answered 200. */
    String ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        org.junit.jupiter.api.Assertions.assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends on a connection of its own: the server may close a connection after refusing a request body. */
    HttpResponse<String> sendAlone(HttpRequest request) throws IOException, InterruptedException {
        HttpClient alone = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return alone.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (!ownsStore) {
            return;
        }
        store.close();
        try (var files = Files.list(dumps)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dumps);
    }
}
