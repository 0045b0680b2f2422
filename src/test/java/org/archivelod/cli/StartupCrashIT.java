package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.archivelod.dump.DumpWriter;
import org.archivelod.store.HaltPoints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code serve} killed at each step of its start-up, for real: the shaded jar in a child JVM halts itself
 * ({@link HaltPoints}: {@code Runtime.halt}, as after SIGKILL) half-way through the conversion, before validation,
 * half-way through the load, between two dumps, or with the search index built and not committed, on a store that
 * holds an earlier release. The store then holds exactly the earlier release (killed before the load committed) or
 * the new one (after), byte for byte by its dumps' checksums; the next start serves it, with every dump written
 * whole and the search index rebuilt. SIGTERM during the conversion or the load ends the start-up with a line saying so,
 * the store unchanged.
 */
class StartupCrashIT {
    private static final Set<String> AFTER_THE_LOAD = Set.of("dumps", "index");

    @TempDir
    static Path shared;
    static Path data;
    static Path earlierStore;
    static String earlier;
    static String release;

    @TempDir
    Path tmp;

    @BeforeAll
    static void releases() throws Exception {
        data = Releases.dataFolder(shared.resolve("data"));
        earlierStore = shared.resolve("earlier");
        Releases.load(earlierStore, Releases.OLD_BASE);
        earlier = Releases.sums(earlierStore, shared);
        // the release a start that is not killed makes of the same store (serve may carry things over from the earlier one)
        Path clean = shared.resolve("clean");
        copy(earlierStore, clean);
        try (ChildJvm.Server server = ChildJvm.serve(shared, "--data", data.toString(), "--store", clean.toString(), "--port", "0",
                "--base", Releases.NEW_BASE)) {
            release = get(server.url() + "dumps/" + DumpWriter.SUMS).body();
        }
        assertEquals(release, Releases.sums(clean, shared));
    }

    @ParameterizedTest(name = "halted at {0}")
    @ValueSource(strings = {"convert", "validate", "load", "dumps", "index"})
    void killedAtAStep_storeHoldsACompleteRelease_nextStartServesIt(String step) throws Exception {
        Path store = tmp.resolve("store");
        copy(earlierStore, store);
        ChildJvm.Run halted = ChildJvm.run(List.of("-D" + HaltPoints.PROPERTY + "=" + step), null, tmp,
                "serve", "--data", data.toString(), "--store", store.toString(), "--port", "0",
                "--base", Releases.NEW_BASE);
        assertEquals(HaltPoints.EXIT, halted.exit(), String.join("\n", halted.err()));
        assertTrue(halted.err().contains("archive-lod: halted at " + step + " (" + HaltPoints.PROPERTY + ")"),
                String.join("\n", halted.err()));
        String expected = AFTER_THE_LOAD.contains(step) ? release : earlier;
        assertEquals(expected, Releases.sums(store, tmp), "the store holds a whole release, byte for byte");

        long start = System.nanoTime();
        try (ChildJvm.Server again = ChildJvm.serve(tmp, "--data", tmp.resolve("no-data").toString(), "--store", store.toString(),
                "--port", "0", "--base", Releases.NEW_BASE)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(expected, get(again.url() + "dumps/" + DumpWriter.SUMS).body(), "the dumps are those of the release");
            assertTrue(Releases.consistent(store.resolve("dumps")), "every dump whole, nothing half-written left");
            HttpResponse<String> search = get(again.url() + "search?q=Mao&format=json");
            assertEquals(200, search.statusCode());
            assertTrue(search.body().contains("1950-10-05-letter-filippov-stalin-for-mao-zedong"), search.body());
            System.out.printf("StartupCrashIT: halted at %s after %.1f s (exit %d); store: %s release; restarted in %.1f s,"
                    + " dumps and index rebuilt%n", step, halted.seconds(), halted.exit(),
                    expected.equals(release) ? "the new" : "the earlier", seconds);
        }
    }

    @ParameterizedTest(name = "SIGTERM during {0}")
    @ValueSource(strings = {"convert", "load"})
    void sigtermDuringAStep_saysSo_storeHoldsTheEarlierRelease(String step) throws Exception {
        Path store = tmp.resolve("store");
        copy(earlierStore, store);
        ChildJvm.Run stopped = ChildJvm.run(List.of("-D" + HaltPoints.PROPERTY + "=" + step, "-D" + HaltPoints.SIGNAL + "=SIGTERM"),
                null, tmp, "serve", "--data", data.toString(), "--store", store.toString(), "--port", "0",
                "--base", Releases.NEW_BASE);
        assertEquals(143, stopped.exit(), String.join("\n", stopped.err()));
        String what = step.equals("load") ? "the load" : "the conversion";
        List<String> said = stopped.messages();
        assertEquals(List.of("archive-lod: SIGTERM at " + step + " (" + HaltPoints.PROPERTY + ")",
                "archive-lod serve: stopped during " + what + "; the store is unchanged"), said.subList(said.size() - 2, said.size()));
        assertEquals(earlier, Releases.sums(store, tmp), "the store holds the earlier release, byte for byte");
        System.out.printf("StartupCrashIT: SIGTERM during %s, exit %d after %.1f s; store: the earlier release%n",
                what, stopped.exit(), stopped.seconds());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target); else Files.copy(f, target);
            }
        }
    }
}
