package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.archivelod.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, for real: the shaded jar in a child JVM converts, validates and loads a data folder into
 * TDB2 on disk, serves it, stops cleanly on SIGTERM, and serves the same store again on restart.
 */
class ServeCommandIT {
    static final String LETTER = "document/1950-10-05-letter-filippov-stalin-for-mao-zedong";

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Path dataFolder() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("documents"));
        Files.copy(TestFiles.SEED_LETTER, data.resolve("documents").resolve(TestFiles.SEED_LETTER.getFileName()));
        copyTree(TestFiles.AUTHORITY, data.resolve("authority"));
        copyTree(Path.of("data/curation"), data.resolve("curation"));
        return data;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    /** A running server process and what it printed. */
    record Server(Process process, String url, List<String> stderr) {}

    private Server start(String... args) throws Exception {
        List<String> serve = new ArrayList<>(List.of("serve"));
        serve.addAll(List.of(args));
        Process p = new ProcessBuilder(ChildJvm.command(List.of(), serve.toArray(String[]::new))).directory(tmp.toFile()).redirectError(tmp.resolve("stderr.txt").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String url = out.readLine();
        return new Server(p, url, Files.readAllLines(tmp.resolve("stderr.txt")));
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheLetter_stopsOnSigterm_andServesTheSameStoreAfterRestart() throws Exception {
        Path data = dataFolder();
        Path store = tmp.resolve("store");
        int port = freePort();
        Server s = start("--data", data.toString(), "--store", store.toString(), "--port", Integer.toString(port));
        String lastModified;
        try {
            assertEquals("http://localhost:" + port + "/", s.url(), String.join("\n", s.stderr()));
            HttpResponse<String> page = get(s.url() + "page/" + LETTER, "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("As to the arrival of comrades"), "the letter is readable");
            lastModified = get(s.url() + "data/person/zhou-enlai.ttl", "text/turtle").headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<String> home = get(s.url(), "text/html");
            assertTrue(home.body().contains("Letter, Cde. Filippov [Stalin] for Mao Zedong"));
        } finally {
            s.process().destroy();   // SIGTERM
        }
        assertTrue(s.process().waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
        assertTrue(List.of(0, 143).contains(s.process().exitValue()), "clean exit, got " + s.process().exitValue());
        String stderr = Files.readString(tmp.resolve("stderr.txt"));
        assertTrue(stderr.contains("converted and validated 1 document(s)"), stderr);
        assertTrue(!stderr.contains("Exception"), stderr);

        // restart on the existing store, without a documents folder: the same data is served
        Server again = start("--data", tmp.resolve("nothing").toString(), "--store", store.toString(), "--port", Integer.toString(port));
        try {
            HttpResponse<String> turtle = get(again.url() + "data/person/zhou-enlai.ttl", "text/turtle");
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.body().contains("Zhou Enlai"));
            assertEquals(lastModified, turtle.headers().firstValue("Last-Modified").orElseThrow(), "Last-Modified is the release's, not the start's");
        } finally {
            again.process().destroy();
            again.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void badRecord_exit1_storeUnchanged() throws Exception {
        Path data = dataFolder();
        Files.writeString(data.resolve("documents").resolve("zz-bad.txt"), "not a record\n");
        Process p = new ProcessBuilder(ChildJvm.command(List.of(), "serve", "--data", data.toString(),
                "--store", tmp.resolve("store").toString(), "--port", "0")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("zz-bad.txt:1: expected a date line"), out);
        assertTrue(out.contains("the store is unchanged"), out);
    }

    /** From a folder with no data/: the data built into the jar is served, and its IRIs name the port served at. */
    @Test
    void fromAnyDirectory_servesTheBundledData_underTheAddressServedAt() throws Exception {
        int port = freePort();
        Server s = start("--memory", "--port", Integer.toString(port));
        try {
            String base = "http://localhost:" + port + "/";
            assertEquals(base, s.url(), String.join("\n", s.stderr()));
            String stderr = String.join("\n", s.stderr());
            assertTrue(stderr.contains("serving the data built into the jar"), stderr);
            assertTrue(stderr.contains("minting IRIs under " + base), stderr);
            assertTrue(!stderr.contains("warning"), stderr);
            HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<String> see = following.send(HttpRequest.newBuilder(URI.create(base + "id/person/zhou-enlai"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, see.statusCode(), "the 303 is followed to the data");
            assertTrue(see.body().contains("<" + base + "id/person/zhou-enlai>"), "the IRIs are this server's: " + see.body());
        } finally {
            s.process().destroy();
            s.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A --base that is not the address served at is warned about at start. */
    @Test
    void aBaseThatIsNotTheAddressServedAt_isWarnedAbout() throws Exception {
        int port = freePort();
        Server s = start("--memory", "--port", Integer.toString(port), "--base", "http://localhost:3030/");
        try {
            String stderr = String.join("\n", s.stderr());
            assertTrue(stderr.contains("warning: IRIs are minted under http://localhost:3030/ but this server listens at http://localhost:"
                    + port + "/"), stderr);
        } finally {
            s.process().destroy();
            s.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** convert and validate from a folder with no data/: the authority and curation files come from the jar. */
    @Test
    void convertAndValidate_fromAnyDirectory() throws Exception {
        Path out = tmp.resolve("letter.ttl");
        Process convert = new ProcessBuilder(ChildJvm.command(List.of(), "convert",
                TestFiles.SEED_LETTER.toAbsolutePath().toString(), "-o", out.toString()))
                .directory(tmp.toFile()).redirectErrorStream(true).start();
        String said = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, convert.exitValue(), said);
        assertTrue(Files.readString(out).contains("Zhou Enlai"));
        Process validate = new ProcessBuilder(ChildJvm.command(List.of(), "validate", out.toString()))
                .directory(tmp.toFile()).redirectErrorStream(true).start();
        String report = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(validate.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, validate.exitValue(), report);
    }

    /**
     * A corrected title changes the IRI of a record without a record identifier: on the next start the old IRIs (the
     * document's, its parts', its annotations') answer 301 to the new ones, in the store, across restarts.
     */
    @Test
    void aCorrectedTitle_leavesTheOldIrisAnswering301() throws Exception {
        Path data = dataFolder();
        Path store = tmp.resolve("store");
        int port = freePort();
        String base = "http://localhost:" + port + "/";
        Server first = start("--data", data.toString(), "--store", store.toString(), "--port", Integer.toString(port));
        String annotation;
        try {
            String nt = get(base + "data/" + LETTER + ".nt", "application/n-triples").body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(" + base + "id/annotation/[^>]+)>").matcher(nt);
            assertTrue(m.find(), nt);
            annotation = m.group(1);
        } finally {
            first.process().destroy();
            first.process().waitFor(30, TimeUnit.SECONDS);
        }
        Path letter = data.resolve("documents").resolve(TestFiles.SEED_LETTER.getFileName());
        Files.writeString(letter, Files.readString(letter).replace("Letter, Cde. Filippov [Stalin] for Mao Zedong",
                "Letter, Cde. Filippov [Stalin] to Mao Zedong"));
        Server second = start("--data", data.toString(), "--store", store.toString(), "--port", Integer.toString(port));
        try {
            String renamed = "document/1950-10-05-letter-filippov-stalin-to-mao-zedong";
            HttpResponse<String> id = get(base + "id/" + LETTER, "text/turtle");
            assertEquals(301, id.statusCode());
            assertEquals(base + "id/" + renamed, id.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> page = get(base + "page/" + LETTER, "text/html");
            assertEquals(301, page.statusCode());
            assertEquals(base + "page/" + renamed, page.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> oldAnnotation = get(annotation, "text/turtle");
            assertEquals(301, oldAnnotation.statusCode(), annotation);
            String moved = oldAnnotation.headers().firstValue("Location").orElseThrow();
            assertTrue(moved.startsWith(base + "id/annotation/1950-10-05-letter-filippov-stalin-to-mao-zedong/"), moved);
            HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            assertEquals(200, following.send(HttpRequest.newBuilder(URI.create(moved)).header("Accept", "text/turtle").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "the new annotation IRI is served");
            assertTrue(String.join("\n", second.stderr()).contains("redirect(s) from earlier IRIs"), String.join("\n", second.stderr()));
        } finally {
            second.process().destroy();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
