package org.archivelod.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.system.Txn;

/**
 * {@code GET /timeline}: the collection in time, the documents (by their dates) and the dated events they record
 * (dispatches, translations...; a document's writing is the document itself), as an SVG drawn on the server with a
 * table of the same items below; {@code GET /timeline.svg}: the picture alone.
 */
public final class TimelineServlet extends PictureServlet {
    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 960;

    /** A row of the table under the picture. */
    public record Row(String date, Link item, String kind, Link document) {}

    public TimelineServlet(SiteContext site) {
        super(site, "timeline", "Timeline");
    }

    @Override
    protected Picture draw(Labels labels) {
        List<TimelineSvg.Item> items = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Txn.executeRead(site.data(), () -> collect(labels, items, rows));
        return new Picture(TimelineSvg.layout("timeline", "The documents and the events they record, in time", WIDTH, items), rows);
    }

    private void collect(Labels labels, List<TimelineSvg.Item> items, List<Row> rows) {
        List<Object[]> sortable = new ArrayList<>();
        for (ArchiveDocuments.DocumentSummary doc : ArchiveDocuments.all(site.data())) {
            Link docLink = labels.link(doc.node());
            Link titled = new Link(doc.title(), docLink.href(), false);
            if (doc.dated()) {
                items.add(new TimelineSvg.Item(doc.title(), docLink.href(), doc.sortDate().atStartOfDay(), doc.dateLabel(), true));
                sortable.add(new Object[] {doc.sortDate().atStartOfDay(), new Row(doc.dateLabel(), titled, "document", null)});
            }
            for (ArchiveDocuments.Activity a : ArchiveDocuments.activities(site.data(), doc.node())) {
                if (a.kind().equals("writing") || a.when().isEmpty()) {
                    continue;
                }
                ArchiveDocuments.TimeSpan when = a.when().get();
                Link event = labels.link(a.node());
                items.add(new TimelineSvg.Item(event.label(), event.href(), when.begin(), when.label(), false));
                sortable.add(new Object[] {when.begin(), new Row(when.label(), event, a.kind(), titled)});
            }
        }
        sortable.sort(Comparator.comparing(o -> (java.time.LocalDateTime) o[0]));
        sortable.forEach(o -> rows.add((Row) o[1]));
    }
}
