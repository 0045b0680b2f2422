package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import org.archivelod.TestFiles;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.serve.http.RequestLimits;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.junit.jupiter.api.Test;

/**
 * A bounded load run on loopback (a fixed number of requests from a Java client), mixing pages, data, redirects and
 * SPARQL: at the sustained rate no request fails and none gets a 5xx (p99 latency is printed, not asserted); past it,
 * with few request slots, the server answers 503 rather than failing, and serves normally again afterwards.
 */
class ServerLoadTest {
    static final int CLIENTS = 8;
    static final int REQUESTS = 2_400;
    static final String LETTER = "document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
    static final List<String> MIX = List.of("/", "/page/" + LETTER, "/page/person/zhou-enlai", "/data/person/zhou-enlai.ttl",
            "/data/" + LETTER + ".jsonld", "/id/person/stalin", "/void", "/queries/people-in-the-letter",
            "/sparql?query=" + SparqlProtocolTest.encode("SELECT ?p ?l { ?p a <http://www.cidoc-crm.org/cidoc-crm/E21_Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"),
            "/sparql?query=" + SparqlProtocolTest.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
    static final String EXPENSIVE = "/sparql?query=" + SparqlProtocolTest.encode(
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");

    /** What a run saw. */
    record Run(int requests, Map<Integer, Integer> statuses, int errors, List<Long> nanos, double seconds) {
        long percentile(double p) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
        }

        int count(int from, int to) {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() < to).mapToInt(Map.Entry::getValue).sum();
        }

        String summary() {
            return String.format("%d requests in %.1f s (%.0f/s): statuses %s, %d client errors, p50 %.1f ms, p99 %.1f ms",
                    requests, seconds, requests / seconds, statuses, errors, percentile(0.50) / 1e6, percentile(0.99) / 1e6);
        }
    }

    static RunningSite site(RequestLimits limits) throws Exception {
        ArchiveStore store = ArchiveStore.inMemory();
        Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, TestFiles.AUTHORITY));
        new DatasetLoader(store).load(sink -> conversion.run(List.of(TestFiles.DOCUMENTS), sink));
        Path dumps = Files.createTempDirectory("archive-lod-dumps");
        return RunningSite.serve(store, new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, false, dumps).withLimits(limits), dumps);
    }

    /** {@code requests} requests from {@code clients} threads, the i-th for path {@code paths.apply(i)}. */
    static Run run(RunningSite site, int clients, int requests, IntFunction<String> paths) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        LongAdder errors = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    HttpRequest request = HttpRequest.newBuilder(site.uri(paths.apply(i))).timeout(Duration.ofSeconds(30))
                            .header("Accept", "text/html,text/turtle;q=0.9,*/*;q=0.8").build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        nanos.add(System.nanoTime() - t);
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                    } catch (Exception e) {
                        errors.increment();
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the run ends");
        return new Run(requests, new java.util.TreeMap<>(statuses), errors.intValue(), nanos, (System.nanoTime() - start) / 1e9);
    }

    @Test
    void sustainedMixedLoad_noErrorsNo5xx() throws Exception {
        try (RunningSite site = site(RequestLimits.defaults())) {
            run(site, CLIENTS, 200, i -> MIX.get(i % MIX.size()));          // warm up
            Run run = run(site, CLIENTS, REQUESTS, i -> MIX.get(i % MIX.size()));
            System.out.println("ServerLoadTest sustained: " + run.summary());
            assertEquals(0, run.errors(), run.summary());
            assertEquals(0, run.count(500, 600), run.summary());
            assertEquals(REQUESTS, run.count(200, 400), run.summary());
        }
    }

    @Test
    void overload_gets503s_notCrashes_andTheServerRecovers() throws Exception {
        RequestLimits tight = RequestLimits.defaults().withQueryTimeout(Duration.ofSeconds(2)).withConcurrency(12, 2, Duration.ofMillis(100));
        try (RunningSite site = site(tight)) {
            Runtime rt = Runtime.getRuntime();
            Run flood = run(site, 48, 960, i -> i % 4 == 0 ? EXPENSIVE : MIX.get(i % MIX.size()));
            System.out.println("ServerLoadTest overload (2 request slots, 48 clients): " + flood.summary()
                    + String.format(", heap used %d MB of %d MB", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20));
            assertTrue(flood.count(503, 504) > 0, "the flood is refused in part: " + flood.summary());
            assertEquals(flood.count(500, 600), flood.count(503, 504), "no 5xx other than 503: " + flood.summary());
            assertEquals(0, flood.errors(), "every request answered: " + flood.summary());
            Run after = run(site, 1, 50, i -> MIX.get(i % MIX.size()));
            System.out.println("ServerLoadTest after the overload: " + after.summary());
            assertEquals(50, after.count(200, 400), "recovered: " + after.summary());
        }
    }

}
