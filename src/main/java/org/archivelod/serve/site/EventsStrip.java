package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The events a document records (its writing, sending, dispatch, translation, the plans it speaks of), in time
 * order with the undated ones last, as a list a reader can scan at the page's own type size: when, as people write
 * it ({@link WrittenDates}), and what, linked to the event's page. The document's own title is not repeated in
 * each event's name ("Dispatch of this document to Nikolai Bulganin").
 */
public record EventsStrip(List<Entry> entries) {
    /** One event: {@code when} as written ("23:00, 5 October 1950", empty when undated), its page, the words printed. */
    public record Entry(String when, String datetime, Link what, String printed) {
        public boolean dated() {
            return !when.isEmpty();
        }

        /** The date as the source prints it, when it says more than the written date does. */
        public boolean hasPrinted() {
            return !printed.isBlank() && !printed.equals(when);
        }
    }

    public boolean empty() {
        return entries.isEmpty();
    }

    /** "1 event", "3 events". */
    public String countLabel() {
        return Counted.of(entries.size(), "event");
    }

    /** The strip of {@code activities} (already in time order, undated last) of the document titled {@code title}. */
    static EventsStrip of(List<ArchiveDocuments.Activity> activities, Labels labels, String title) {
        List<Entry> entries = new ArrayList<>();
        for (ArchiveDocuments.Activity a : activities) {
            Link link = labels.link(a.node());
            String name = link.label().replace("“" + title + "”", "this document");
            Link what = new Link(name, link.href(), link.external());
            entries.add(a.when().map(w -> new Entry(w.written().text(), w.written().datetime(), what, w.label()))
                    .orElse(new Entry("", "", what, "")));
        }
        return new EventsStrip(List.copyOf(entries));
    }
}
