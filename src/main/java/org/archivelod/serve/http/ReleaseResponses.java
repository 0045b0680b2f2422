package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.archivelod.serve.render.PageRenderer;
import org.archivelod.serve.site.DataFormat;

/**
 * How a servlet answers with what follows from the dataset release being served, the sequence the data, page, graph
 * and picture servlets share: bodies kept in a {@link RenderedCache} by key, the release's {@code ETag} (one per
 * variant) and {@code Last-Modified} with 304 for a current client ({@link ConditionalRequests}), 404 for what the
 * release does not hold and 406 when no format on offer is acceptable. A servlet says only what is its own: the key,
 * the variant and how to render.
 */
final class ReleaseResponses {
    /** Renders a body afresh; null when the release holds no such page (a page past the last, say). */
    @FunctionalInterface
    interface Rendering {
        RenderedCache.Rendered render() throws IOException;
    }

    private final SiteContext site;
    private final RenderedCache cache;

    ReleaseResponses(SiteContext site) {
        this.site = site;
        this.cache = RenderedCache.forSite(site);
    }

    /** Sets the release's validators for {@code variant}; true (after sending 304) when the client's copy is current. */
    boolean notModified(HttpServletRequest request, HttpServletResponse response, String variant) {
        DatasetRelease release = site.release();
        return ConditionalRequests.notModified(request, response, release.etag(variant), release.loaded());
    }

    /** Answers from the cache when it holds {@code key} (304 or the body) and says whether it did. */
    boolean fromCache(HttpServletRequest request, HttpServletResponse response, String key, String variant)
            throws IOException {
        RenderedCache.Rendered cached = cache.get(key);
        if (cached == null) {
            return false;
        }
        if (!notModified(request, response, variant)) {
            cached.send(response);
        }
        return true;
    }

    /** Keeps {@code rendered} under {@code key}, then sends it, or 304 when the client's copy is current. */
    void keepAndSend(HttpServletRequest request, HttpServletResponse response, String key, String variant,
            RenderedCache.Rendered rendered) throws IOException {
        cache.put(key, rendered);
        if (!notModified(request, response, variant)) {
            rendered.send(response);
        }
    }

    /**
     * Answers 304 to a current client before anything is rendered; otherwise sends the body kept under {@code key},
     * rendering and keeping it first when the cache does not hold it. Says false, having sent nothing but the
     * validators, when {@code rendering} finds no such page: the caller answers 404.
     */
    boolean page(HttpServletRequest request, HttpServletResponse response, String key, String variant,
            Rendering rendering) throws IOException {
        if (notModified(request, response, variant)) {
            return true;
        }
        RenderedCache.Rendered rendered = cache.get(key);
        if (rendered == null) {
            rendered = rendering.render();
            if (rendered == null) {
                return false;
            }
            cache.put(key, rendered);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        rendered.send(response);
        return true;
    }

    /** The 404 for the address asked for: a page for browsers, plain text for other clients. */
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        notFound(request, response, site.renderer());
    }

    /** {@link #notFound(HttpServletRequest, HttpServletResponse)} for a servlet that keeps no bodies. */
    static void notFound(HttpServletRequest request, HttpServletResponse response, PageRenderer renderer)
            throws IOException {
        renderer.sendNotFound(response, Negotiation.acceptsHtml(request), request.getRequestURI());
    }

    /** The 406 of a data address: the data formats on offer and their addresses ({@code path} plus extension). */
    void notAcceptable(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Negotiation.sendNotAcceptable(request, response, site.renderer(), DataFormat.offered(false),
                Optional.of(Locations.encode(path)));
    }
}
