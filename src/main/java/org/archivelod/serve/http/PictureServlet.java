package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.Paging;

/**
 * A picture of the collection drawn on the server: {@code GET /{name}} is a page with the SVG and a table of the same
 * data, {@code GET /{name}.svg} the picture alone; both in the reader's language, revalidated by the release, and
 * paged ({@code ?page=2}) where the collection is too large for one page.
 */
abstract class PictureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    protected final transient SiteContext site;
    private final String name;
    private final String title;
    private final transient ReleaseResponses answers;

    /** What a picture shows on one page: the SVG's layout and the rows of the table under it; pages in all. */
    protected record Picture(Object svg, List<?> rows, int pages) {}

    PictureServlet(SiteContext site, String name, String title) {
        this.site = site;
        this.name = name;
        this.title = title;
        this.answers = new ReleaseResponses(site);
    }

    /** Draws page {@code page} of the picture from the store, its labels in the reader's language. */
    protected abstract Picture draw(Labels labels, int page);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Integer> page = PageParameter.requested(request, response);
        if (page.isEmpty()) {
            return;
        }
        SiteLanguage language = SiteLanguage.of(request, response);
        boolean svgOnly = request.getRequestURI().endsWith(".svg");
        String variant = language.variant(svgOnly ? name + "-svg" : name);
        if (!answers.page(request, response, variant + " " + page.get(), variant, () -> render(language, svgOnly, page.get()))) {
            site.renderer().sendNotFound(response, !svgOnly, request.getRequestURI() + "?page=" + page.get());
        }
    }

    /** The picture's page (drawn from the whole store: rendered once per release, language and page); null past the last. */
    RenderedCache.Rendered render(SiteLanguage language, boolean svgOnly, int page) {
        Picture picture = draw(site.labels().in(language.code()), page);
        if (page > picture.pages()) {
            return null;
        }
        if (svgOnly) {
            return new RenderedCache.Rendered("image/svg+xml;charset=utf-8",
                    site.renderer().render(name + "-standalone", Map.of("svg", picture.svg())).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> scope = PageScope.of(title, language);
        scope.put("svg", picture.svg());
        scope.put("rows", picture.rows());
        scope.put("paging", new Paging(page, picture.pages()));
        return new RenderedCache.Rendered("text/html;charset=utf-8", site.renderer().render(name, scope).getBytes(StandardCharsets.UTF_8));
    }
}
