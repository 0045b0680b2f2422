package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.archivelod.io.Checksums;
import org.archivelod.serve.http.WarmUp;
import org.junit.jupiter.api.Test;

/**
 * The warm-up {@code serve} runs after it listens renders each kind of page on the release's own data, as the server
 * would answer it, byte for byte, so that what the JVM compiles is the code a reader's first view runs.
 */
class WarmUpTest {
    @Test
    void warmUp_rendersEachKindOfPage_asTheServerAnswersIt() throws Exception {
        try (RunningSite site = RunningSite.startOnSiteFixtures()) {
            List<WarmUp.Warmed> warmed = site.server.warmUp().awaitDone(Duration.ofMinutes(2));
            assertEquals(List.of("/", "/timeline", "/network", "/page/document/document", "/page/person/person", "/search"),
                    warmed.stream().map(w -> kind(w.path())).toList(), warmed.toString());
            for (WarmUp.Warmed w : warmed) {
                assertFalse(w.sha256().isEmpty(), w.path() + " rendered");
                HttpResponse<byte[]> served = site.getBytes(w.path());
                assertEquals(200, served.statusCode(), w.path());
                assertEquals(Checksums.sha256(served.body()), w.sha256(), w.path() + ": the bytes the server answers");
            }
            assertTrue(warmed.stream().anyMatch(w -> w.path().startsWith("/search?q=") && w.path().length() > 10), "a name searched");
        }
    }

    /** "/", "/timeline", "/network", "/page/document/document", "/page/person/person" or "/search". */
    private static String kind(String path) {
        String bare = path.split("[?]")[0];
        if (bare.startsWith("/page/")) {
            String kind = bare.split("/")[2];
            return "/page/" + kind + "/" + kind;
        }
        return bare;
    }
}
