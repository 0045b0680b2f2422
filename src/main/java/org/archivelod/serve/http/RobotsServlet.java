package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /robots.txt}: crawlers are welcome on the pages and are pointed to the sitemap; query addresses
 * ({@code /sparql?…}, the query editor's and the search's) are left out, since each is a computation, not a page.
 */
public final class RobotsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;

    public RobotsServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String robots = """
                # Archive LOD: the pages are for everyone; query addresses are computations, not pages.
                User-agent: *
                Allow: /page/
                Disallow: /sparql?
                Disallow: /query?
                Disallow: /search?

                Sitemap: %ssitemap.xml
                """.formatted(site.settings().base());
        new RenderedCache.Rendered("text/plain;charset=utf-8", robots.getBytes(StandardCharsets.UTF_8)).send(response);
    }
}
