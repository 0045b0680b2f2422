package org.archivelod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;

/** {@code GET /page/{kind}/{slug}}: the HTML page about an entity (see {@link EntityPage}), or an HTML 404. */
public final class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private final transient RenderedCache cache;

    public PageServlet(SiteContext site) {
        this.site = site;
        this.cache = RenderedCache.forSite(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EntityPath> path = EntityPath.parse(request.getPathInfo());
        if (path.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, "Not an entity page path.");
            return;
        }
        Node entity = site.entity(path.get());
        RenderedCache.Rendered cached = cache.get(entity.getURI());
        if (cached != null) {
            DatasetRelease release = site.release();
            if (!ConditionalRequests.notModified(request, response, release.etag("html"), release.loaded())) {
                cached.send(response);
            }
            return;
        }
        if (!site.describer().exists(entity)) {
            site.renderer().sendNotFound(response, true, request.getRequestURI());
            return;
        }
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag("html"), release.loaded())) {
            return;
        }
        EntityPage page = Txn.calculateRead(site.data(),
                () -> EntityPage.build(site.data(), site.labels(), path.get(), entity));
        RenderedCache.Rendered rendered = new RenderedCache.Rendered("text/html;charset=utf-8", site.renderer()
                .render("entity", Map.of("title", page.label(), "alternates", page.alternates(), "page", page))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        cache.put(entity.getURI(), rendered);
        response.setStatus(HttpServletResponse.SC_OK);
        rendered.send(response);
    }
}
