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
        SiteLanguage language = SiteLanguage.of(request, response);
        DatasetRelease release = site.release();
        String variant = language.variant("html");
        String key = entity.getURI() + " " + variant;
        RenderedCache.Rendered cached = cache.get(key);
        if (cached != null) {
            if (!ConditionalRequests.notModified(request, response, release.etag(variant), release.loaded())) {
                cached.send(response);
            }
            return;
        }
        if (!site.describer().exists(entity)) {
            site.renderer().sendNotFound(response, true, request.getRequestURI());
            return;
        }
        if (ConditionalRequests.notModified(request, response, release.etag(variant), release.loaded())) {
            return;
        }
        Labels labels = site.labels().in(language.code());
        Map<String, Object> scope = Txn.calculateRead(site.data(), () -> scope(path.get(), entity, labels, language));
        RenderedCache.Rendered rendered = new RenderedCache.Rendered("text/html;charset=utf-8",
                site.renderer().render("entity", scope).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        cache.put(key, rendered);
        response.setStatus(HttpServletResponse.SC_OK);
        rendered.send(response);
    }

    /** The entity page, with the reading view for a document, and names, passages and correspondence for others. */
    private Map<String, Object> scope(EntityPath path, Node entity, Labels labels, SiteLanguage language) {
        EntityPage page = EntityPage.build(site.data(), labels, path, entity);
        Map<String, Object> scope = PageScope.of(page.label(), language);
        scope.put("alternates", page.alternates());
        scope.put("page", page);
        boolean document = "document".equals(path.kind()) && page.hasText();
        scope.put("isDocument", document);
        if (document) {
            scope.put("reading", DocumentReading.build(site.data(), labels, entity, site.settings().base()));
        } else {
            scope.put("profile", EntityProfile.build(site.data(), labels, entity));
            Correspondence mine = Correspondence.around(site.data(), entity);
            if (!mine.empty()) {
                scope.put("network", NetworkSvg.layout("correspondence", "Correspondence of " + page.label(), mine,
                        labels, i -> "/network#edges"));
            }
        }
        return scope;
    }
}
