package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.system.Txn;
import org.archivelod.serve.site.Sitemap;

/**
 * {@code GET /sitemap.xml} and {@code /sitemaps/{n}.xml}: the {@link Sitemap} of the site's pages, read from the store
 * once per release (on the first request; with SPARQL Update allowed, on every request).
 */
public final class SitemapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private transient Sitemap sitemap;

    public SitemapServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String part = request.getServletPath().equals("/sitemap.xml") ? "" : Optional.ofNullable(request.getPathInfo()).orElse("");
        Sitemap map = sitemap();
        int n = 0;
        if (!part.isEmpty()) {
            n = part.matches("/[1-9][0-9]{0,6}\\.xml") ? Integer.parseInt(part.substring(1, part.length() - 4)) : -1;
            if (n < 1 || !map.indexed() || n > map.parts()) {
                site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
                return;
            }
        }
        if (!site.settings().allowUpdate()
                && ConditionalRequests.notModified(request, response, site.release().etag("sitemap-" + n), site.release().loaded())) {
            return;
        }
        new RenderedCache.Rendered("application/xml;charset=utf-8", n == 0 ? map.main() : map.part(n)).send(response);
    }

    private synchronized Sitemap sitemap() {
        if (sitemap == null || site.settings().allowUpdate()) {
            sitemap = Txn.calculateRead(site.data(), () -> Sitemap.of(site.data(), site.settings().base()));
        }
        return sitemap;
    }
}
