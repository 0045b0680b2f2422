package org.archivelod.serve.http;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.system.Txn;
import org.archivelod.serve.render.NetworkSvg;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.serve.site.Correspondence;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.Link;
import org.archivelod.serve.site.Paging;

/**
 * {@code GET /network}: who wrote to whom, from the sendings the documents state, as an SVG drawn on the server
 * (arrow width and number = documents) with a table of every direction of correspondence and its documents below;
 * {@code GET /network.svg}: the picture alone.
 */
public final class NetworkServlet extends PictureServlet {
    private static final long serialVersionUID = 1L;

    /** A row of the table: writer, addressee, and the documents. */
    public record Row(String anchor, Link from, Link to, int weight, List<Link> documents) {}

    public NetworkServlet(SiteContext site) {
        super(site, "network", "Correspondence network");
    }

    @Override
    protected Picture draw(Labels labels, int page) {
        SiteAggregatesView aggregates = site.aggregates();
        return Txn.calculateRead(site.data(), () -> {
            Correspondence network = Correspondence.of(aggregates);
            NetworkSvg svg = NetworkSvg.layout("network", "Who wrote to whom", network, labels, i -> "/network" + (i >= Paging.SIZE ? "?page=" + (i / Paging.SIZE + 1) : "") + "#edge-" + (i + 1));
            // the picture is of people and stays whole; the table of letters is paged, its letters read for the page only
            List<Row> rows = new ArrayList<>();
            int first = (page - 1) * Paging.SIZE;
            for (int i = first; i < Math.min(network.edges().size(), first + Paging.SIZE); i++) {
                Correspondence.Edge e = Correspondence.letters(aggregates, site.data(), network.edges().get(i));
                rows.add(new Row("edge-" + (i + 1), labels.link(e.from()), labels.link(e.to()), e.weight(),
                        e.documents().stream().map(d -> new Link(d.title() + " (" + d.dateLabel() + ")",
                                labels.link(d.node()).href(), false)).toList()));
            }
            return new Picture(svg, rows, Paging.pagesFor(network.edges().size()));
        });
    }
}
