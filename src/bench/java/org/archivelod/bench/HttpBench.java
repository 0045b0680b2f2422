package org.archivelod.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP side of the benchmark, with nothing but the JDK:
 * <ul>
 * <li>{@code load URLS ACCEPT CLIENTS WARMUP_S SECONDS}: {@code CLIENTS} threads each GET the URLs of the file in turn
 *     (client i starts at line i), first for a warm-up, then measured; prints {@code req/s p50_ms p99_ms errors}.</li>
 * <li>{@code ready URL TIMEOUT_S}: polls until the URL answers 200; prints the seconds since the JVM started,
 *     for timing a server's cold start from the moment the script launched it.</li>
 * </ul>
 */
public final class HttpBench {
    private HttpBench() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(Files.readAllLines(Path.of(args[1])), args[2], Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "ready" -> ready(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Polls {@code url} until 200; prints seconds since {@code startedNanos} (a {@code date +%s%N} of the launch). */
    static void ready(String url, long startedEpochNanos, long timeoutSeconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    long now = System.currentTimeMillis() * 1_000_000L;
                    System.out.printf(Locale.ROOT, "%.2f%n", (now - startedEpochNanos) / 1e9);
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        System.out.println("timeout");
    }

    static void load(List<String> urls, String accept, int clients, int warmup, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, urls, accept, clients, warmup, false);
        long[][] lat = new long[clients][];
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[] counts = new long[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                long[] l = new long[1 << 20];
                int n = 0;
                int i = client;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    if (!get(http, urls.get(i++ % urls.size()), accept)) errors.incrementAndGet();
                    if (n < l.length) l[n++] = System.nanoTime() - t0;
                }
                lat[client] = Arrays.copyOf(l, n);
                counts[client] = n;
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        long[] all = Arrays.stream(lat).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%.0f %.1f %.1f %d%n", all.length / (double) seconds,
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, errors.get());
    }

    private static void run(HttpClient http, List<String> urls, String accept, int clients, int seconds, boolean unused)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                int i = client * 7;
                while (System.nanoTime() < end) get(http, urls.get(i++ % urls.size()), accept);
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
    }

    private static boolean get(HttpClient http, String url, String accept) {
        try {
            var r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 && r.body().length > 0;
        } catch (Exception e) {
            return false;
        }
    }
}
