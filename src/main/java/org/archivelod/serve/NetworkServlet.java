package org.archivelod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.system.Txn;

/**
 * {@code GET /network}: who wrote to whom, from the sendings the documents state, as an SVG drawn on the server
 * (arrow width and number = documents) with a table of every direction of correspondence and its documents below;
 * {@code GET /network.svg}: the picture alone.
 */
public final class NetworkServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SiteContext site;

    /** A row of the table: writer, addressee, and the documents. */
    public record Row(String anchor, Link from, Link to, int weight, List<Link> documents) {}

    public NetworkServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteLanguage language = SiteLanguage.of(request, response);
        boolean svgOnly = request.getRequestURI().endsWith(".svg");
        DatasetRelease release = site.release();
        if (ConditionalRequests.notModified(request, response, release.etag(language.variant(svgOnly ? "network-svg" : "network")),
                release.loaded())) {
            return;
        }
        Labels labels = site.labels().in(language.code());
        Object[] built = Txn.calculateRead(site.data(), () -> {
            Correspondence network = Correspondence.read(site.data());
            NetworkSvg svg = NetworkSvg.layout("network", "Who wrote to whom", network, labels, i -> "/network#edge-" + (i + 1));
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < network.edges().size(); i++) {
                Correspondence.Edge e = network.edges().get(i);
                rows.add(new Row("edge-" + (i + 1), labels.link(e.from()), labels.link(e.to()), e.weight(),
                        e.documents().stream().map(d -> new Link(d.title() + " (" + d.dateLabel() + ")",
                                labels.link(d.node()).href(), false)).toList()));
            }
            return new Object[] {svg, rows};
        });
        if (svgOnly) {
            byte[] body = site.renderer().render("network-standalone", Map.of("svg", built[0])).getBytes(StandardCharsets.UTF_8);
            response.setContentType("image/svg+xml;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        Map<String, Object> scope = PageScope.of("Correspondence network", language);
        scope.put("svg", built[0]);
        scope.put("rows", built[1]);
        site.renderer().send(response, HttpServletResponse.SC_OK, "network", scope);
    }
}
