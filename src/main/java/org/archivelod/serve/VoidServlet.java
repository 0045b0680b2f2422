package org.archivelod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * {@code GET /void} and {@code /.well-known/void}: the {@link VoidDescription} (computed once at start) in the
 * RDF format chosen by the Accept header, Turtle by default.
 */
public final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private final transient DatasetGraph description;

    public VoidServlet(SiteContext site, Model description) {
        this.site = site;
        this.description = DatasetGraphFactory.wrap(description.getGraph());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<DataFormat> format = Negotiation.choose(request, DataFormat.DATA_OFFER).flatMap(DataFormat::byMediaType);
        if (format.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Available as " + DataFormat.DATA_OFFER);
            return;
        }
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag("void-" + format.get().extension()),
                release.loaded())) {
            return;
        }
        Responses.rdf(response, format.get(), description);
    }
}
