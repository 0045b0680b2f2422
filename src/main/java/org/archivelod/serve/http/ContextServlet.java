package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.archivelod.dump.ContextJsonLd;
import org.archivelod.io.Checksums;

/**
 * {@code GET /context.jsonld}: the JSON-LD context the data's JSON-LD refers to ({@code ontology/context.jsonld}, as
 * published), as {@code application/ld+json}, with an ETag (its SHA-256) and a day's caching; 304 on revalidation.
 */
public final class ContextServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] BODY = ContextJsonLd.contextBytes();
    private static final String ETAG = "\"" + Checksums.sha256(BODY) + "\"";
    private final transient SiteContext site;

    public ContextServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "public, max-age=86400");
        if (ConditionalRequests.notModified(request, response, ETAG, site.release().loaded())) {
            return;
        }
        new RenderedCache.Rendered("application/ld+json;charset=utf-8", BODY).send(response);
    }
}
