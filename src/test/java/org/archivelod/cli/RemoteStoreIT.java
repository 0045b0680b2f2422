package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.archivelod.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributed option, for real: a standalone Fuseki server (the jena-fuseki-server jar Maven copied into target/)
 * runs as its own process; {@code load --endpoint} puts the converted letter into it over the Graph Store Protocol,
 * and {@code serve --endpoint} publishes it as linked data, describing entities by querying that server.
 */
class RemoteStoreIT {
    static final Path FUSEKI = Path.of(System.getProperty("fuseki.jar", "target/fuseki/jena-fuseki-server.jar"));

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Process fuseki(int port) throws Exception {
        Path base = tmp.resolve("fuseki");
        Files.createDirectories(base.resolve("tdb"));   // Fuseki's --loc wants the folder to exist
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-jar", FUSEKI.toAbsolutePath().toString(),
                // TDB2 with the union of the named graphs as default graph, which a front's queries need (README)
                "--tdb2", "--loc=" + base.resolve("tdb"), "--set", "tdb:unionDefaultGraph=true", "--update", "--localhost",
                "--port", Integer.toString(port), "/ds")
                .directory(base.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("fuseki.log").toFile());
        pb.environment().put("FUSEKI_BASE", base.toString());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (get("http://localhost:" + port + "/$/ping", "*/*").statusCode() == 200) return p;
            } catch (java.io.IOException notYet) {
                Thread.sleep(200);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("Fuseki did not start: " + Files.readString(tmp.resolve("fuseki.log")));
    }

    private int run(String... args) throws Exception {
        Process p = new ProcessBuilder(ChildJvm.command(List.of(), args)).redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", args));
        return p.exitValue();
    }

    @Test
    void letterLoadedIntoAStandaloneFuseki_isDereferencedThroughOurFront() throws Exception {
        assertTrue(Files.isRegularFile(FUSEKI), "the pom copies the Fuseki server jar to " + FUSEKI);
        int fusekiPort = ServeCommandIT.freePort();
        Process fuseki = fuseki(fusekiPort);
        Process front = null;
        try {
            String endpoint = "http://localhost:" + fusekiPort + "/ds";
            // the front mints and serves under the address it listens at, so the letter is converted under that base
            int port = ServeCommandIT.freePort();
            Path letter = tmp.resolve("letter.trig");
            assertEquals(0, run("convert", TestFiles.SEED_LETTER.toString(), "-o", letter.toString(), "--base",
                    "http://localhost:" + port + "/"), Files.readString(tmp.resolve("run.log")));
            assertEquals(0, run("load", letter.toString(), "--endpoint", endpoint), Files.readString(tmp.resolve("run.log")));
            assertTrue(Files.readString(tmp.resolve("run.log")).contains("3 graphs sent"), Files.readString(tmp.resolve("run.log")));
            // the load described its release in the store, for the fronts
            HttpResponse<String> release = get(endpoint + "?query=" + java.net.URLEncoder.encode("ASK { GRAPH <"
                    + org.archivelod.uri.UriScheme.at("http://localhost:" + port + "/").releaseGraph() + "> { ?r <http://purl.org/dc/terms/identifier> ?id } }",
                    StandardCharsets.UTF_8), "application/sparql-results+json");
            assertTrue(release.body().contains("true"), release.body());

            front = new ProcessBuilder(ChildJvm.command(List.of(), "serve", "--endpoint", endpoint,
                    "--port", Integer.toString(port))).directory(tmp.toFile()).redirectError(tmp.resolve("front.log").toFile()).start();
            String url = new BufferedReader(new InputStreamReader(front.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("http://localhost:" + port + "/", url, Files.readString(tmp.resolve("front.log")));

            HttpResponse<String> turtle = get(url + "data/person/stalin.ttl", "text/turtle");
            assertEquals(200, turtle.statusCode(), turtle.body());
            assertTrue(turtle.body().contains("Filippov") && turtle.body().contains("Joseph Stalin"), turtle.body());
            HttpResponse<String> redirect = get(url + "id/person/zhou-enlai", "text/html");
            assertEquals(303, redirect.statusCode());
            HttpResponse<String> page = get(url + "page/person/zhou-enlai", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Zhou Enlai") && page.body().contains("Letter, Cde. Filippov [Stalin] for Mao Zedong"),
                    "the page links back to the letter that names him");
            assertEquals(404, get(url + "data/person/nobody.ttl", "text/turtle").statusCode());
        } finally {
            if (front != null) {
                front.destroy();
                front.waitFor(30, TimeUnit.SECONDS);
            }
            fuseki.destroy();
            fuseki.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
