package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.archivelod.serve.site.DataFormat;
import org.archivelod.serve.site.EntityPath;

/**
 * What a request for RDF about an entity asks for: the entity's path ({@code /person/zhou-enlai}), and the format
 * named by its extension ({@code .ttl}) or, without one, chosen by the Accept header (then {@code Vary: Accept}, and
 * {@code negotiated}).
 */
record DataRequest(EntityPath path, Optional<DataFormat> format, boolean negotiated) {

    /** The request's path and format; when the path names no entity, answers 400 with {@code notAPath} and is empty. */
    static Optional<DataRequest> of(HttpServletRequest request, HttpServletResponse response, String notAPath) throws IOException {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        int dot = pathInfo.lastIndexOf('.');
        Optional<DataFormat> byExtension = dot > pathInfo.lastIndexOf('/')
                ? DataFormat.byExtension(pathInfo.substring(dot + 1)) : Optional.empty();
        Optional<EntityPath> path = EntityPath.parse(byExtension.map(f -> pathInfo.substring(0, dot)).orElse(pathInfo));
        if (path.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, notAPath);
            return Optional.empty();
        }
        if (byExtension.isEmpty()) {
            response.setHeader("Vary", "Accept");
        }
        return Optional.of(new DataRequest(path.get(), byExtension.or(() ->
                Negotiation.choose(request, DataFormat.DATA_OFFER).flatMap(DataFormat::byMediaType)), byExtension.isEmpty()));
    }
}
