package org.archivelod.serve.http;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The home page's overview of the release: its sections' sizes, the span of its documents' dates, its kinds of document
 * and its archives with their counts. It is the same on every page of the home page and in every language, and fixed
 * for a release, so it is read once per release (four small queries of the site graph: through a front at 10^5, about
 * 100 ms of the store's time and four requests of every home page), and again when the release changes.
 *
 * <pre>{@code
 * ReleaseOverview.Read read = overview.of(site.release(), () -> new ReleaseOverview.Read(sizes, span, types, archives));
 * }</pre>
 */
public final class ReleaseOverview {
    /** What the overview read: the sections' sizes, and the rows of {@code overview-span}, {@code -types}, {@code -archives}. */
    record Read(Map<String, Integer> sizes, List<Map<String, RDFNode>> span, List<Map<String, RDFNode>> types,
            List<Map<String, RDFNode>> archives) {}

    private final boolean keep;
    private DatasetRelease readFor;
    private Read read;

    /**
     * An overview kept for the release once read, or, when {@code keep} is false (SPARQL Update allowed: the data may
     * change under the same release, as {@link RenderedCache} keeps nothing then either), read by every home page.
     */
    public ReleaseOverview(boolean keep) {
        this.keep = keep;
    }

    /** The overview of {@code release}: kept, or {@code reading} it when it was read for another release (or none). */
    synchronized Read of(DatasetRelease release, Supplier<Read> reading) {
        if (!keep || read == null || release == null || !release.equals(readFor)) {
            read = reading.get();
            readFor = release;
        }
        return read;
    }
}
