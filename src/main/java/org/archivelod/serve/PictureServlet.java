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

    /** What a picture shows: the SVG's layout and the rows of the table under it. */
    protected record Picture(Object svg, List<?> rows) {}

    PictureServlet(SiteContext site, String name, String title) {
        this.site = site;
        this.name = name;
        this.title = title;
    }

    /** Draws the picture from the store, its labels in the reader's language. */
    protected abstract Picture draw(Labels labels);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteLanguage language = SiteLanguage.of(request, response);
        boolean svgOnly = request.getRequestURI().endsWith(".svg");
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag(language.variant(svgOnly ? name + "-svg" : name)),
                release.loaded())) {
            return;
        }
        Picture picture = draw(site.labels().in(language.code()));
        if (svgOnly) {
            byte[] body = site.renderer().render(name + "-standalone", Map.of("svg", picture.svg())).getBytes(StandardCharsets.UTF_8);
            response.setContentType("image/svg+xml;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        Map<String, Object> scope = PageScope.of(title, language);
        scope.put("svg", picture.svg());
        scope.put("rows", picture.rows());
        site.renderer().send(response, HttpServletResponse.SC_OK, name, scope);
    }
}
