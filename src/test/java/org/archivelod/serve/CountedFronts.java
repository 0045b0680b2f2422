package org.archivelod.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.archivelod.pipeline.Publication;
import org.archivelod.serve.guard.BodyRequest;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.archivelod.store.RemoteStoreLoader;

/**
 * One TDB2 store holding what a source holds (a store, or a conversion: loaded as {@code load --endpoint} does),
 * served twice: by a standalone-like Fuseki (union default graph) that counts the requests it gets, with fronts over
 * it, and embedded ({@code serve --store}), so that a test sees what a front asks the store for a page and compares
 * its bytes.
 */
final class CountedFronts implements AutoCloseable {
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong answered = new AtomicLong();
    /** The queries the store refuses (503), as a store too slow for a front's timeout fails them; none at first. */
    private volatile java.util.function.Predicate<String> refused = query -> false;
    private final List<String> queries = Collections.synchronizedList(new ArrayList<>());
    private final List<ArchiveServer> fronts = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Path tmp;
    private final ArchiveStore local;
    private final FusekiServer fuseki;
    private final String endpoint;
    private final ArchiveServer embedded;

    /** {@code source}'s quads loaded into the store, as {@code load --endpoint} would load them. */
    CountedFronts(Path tmp, ArchiveStore source) throws Exception {
        this(tmp, sink -> StreamRDFOps.sendDatasetToStream(source.datasetGraph(), sink));
    }

    /** The quads {@code source} sends (a conversion, say) loaded into the store, as {@code load --endpoint} loads them. */
    <E extends Exception> CountedFronts(Path tmp, DatasetLoader.QuadSource<E> source) throws Exception {
        this.tmp = tmp;
        local = ArchiveStore.open(tmp.resolve("tdb"));
        DatasetGraph tdb = local.datasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Filter counting = (request, response, chain) -> {
            requests.incrementAndGet();
            String query = request.getParameter("query");
            ServletRequest passed = request;
            if (query == null && String.valueOf(request.getContentType()).startsWith("application/sparql-query")) {
                // a long query comes as the request's body: read it for the log, and handed on to be read again
                byte[] body = request.getInputStream().readAllBytes();
                query = new String(body, StandardCharsets.UTF_8);
                passed = new BodyRequest((HttpServletRequest) request, body);
            }
            queries.add(String.valueOf(query).replaceAll("\\s+", " "));
            if (query != null && refused.test(query)) {
                ((jakarta.servlet.http.HttpServletResponse) response).sendError(503, "refused by the test");
                return;
            }
            chain.doFilter(passed, new CountedResponse((jakarta.servlet.http.HttpServletResponse) response, answered));
        };
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", tdb, true).addFilter("/*", counting).build().start();
        endpoint = "http://localhost:" + fuseki.getHttpPort() + "/ds";
        new RemoteStoreLoader(endpoint).load(source);
        Path dumps = Files.createTempDirectory(tmp, "dumps");
        Publication.Artifacts made = Publication.publish(local, dumps, ArchiveServer.filing(local), step -> {});
        embedded = ArchiveServer.start(settings(dumps), local, made);
    }

    private static ServeSettings settings(Path dumps) {
        return new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, false, dumps);
    }

    /** A new front over the store: nothing read yet, nothing cached. */
    ArchiveServer front() throws Exception {
        ArchiveServer front = ArchiveServer.front(settings(Files.createTempDirectory(tmp, "unused")), ArchiveStore.remote(endpoint), w -> {});
        fronts.add(front);
        return front;
    }

    /** From now on the store answers 503 to the queries {@code which} accepts. */
    void refuse(java.util.function.Predicate<String> which) {
        refused = which;
    }

    ArchiveServer embedded() {
        return embedded;
    }

    HttpResponse<byte[]> get(ArchiveServer server, String path, String accept) throws Exception {
        return StatelessFrontsTest.get(http, server, path, accept);
    }

    /** The store requests behind the first view of {@code path} (which must answer 200) on a new front. */
    int requestsBehind(String path, String accept) throws Exception {
        return requestsBehind(front(), path, accept);
    }

    /** The store requests behind a view of {@code path} (which must answer 200) on {@code front}. */
    int requestsBehind(ArchiveServer front, String path, String accept) throws Exception {
        HttpResponse<byte[]> answer = viewed(front, path, accept);
        if (answer.statusCode() != 200) throw new AssertionError(path + " answered " + answer.statusCode());
        return requests.get();
    }

    /** A view of {@code path} on {@code front}, the store's requests counted from its start ({@link #rowsAnswered}). */
    HttpResponse<byte[]> viewed(ArchiveServer front, String path, String accept) throws Exception {
        requests.set(0);
        answered.set(0);
        queries.clear();
        return get(front, path, accept);
    }

    /**
     * The rows the store answered to the queries behind the last view (an ASK's answer is a row): each asked again of
     * the same store, as it answered the front.
     */
    long rowsAnswered() {
        DatasetGraph tdb = local.datasetGraph();
        return Txn.calculateRead(tdb, () -> List.copyOf(queries).stream().filter(query -> !query.equals("null")).mapToLong(query -> {
            try (QueryExec exec = QueryExec.dataset(tdb).query(query).build()) {
                return exec.getQuery().isAskType() ? 1 : Iter.count(exec.select());
            }
        }).sum());
    }

    /** The bytes of the store's answers behind the last {@link #requestsBehind}. */
    long bytesBehind() {
        return answered.get();
    }

    /** The queries behind the last {@link #requestsBehind}, one a line. */
    String queries() {
        return String.join("\n", queries);
    }

    @Override
    public void close() {
        fronts.forEach(ArchiveServer::close);
        if (embedded != null) embedded.close();
        if (fuseki != null) fuseki.stop();
        if (local != null) local.close();
    }
}
