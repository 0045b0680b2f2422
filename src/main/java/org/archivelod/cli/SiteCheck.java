package org.archivelod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.RDFNode;
import org.archivelod.serve.site.SiteQueries;
import org.archivelod.store.ArchiveStore;
import org.archivelod.uri.UriScheme;

/**
 * {@code serve --check}: asks a server that has just started for the site's main pages, a document's description and
 * its SPARQL endpoint, once each, and tells each answer's status and time: a deployment's smoke test (a front over its
 * store, a store after a load), and the run a build makes the JVM's class-data archive from (the classes a start and its
 * first answers load).
 *
 * <pre>{@code
 * boolean ok = new SiteCheck("check").passes(server.url(), SiteCheck.paths(store, base), err);
 * }</pre>
 */
final class SiteCheck {
    /** The paths asked, under the server's URL: what a first visitor and a first SPARQL client ask. */
    static final List<String> PATHS = List.of("", "timeline", "network", "search?q=letter",
            "sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String what;

    /** A check telling its answers as {@code archive-lod serve: check: 200 /timeline (380 ms)}. */
    SiteCheck() {
        this("check");
    }

    /** A check telling its answers as {@code archive-lod serve: WHAT: 200 /timeline (380 ms)}. */
    SiteCheck(String what) {
        this.what = what;
    }

    /**
     * {@link #PATHS} and, after the home page, the Turtle description of a document of {@code store} (any one, read with
     * {@code queries/site/a-document.rq}), for a store minted under {@code base}; {@link #PATHS} alone for a store
     * without documents.
     */
    static List<String> paths(ArchiveStore store, String base) {
        List<String> paths = new ArrayList<>(PATHS);
        document(store, base).ifPresent(slug -> paths.add(1, "data/document/" + slug + ".ttl"));
        return paths;
    }

    private static Optional<String> document(ArchiveStore store, String base) {
        return SiteQueries.shared().select("a-document", store.queryView()).stream()
                .map(row -> row.get("document")).filter(RDFNode::isURIResource)
                .flatMap(document -> UriScheme.at(base).documentSlug(document.asResource().getURI()).stream())
                .findFirst();
    }

    /** Asks each of {@link #PATHS} under {@code url}, telling each on {@code err}; true if every one answered 200. */
    boolean passes(String url, PrintWriter err) throws InterruptedException {
        return passes(url, PATHS, err);
    }

    /** Asks each of {@code paths} under {@code url}, telling each on {@code err}; true if every one answered 200. */
    boolean passes(String url, List<String> paths, PrintWriter err) throws InterruptedException {
        boolean ok = true;
        for (String path : paths) {
            long start = System.nanoTime();
            String outcome;
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.discarding());
                ok &= answer.statusCode() == 200;
                outcome = String.valueOf(answer.statusCode());
            } catch (IOException e) {
                ok = false;
                outcome = "no answer (" + e.getMessage() + ")";
            }
            err.printf("archive-lod serve: %s: %s %s (%d ms)%n", what, outcome, "/" + path, (System.nanoTime() - start) / 1_000_000);
        }
        err.flush();
        return ok;
    }
}
