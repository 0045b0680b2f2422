package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Responses already rendered for the dataset release being served, least recently used dropped first once they
 * hold more than a budget of bytes. The release is fixed while the server runs (its ETag says so), so a cached
 * description is as current as a fresh one; with SPARQL Update allowed nothing is kept.
 */
final class RenderedCache {
    /** A rendered body, its content type and the {@code Link} headers that go with it. */
    record Rendered(String contentType, byte[] body, List<String> links) {
        Rendered(String contentType, byte[] body) {
            this(contentType, body, List.of());
        }

        Rendered withLinks(List<String> more) {
            return new Rendered(contentType, body, List.copyOf(more));
        }

        void send(HttpServletResponse response) throws IOException {
            for (String link : links) response.addHeader("Link", link);
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private final long budget;
    private long bytes;
    private final LinkedHashMap<String, Rendered> entries = new LinkedHashMap<>(256, 0.75f, true);

    RenderedCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** The cache a site's servlets use: 64 MB, or nothing when the data may change under the server. */
    static RenderedCache forSite(SiteContext site) {
        return new RenderedCache(site.settings().allowUpdate() ? 0 : 64L << 20);
    }

    synchronized Rendered get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, Rendered value) {
        if (value.body().length > budget / 16) return;
        Rendered old = entries.put(key, value);
        bytes += value.body().length - (old == null ? 0 : old.body().length);
        for (var it = entries.entrySet().iterator(); bytes > budget && it.hasNext(); ) {
            Map.Entry<String, Rendered> eldest = it.next();
            bytes -= eldest.getValue().body().length;
            it.remove();
        }
    }
}
