package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.archivelod.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while requests are running: the shaded jar's server lets them finish and exits cleanly (no exception in its
 * output; requests arriving while it stops get 503), the TDB2
 * store is intact, and a restart serves the same data, byte for byte.
 */
class ShutdownIT {
    static final List<String> PATHS = List.of("data/person/zhou-enlai.nt", "data/" + ServeCommandIT.LETTER + ".nt",
            "sparql?query=" + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process start(Path data, Path store, int port) throws Exception {
        return new ProcessBuilder(ChildJvm.command(List.of(), "serve", "--data", data.toString(),
                "--store", store.toString(), "--port", Integer.toString(port)))
                .redirectError(tmp.resolve("stderr-" + System.nanoTime() + ".txt").toFile()).start();
    }

    private static String awaitUrl(Process p) throws Exception {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    private List<String> answers(String url) throws Exception {
        List<String> out = new ArrayList<>();
        for (String path : PATHS) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path);
            out.add(r.body());
        }
        return out;
    }

    @Test
    void sigtermDuringRequests_exitsCleanly_andTheRestartServesTheSameData() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("documents"));
        Files.copy(TestFiles.SEED_LETTER, data.resolve("documents").resolve(TestFiles.SEED_LETTER.getFileName()));
        for (String folder : List.of("authority", "curation")) {
            Files.createDirectories(data.resolve(folder));
            try (var files = Files.list(Path.of("data", folder))) {
                for (Path f : files.toList()) Files.copy(f, data.resolve(folder).resolve(f.getFileName()));
            }
        }
        Path store = tmp.resolve("store");
        int port = ServeCommandIT.freePort();
        Process server = start(data, store, port);
        String url = awaitUrl(server);
        assertEquals("http://localhost:" + port + "/", url);
        List<String> before = answers(url);

        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int c = 0; c < 6; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(url + PATHS.get((i + client) % PATHS.size())))
                                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        outcomes.merge(Integer.toString(status), 1, Integer::sum);
                    } catch (Exception e) {
                        outcomes.merge("connection closed", 1, Integer::sum);
                        if (!server.isAlive()) return;
                    }
                }
            });
        }
        Thread.sleep(1500);
        server.destroy();                                       // SIGTERM while the clients are busy
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        int exit = server.exitValue();
        System.out.println("ShutdownIT: SIGTERM during requests, exit " + exit + ", answers " + outcomes);
        assertTrue(List.of(0, 143).contains(exit), "clean exit, got " + exit);
        // requests in progress finish; new ones while stopping get 503 (then the port closes)
        assertFalse(outcomes.keySet().stream().anyMatch(k -> k.startsWith("5") && !k.equals("503")), "no 5xx but 503 while stopping: " + outcomes);
        try (var logs = Files.list(tmp)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("stderr-")).toList()) {
                String text = Files.readString(log);
                assertFalse(text.contains("Exception"), text);
            }
        }

        // restart on the same store, without converting: the same answers
        Process again = start(tmp.resolve("no-data"), store, port);
        try {
            assertEquals(before, answers(awaitUrl(again)), "the restarted server serves the same data");
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
