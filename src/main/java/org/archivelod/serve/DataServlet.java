package org.archivelod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.archivelod.uri.UriScheme;

/**
 * {@code GET /data/{kind}/{slug}.{ttl|jsonld|nt|rdf|trig}}: the description of an entity in the format named by
 * the extension, or, without an extension, in the format chosen by the Accept header ({@code Vary: Accept}).
 * Carries ETag and Last-Modified from the dataset release and answers 304 to a current client.
 */
public final class DataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private final transient RenderedCache cache;

    public DataServlet(SiteContext site) {
        this.site = site;
        this.cache = RenderedCache.forSite(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DataRequest> asked = DataRequest.of(request, response, "Not an entity data path.");
        if (asked.isEmpty()) {
            return;
        }
        Optional<DataFormat> format = asked.get().format();
        if (site.redirects().answer(request, response, asked.get().path(),
                moved -> UriScheme.dataPath(moved.relative()) + format.map(f -> "." + f.extension()).orElse(""))) {
            return;
        }
        Node entity = site.entity(asked.get().path());
        String key = format.map(DataFormat::extension).orElse("") + " " + entity.getURI();
        RenderedCache.Rendered cached = format.isPresent() ? cache.get(key) : null;
        if (cached != null) {
            DatasetRelease release = site.release();
            if (!ConditionalRequests.notModified(request, response, release.etag(format.get().extension()), release.loaded())) {
                cached.send(response);
            }
            return;
        }
        if (!site.describer().exists(entity)) {
            site.renderer().sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
            return;
        }
        if (format.isEmpty()) {
            Negotiation.sendNotAcceptable(request, response, site.renderer(), DataFormat.offered(false),
                    Optional.of(Locations.encode(UriScheme.dataPath(asked.get().path().relative()))));
            return;
        }
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag(format.get().extension()), release.loaded())) {
            return;
        }
        RenderedCache.Rendered rendered = Responses.entity(format.get(), site.describer().describe(entity), entity,
                site.settings().base());
        cache.put(key, rendered);
        rendered.send(response);
    }
}
