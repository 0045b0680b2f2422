package org.archivelod.serve.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The version of the data being served: an entity tag derived from the id of the release the store describes
 * ({@code store/StoreRelease}: the same loads, the same id, across restarts) and the time it was loaded.
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
