package org.archivelod.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivelod.serve.site.DataFormat;
import org.archivelod.serve.site.ServiceDescription;

/**
 * {@code GET /sparql} with no query: the SPARQL 1.1 Service Description for machines (in the RDF format they ask
 * for, Turtle by default), a 303 to the query page {@code /query} for browsers. Requests with a query pass on to
 * Fuseki.
 */
public final class SparqlServiceFilter implements Filter {
    private final SiteContext site;
    private final DatasetGraph description;

    public SparqlServiceFilter(SiteContext site) {
        this.site = site;
        this.description = DatasetGraphFactory.wrap(
                ServiceDescription.describe(site.settings().base(), site.settings().allowUpdate()).getGraph());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || request.getParameter("query") != null || request.getParameter("update") != null
                || (request.getPathInfo() != null && !request.getPathInfo().equals("/"))) {
            chain.doFilter(req, resp);
            return;
        }
        Optional<Optional<DataFormat>> chosen = Negotiation.dataOrPage(request, response, site.renderer());
        if (chosen.isEmpty()) {
            return;
        }
        Optional<DataFormat> format = chosen.get();
        if (format.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", Locations.absolute(request, "/query"));
            response.setContentLength(0);
            return;
        }
        Responses.rdf(response, format.get(), description);
    }
}
