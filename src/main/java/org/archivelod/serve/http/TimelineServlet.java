package org.archivelod.serve.http;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.archivelod.serve.render.TimelineSvg;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.serve.site.ArchiveDocuments;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.Link;
import org.archivelod.serve.site.Paging;

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
    protected Picture draw(Labels labels, int page) {
        // a page of the collection's time, as cut at load (the site list "timeline"): its items in the picture and
        // the table, the picture's axis spanning them
        SiteAggregatesView aggregates = site.aggregates();
        List<Entry> shown = new ArrayList<>();
        Txn.executeRead(site.data(), () -> aggregates.page("timeline", page).forEach(e -> entry(labels, e).ifPresent(shown::add)));
        return new Picture(TimelineSvg.layout("timeline", "The documents and the events they record, in time", WIDTH,
                shown.stream().map(Entry::item).toList()), shown.stream().map(Entry::row).toList(),
                Paging.pagesFor(aggregates.size("timeline")));
    }

    /** A dated document as a mark: a day is a day; a date of a month or a year spans it. */
    static TimelineSvg.Item documentItem(ArchiveDocuments.DocumentSummary doc, String href) {
        LocalDateTime when = doc.sortDate().atStartOfDay();
        LocalDateTime until = switch (doc.dateLexical().length()) {
            case 4 -> when.plusYears(1);
            case 7 -> when.plusMonths(1);
            default -> when;
        };
        return new TimelineSvg.Item(doc.title(), href, when, until, doc.dateLabel(), true);
    }

    /** One dated thing: its mark in the picture and its row in the table. */
    private record Entry(LocalDateTime when, TimelineSvg.Item item, Row row) {}

    /** The mark and row of one entry of the timeline: a dated document, or a dated activity of its document. */
    private Optional<Entry> entry(Labels labels, SiteAggregatesView.Entry listed) {
        Node documentNode = listed.document().orElse(listed.item());
        ArchiveDocuments.DocumentSummary doc = ArchiveDocuments.summary(site.data(), documentNode);
        Link docLink = labels.link(doc.node());
        Link titled = new Link(doc.title(), docLink.href(), false);
        if (documentNode.equals(listed.item())) {
            if (!doc.dated()) return Optional.empty();
            TimelineSvg.Item item = documentItem(doc, docLink.href());
            return Optional.of(new Entry(item.when(), item, new Row(doc.dateLabel(), titled, "document", null)));
        }
        // the listed activity alone, by its own statements (not every activity of its document's graph)
        return ArchiveDocuments.activity(site.data(), documentNode, listed.item()).filter(a -> a.when().isPresent()).map(a -> {
                    ArchiveDocuments.TimeSpan when = a.when().get();
                    Link event = labels.link(a.node());
                    LocalDateTime until = when.end() == null || when.end().isBefore(when.begin()) ? when.begin() : when.end();
                    return new Entry(when.begin(), new TimelineSvg.Item(event.label(), event.href(), when.begin(), until, when.label(), false),
                            new Row(when.label(), event, a.kind(), titled));
                });
    }
}
