package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.serve.site.DataFormat;
import org.archivelod.serve.site.DescriptionPage;
import org.archivelod.serve.site.VoidDescription;

/**
 * {@code GET /void} and {@code /.well-known/void}: the {@link VoidDescription} (computed once, on the first request) in the
 * RDF format chosen by the Accept header, Turtle by default, or as a page for a browser.
 */
public final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;
    private final transient java.util.function.Supplier<DatasetGraph> description;

    public VoidServlet(SiteContext site, Model description) {
        this(site, () -> description);
    }

    /** Computes the description (its statistics read the whole store) on the first request, not at start. */
    public VoidServlet(SiteContext site, java.util.function.Supplier<Model> description) {
        this.site = site;
        this.description = new java.util.function.Supplier<>() {
            private DatasetGraph computed;

            @Override
            public synchronized DatasetGraph get() {
                if (computed == null) computed = DatasetGraphFactory.wrap(description.get().getGraph());
                return computed;
            }
        };
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Optional<DataFormat>> chosen = Negotiation.dataOrPage(request, response, site.renderer());
        if (chosen.isEmpty()) {
            return;
        }
        Optional<DataFormat> format = chosen.get();
        if (format.isEmpty()) {
            site.renderer().send(response, HttpServletResponse.SC_OK, "description", DescriptionPage.scope(
                    "About this dataset", "The dataset's description (VoID and DCAT): what it holds, where to query it and "
                            + "where to download it. The same description is served as RDF to machines.",
                    description.get().getDefaultGraph(), site.terms()));
            return;
        }
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag("void-" + format.get().extension()),
                release.loaded())) {
            return;
        }
        Responses.rdf(response, format.get(), description.get());
    }
}
