package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryCancelledException;
import org.archivelod.serve.site.ResultTable;
import org.archivelod.serve.site.SampleQueries;

/**
 * {@code GET /queries/{name}}: runs the sample query {@code queries/{name}.rq} and shows its text and results as
 * an HTML table with labelled links. Only the shipped queries run here; ad-hoc queries go to {@code /sparql}.
 */
public final class QueryPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;

    public QueryPageServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<SampleQueries.SampleQuery> query = site.queries().byName(name);
        if (query.isEmpty()) {
            site.renderer().sendNotFound(response, true, request.getRequestURI());
            return;
        }
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag("query-" + name), release.loaded())) {
            return;
        }
        try {
            ResultTable table = ResultTable.run(query.get().query(), site.store().queryView(), site.labels());
            site.renderer().send(response, HttpServletResponse.SC_OK, "query",
                    Map.of("title", query.get().title(), "query", query.get(), "table", table));
        } catch (QueryCancelledException timeout) {
            Responses.plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The query took too long.");
        }
    }
}
