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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * First views and repeat views of the site's pages, one client, with nothing but the JDK:
 * {@code PageViews PLAN REPEATS BASE [BASE2]}. {@code PLAN} has one line per request, {@code KIND<TAB>PATH<TAB>ACCEPT}
 * (kinds: home, document, entity, data, timeline, network, search). Each path is asked once at {@code BASE} (its
 * first view: nothing of it cached yet), then {@code REPEATS} more times (repeat views). Prints, per kind, one line
 * {@code KIND first_p50_ms first_p99_ms repeat_p50_ms repeat_p99_ms requests errors identical max_bytes}, where
 * {@code identical} counts the paths {@code BASE2} (a second front over the same store) answered with the same status,
 * Content-Type, ETag and bytes as {@code BASE} ("-" without a second front), and {@code max_bytes} is the largest
 * body of the kind's first views. With {@code -Dpageviews.paths=FILE}, also each path's own figures into {@code FILE}:
 * {@code KIND PATH first_ms slowest_repeat_ms first_status}, in the plan's order.
 */
public final class PageViews {
    private PageViews() {}

    private record Answer(int status, String type, String etag, byte[] body) {
        boolean same(Answer other) {
            return status == other.status && type.equals(other.type) && etag.equals(other.etag) && Arrays.equals(body, other.body);
        }
    }

    private static final class Kind {
        final List<Double> first = new ArrayList<>();
        final List<Double> repeat = new ArrayList<>();
        int errors;
        int identical;
        int compared;
        long maxBytes;
    }

    public static void main(String[] args) throws Exception {
        List<String[]> plan = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        int repeats = Integer.parseInt(args[1]);
        String base = args[2];
        Optional<String> second = args.length > 3 ? Optional.of(args[3]) : Optional.empty();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        double[] firstMs = new double[plan.size()];
        int[] firstStatus = new int[plan.size()];
        for (int at = 0; at < plan.size(); at++) {
            String[] step = plan.get(at);
            Kind kind = kinds.computeIfAbsent(step[0], k -> new Kind());
            long t0 = System.nanoTime();
            Answer a = get(http, base + step[1], step[2]);
            firstMs[at] = (System.nanoTime() - t0) / 1e6;
            firstStatus[at] = a.status();
            kind.first.add(firstMs[at]);
            kind.maxBytes = Math.max(kind.maxBytes, a.body().length);
            if (a.status() != 200) kind.errors++;
        }
        List<String> paths = new ArrayList<>();
        for (int at = 0; at < plan.size(); at++) {
            String[] step = plan.get(at);
            Kind kind = kinds.get(step[0]);
            double slowest = Double.NaN;
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                Answer a = get(http, base + step[1], step[2]);
                double ms = (System.nanoTime() - t0) / 1e6;
                kind.repeat.add(ms);
                slowest = Double.isNaN(slowest) ? ms : Math.max(slowest, ms);
                if (a.status() != 200) kind.errors++;
            }
            paths.add(String.format(Locale.ROOT, "%s\t%s\t%.1f\t%.1f\t%d", step[0], step[1], firstMs[at], slowest, firstStatus[at]));
            if (second.isPresent()) {
                Answer a = get(http, base + step[1], step[2]);
                Answer b = get(http, second.get() + step[1], step[2]);
                kind.compared++;
                if (a.same(b)) kind.identical++;
                else System.err.println("differs between the fronts: " + step[1]);
            }
        }
        String pathsFile = System.getProperty("pageviews.paths");
        if (pathsFile != null) Files.write(Path.of(pathsFile), paths);
        kinds.forEach((name, k) -> System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\t%s\t%d%n", name,
                percentile(k.first, 50), percentile(k.first, 99), percentile(k.repeat, 50), percentile(k.repeat, 99),
                k.first.size() + k.repeat.size(), k.errors, second.isPresent() ? k.identical + "/" + k.compared : "-", k.maxBytes));
    }

    private static Answer get(HttpClient http, String url, String accept) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                    .timeout(Duration.ofSeconds(Long.getLong("pageviews.timeout", 300))).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(""), r.body());
        } catch (Exception e) {
            System.err.println(url + ": " + e);
            return new Answer(-1, "", "", new byte[0]);
        }
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) return Double.NaN;
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }
}
