package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.atlas.web.MediaType;
import org.archivelod.serve.site.DataFormat;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.uri.UriScheme;

/**
 * {@code GET /id/{kind}/{slug}}: the IRI of a real thing, which has no representation of its own. Answers 303 See
 * Other to {@code /page/…} for HTML or to {@code /data/….ext} for an RDF media type, chosen by the Accept header
 * ({@code Vary: Accept}); 404 for unknown entities, 406 when nothing offered is acceptable, 400 for bad paths. The
 * {@code Location} is absolute and percent-encoded, so that IRIs with non-ASCII characters round-trip.
 */
public final class IdRedirectServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;

    public IdRedirectServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<EntityPath> path = EntityPath.parse(request.getPathInfo());
        if (path.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, "Not an entity IRI path.");
            return;
        }
        if (site.redirects().answer(request, response, path.get(), moved -> UriScheme.idPath(moved.relative()))) {
            return;
        }
        if (!site.describer().exists(site.entity(path.get()))) {
            site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
            return;
        }
        Optional<MediaType> chosen = Negotiation.choose(request, DataFormat.ID_OFFER);
        if (chosen.isEmpty()) {
            Negotiation.sendNotAcceptable(request, response, site.renderer(), DataFormat.offered(true), Optional.empty());
            return;
        }
        String location = DataFormat.byMediaType(chosen.get())
                .map(format -> path.get().dataPath(format))
                .orElse(path.get().pagePath());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", Locations.absolute(request, location));
        response.setContentLength(0);
    }
}
