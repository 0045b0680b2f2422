package org.archivelod.serve.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The version of the data being served, fixed when the server starts: an entity tag derived from the
 * SHA-256 of the dataset's canonical dump (same data, same tag, across restarts) and the time it was loaded.
 */
public record DatasetRelease(String digest, Instant loaded) {
    public DatasetRelease {
        loaded = loaded.truncatedTo(ChronoUnit.SECONDS);   // HTTP dates have one-second precision
    }

    /** A strong entity tag for one representation ({@code variant}: a format, "html", a file name...). */
    public String etag(String variant) {
        return "\"" + digest.substring(0, Math.min(16, digest.length())) + "-" + variant + "\"";
    }
}
