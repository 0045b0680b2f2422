package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.archivelod.serve.render.PageRenderer;
import org.archivelod.serve.site.DataFormat;

/**
 * Content negotiation with Jena's {@link AcceptList}: the best offered media type for a request's Accept
 * header (media types compared case-insensitively, as RFC 9110 says), the first offer when there is no header,
 * and nothing when no offer is acceptable — then {@link #sendNotAcceptable} lists the alternatives.
 */
public final class Negotiation {
    private Negotiation() {}

    public static Optional<MediaType> choose(HttpServletRequest request, AcceptList offer) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(new MediaType(offer.first()));
        }
        try {
            return Optional.ofNullable(AcceptList.match(new AcceptList(accept.toLowerCase(Locale.ROOT)), offer));
        } catch (RuntimeException badHeader) {
            return Optional.of(new MediaType(offer.first()));
        }
    }

    /**
     * For a resource served as data to machines and as a page to browsers ({@code Vary: Accept}): the data format
     * chosen, {@code Optional.of(Optional.empty())} for the page, or empty when nothing offered is acceptable (then the
     * 406 has been sent).
     */
    public static Optional<Optional<DataFormat>> dataOrPage(HttpServletRequest request, HttpServletResponse response,
                                                            PageRenderer renderer) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<MediaType> chosen = choose(request, DataFormat.DATA_THEN_PAGE_OFFER);
        if (chosen.isEmpty()) {
            sendNotAcceptable(request, response, renderer, DataFormat.offered(true), Optional.empty());
            return Optional.empty();
        }
        return Optional.of(DataFormat.byMediaType(chosen.get()));
    }

    /** Whether a browser-like client would take HTML (used to pick the form of an error page). */
    public static boolean acceptsHtml(HttpServletRequest request) {
        return choose(request, AcceptList.create(DataFormat.HTML, "text/plain"))
                .map(t -> t.getContentTypeStr().equals(DataFormat.HTML))
                .orElse(false);
    }

    /**
     * The 406 answer: the media types on offer, one per line, and for data paths the address of each format
     * ({@code dataPath} + extension); an HTML page for browsers, plain text for other clients.
     */
    public static void sendNotAcceptable(HttpServletRequest request, HttpServletResponse response, PageRenderer renderer,
                                         List<String> offered, Optional<String> dataPath) throws IOException {
        List<Map<String, String>> alternatives = offered.stream().map(type -> alternative(type, dataPath)).toList();
        if (acceptsHtml(request)) {
            renderer.send(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "notacceptable",
                    Map.of("title", "Not available in that format", "path", request.getRequestURI(),
                            "alternatives", alternatives));
            return;
        }
        StringBuilder text = new StringBuilder("Not available in the format asked for (Accept: ")
                .append(Optional.ofNullable(request.getHeader("Accept")).orElse("")).append("). Available as:");
        for (Map<String, String> a : alternatives) {
            text.append("\n  ").append(a.get("mediaType")).append(a.containsKey("href") ? "  " + a.get("href") : "");
        }
        Responses.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, text.toString());
    }

    private static Map<String, String> alternative(String mediaType, Optional<String> dataPath) {
        Optional<String> href = dataPath.flatMap(path -> DataFormat.byMediaType(MediaType.create(mediaType))
                .filter(f -> f.mediaType().equals(mediaType))
                .map(f -> path + "." + f.extension()));
        return href.map(h -> Map.of("mediaType", mediaType, "href", h)).orElse(Map.of("mediaType", mediaType));
    }
}
