package org.archivelod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A picture of the collection drawn on the server: {@code GET /{name}} is a page with the SVG and a table of the same
 * data, {@code GET /{name}.svg} the picture alone; both in the reader's language, revalidated by the release.
 */
abstract class PictureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    protected final transient SiteContext site;
    private final String name;
    private final String title;
    private final transient RenderedCache cache;

    /** What a picture shows: the SVG's layout and the rows of the table under it. */
    protected record Picture(Object svg, List<?> rows) {}

    PictureServlet(SiteContext site, String name, String title) {
        this.site = site;
        this.name = name;
        this.title = title;
        this.cache = RenderedCache.forSite(site);
    }

    /** Draws the picture from the store, its labels in the reader's language. */
    protected abstract Picture draw(Labels labels);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteLanguage language = SiteLanguage.of(request, response);
        boolean svgOnly = request.getRequestURI().endsWith(".svg");
        DatasetRelease release = site.release();
        String variant = language.variant(svgOnly ? name + "-svg" : name);
        if (ConditionalRequests.notModified(request, response, release.etag(variant), release.loaded())) {
            return;
        }
        RenderedCache.Rendered rendered = cache.get(variant);
        if (rendered == null) {
            rendered = render(language, svgOnly);
            cache.put(variant, rendered);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        rendered.send(response);
    }

    /** The picture (drawn from the whole store: rendered once per release and language while it fits the cache). */
    private RenderedCache.Rendered render(SiteLanguage language, boolean svgOnly) {
        Picture picture = draw(site.labels().in(language.code()));
        if (svgOnly) {
            return new RenderedCache.Rendered("image/svg+xml;charset=utf-8",
                    site.renderer().render(name + "-standalone", Map.of("svg", picture.svg())).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> scope = PageScope.of(title, language);
        scope.put("svg", picture.svg());
        scope.put("rows", picture.rows());
        return new RenderedCache.Rendered("text/html;charset=utf-8", site.renderer().render(name, scope).getBytes(StandardCharsets.UTF_8));
    }
}
