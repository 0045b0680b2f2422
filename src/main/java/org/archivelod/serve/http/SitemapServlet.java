package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.archivelod.serve.site.Sitemap;

/**
 * {@code GET /sitemap.xml} and {@code /sitemaps/{n}.xml}: the {@link Sitemap} of the site's pages, each file read from
 * the site graph's list of pages when first asked for (its part of the list only) and kept for the release; with
 * SPARQL Update allowed, read for every request.
 */
public final class SitemapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private final transient ReleaseResponses answers;

    public SitemapServlet(SiteContext site) {
        this.site = site;
        this.answers = new ReleaseResponses(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String part = request.getServletPath().equals("/sitemap.xml") ? "" : Optional.ofNullable(request.getPathInfo()).orElse("");
        int n = 0;
        if (!part.isEmpty()) {
            n = part.matches("/[1-9][0-9]{0,6}\\.xml") ? Integer.parseInt(part.substring(1, part.length() - 4)) : -1;
            if (n < 0) {
                answers.notFound(request, response);
                return;
            }
        }
        int number = n;
        if (!site.settings().allowUpdate()) {
            if (!answers.page(request, response, "sitemap-" + n, "sitemap-" + n, () -> file(number))) {
                answers.notFound(request, response);
            }
            return;
        }
        RenderedCache.Rendered file = file(number);
        if (file == null) {
            answers.notFound(request, response);
        } else {
            file.send(response);
        }
    }

    /** File {@code n} ({@code sitemap.xml} for 0), or null when there is no such part. */
    private RenderedCache.Rendered file(int n) {
        Sitemap map = Sitemap.of(site.aggregates(), site.settings().base());
        if (n > 0 && (!map.indexed() || n > map.parts())) return null;
        return new RenderedCache.Rendered("application/xml;charset=utf-8", n == 0 ? map.main() : map.part(n));
    }
}
