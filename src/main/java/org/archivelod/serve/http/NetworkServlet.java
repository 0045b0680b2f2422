package org.archivelod.serve.http;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.system.Txn;
import org.archivelod.serve.render.NetworkSvg;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.serve.site.Correspondence;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.PageLabels;
import org.archivelod.serve.site.Link;
import org.archivelod.serve.site.Paging;

/**
 * {@code GET /network}: who wrote to whom, from the sendings the documents state, as an SVG drawn on the server
 * (arrow width and number = documents) with a table of the same correspondences and their documents below,
 * {@link Paging#SIZE} correspondences a page, most letters first (page 1: the heaviest), each row naming its first
 * {@value #LETTERS_SHOWN} letters by date and counting the others, so that a page's size does not grow with the
 * collection; {@code GET /network.svg?page=N}: the picture alone.
 */
public final class NetworkServlet extends PictureServlet {
    private static final long serialVersionUID = 1L;

    /** Letters named in a row of the table, the first entries of its list ({@code network-letters.rq}); the others are counted ("and 40 more"). */
    public static final int LETTERS_SHOWN = org.archivelod.serve.site.Correspondence.LETTERS_SHOWN;

    /** A row of the table: writer, addressee, the documents, and how many of them are not named. */
    public record Row(String anchor, Link from, Link to, int weight, List<Link> documents, int more) {
        public boolean hasMore() {
            return more > 0;
        }
    }

    public NetworkServlet(SiteContext site) {
        super(site, "network", "Correspondence network");
    }

    @Override
    protected Picture draw(Labels labels, int page) {
        SiteAggregatesView aggregates = site.aggregates();
        return Txn.calculateRead(site.data(), () -> {
            // the page's correspondences, most letters first (page 1 the heaviest), each with its first letters: one
            // page of the site list "network" and the first entries of each row's list, cut at load
            Correspondence shown = Correspondence.page(aggregates, site.data(), page);
            // the parties' labels: on a front one query, where reading the first fetched everything the page's query
            // named (its 750 letters' every statement too)
            Labels named = PageLabels.of(aggregates, labels, shown.people());
            int first = (page - 1) * Paging.SIZE;
            String here = "/network" + (page > 1 ? "?page=" + page : "");
            NetworkSvg svg = NetworkSvg.layout("network", "Who wrote to whom", shown, named, i -> here + "#edge-" + (first + i + 1));
            return new Picture(svg, rows(shown, named, first), Paging.pagesFor(aggregates.size("network")));
        });
    }

    /**
     * The table's rows for {@code shown}, whose first row is the network's {@code first + 1}-th: each letter printed
     * with the title and date its summary read, so its label is not read again (750 a page), and each party's label
     * read through {@code labels}, which reads it once a page.
     */
    static List<Row> rows(Correspondence shown, Labels labels, int first) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown.edges().size(); i++) {
            Correspondence.Edge e = shown.edges().get(i);
            List<Link> letters = e.documents().stream().map(d -> {
                String text = d.title() + " (" + d.dateLabel() + ")";
                return new Link(text, labels.unlabelled(d.node(), text).href(), false);
            }).toList();
            rows.add(new Row("edge-" + (first + i + 1), labels.link(e.from()), labels.link(e.to()), e.weight(), letters,
                    e.weight() - letters.size()));
        }
        return rows;
    }
}
