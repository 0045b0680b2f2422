package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;

/**
 * Validators for responses derived from the dataset release: sets {@code ETag} and {@code Last-Modified}, and
 * answers 304 when the client's {@code If-None-Match} (or, without it, {@code If-Modified-Since}) still holds.
 */
public final class ConditionalRequests {
    private ConditionalRequests() {}

    /** Sets the validators; returns true (after sending 304) when the client's copy is current. */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag,
            Instant lastModified) {
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = matches(ifNoneMatch, etag);
        } else {
            long since = parseDate(request);
            current = since >= 0 && lastModified.toEpochMilli() <= since;
        }
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static long parseDate(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException badDate) {
            return -1;
        }
    }
}
