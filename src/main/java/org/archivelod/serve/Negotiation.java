package org.archivelod.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation with Jena's {@link AcceptList}: the best offered media type for a request's Accept
 * header, the first offer when there is no header, and nothing when no offer is acceptable (a 406).
 */
public final class Negotiation {
    private Negotiation() {}

    public static Optional<MediaType> choose(HttpServletRequest request, AcceptList offer) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(new MediaType(offer.first()));
        }
        try {
            return Optional.ofNullable(AcceptList.match(new AcceptList(accept), offer));
        } catch (RuntimeException badHeader) {
            return Optional.of(new MediaType(offer.first()));
        }
    }

    /** Whether a browser-like client would take HTML (used to pick the form of an error page). */
    public static boolean acceptsHtml(HttpServletRequest request) {
        return choose(request, AcceptList.create(DataFormat.HTML, "text/plain"))
                .map(t -> t.getContentTypeStr().equals(DataFormat.HTML))
                .orElse(false);
    }
}
