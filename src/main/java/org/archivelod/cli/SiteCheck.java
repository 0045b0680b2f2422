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
import java.util.List;

/**
 * {@code serve --check}: asks a server that has just started for the site's main pages and its SPARQL endpoint, once
 * each, and tells each answer's status and time: a deployment's smoke test (a front over its store, a store after a
 * load), and the run a build makes the JVM's class-data archive from (the classes a start and its first answers load).
 */
final class SiteCheck {
    /** The paths asked, under the server's URL: what a first visitor and a first SPARQL client ask. */
    static final List<String> PATHS = List.of("", "timeline", "network", "search?q=letter",
            "sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Asks each of {@link #PATHS} under {@code url}, telling each on {@code err}; true if every one answered 200. */
    boolean passes(String url, PrintWriter err) throws InterruptedException {
        boolean ok = true;
        for (String path : PATHS) {
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
            err.printf("archive-lod serve: check: %s %s (%d ms)%n", outcome, "/" + path, (System.nanoTime() - start) / 1_000_000);
        }
        err.flush();
        return ok;
    }
}
