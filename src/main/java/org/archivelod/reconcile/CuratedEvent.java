package org.archivelod.reconcile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An event a person read in a document and wrote down in {@code data/curation/{record}.json}: what kind, a label,
 * the exact sentence of the document that states it, and the entities it concerns ({@code kind/id} of the authority file).
 * The converter checks the quote is in the text and anchors the event there.
 */
public record CuratedEvent(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String type,
        @JsonProperty(required = true) String label,
        @JsonProperty(required = true) String quote,
        List<String> participants,
        List<String> refersTo) {
    public CuratedEvent {
        participants = participants == null ? List.of() : List.copyOf(participants);
        refersTo = refersTo == null ? List.of() : List.copyOf(refersTo);
    }

    /** The curation file of one record. */
    public record File(List<CuratedEvent> events) {
        public File {
            events = events == null ? List.of() : List.copyOf(events);
        }
    }
}
