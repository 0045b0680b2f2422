package org.archivelod.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A front's search: the release's index in a folder ({@link PublishedIndex}, opened read-only) while its commit records
 * the release the store describes now, else {@code fallback} (the SPARQL search), so that no page is answered from an
 * index of another release. Each search looks at the folder's latest commit (one small file): an index replaced by one
 * of the store's release is opened without a restart, and {@code warnings} hears once why the fallback answers (which
 * release the index has, which the store has) and once that the index answers again.
 */
public final class ReleaseSearch implements DocumentSearch {
    private final Path folder;
    private final Supplier<String> storeRelease;
    private final DocumentSearch fallback;
    private final Consumer<String> warnings;
    private PublishedIndex open;
    /** The index replaced last, closed at the next replacement: a search that took it just before may still be reading it. */
    private PublishedIndex retired;
    private String told;
    private boolean closed;

    private ReleaseSearch(Path folder, Supplier<String> storeRelease, DocumentSearch fallback, Consumer<String> warnings) {
        this.folder = folder;
        this.storeRelease = storeRelease;
        this.fallback = fallback;
        this.warnings = warnings;
    }

    /**
     * Searches with the index in {@code folder} while it is of {@code storeRelease}, else with {@code fallback}; it
     * neither asks {@code storeRelease} nor opens the index until the first {@link #answering()} (or search), so a
     * caller chooses when that read is paid. A {@code folder} that is not a folder is refused ({@link IllegalArgumentException}: most likely a mistyped path).
     */
    public static ReleaseSearch over(Path folder, Supplier<String> storeRelease, DocumentSearch fallback, Consumer<String> warnings) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--search-index " + folder + ": no such folder (give the folder 'load --store' made "
                    + "beside the store, e.g. store-search/, or an empty folder the release's index will be published into)");
        }
        // nothing is read here: the index is opened (and its names read, which grows with the release) by the first
        // search or call of answering(), which a front makes at its first quiet moment after its first answers
        return new ReleaseSearch(folder, storeRelease, fallback, warnings);
    }

    @Override
    public synchronized DocumentSearch answering() {
        if (closed) return fallback;
        String release = storeRelease.get();
        if (open != null && open.release().equals(release) && open.stillInFolder()) return open;
        try {
            replace(PublishedIndex.open(folder, release));
            tell("searching with the index in " + folder + " (release " + shortly(release) + ")", false);
            return open;
        } catch (PublishedIndex.NotUsable why) {
            tell(why.getMessage() + ", the store release " + shortly(release) + ": searching with SPARQL instead (no ranking, "
                    + "facets, other names or passages) until the folder holds the index of the store's release", true);
        } catch (IOException e) {
            tell("cannot read the search index in " + folder + " (" + e.getMessage() + "), the store release " + shortly(release)
                    + ": searching with SPARQL instead", true);
        }
        replace(null);
        return fallback;
    }

    /** Says why the fallback answers, once for each reason; and, once the index answers again, that it does. */
    private void tell(String message, boolean fallingBack) {
        if (fallingBack ? !message.equals(told) : told != null) warnings.accept(message);
        told = fallingBack ? message : null;
    }

    private void replace(PublishedIndex next) {
        if (next == open) return;
        closeQuietly(retired);
        retired = open;
        open = next;
    }

    private static String shortly(String release) {
        return release.substring(0, Math.min(16, release.length()));
    }

    @Override
    public SearchIndex.Results search(SearchRequest request) throws IOException {
        return answering().search(request);
    }

    @Override
    public String kind() {
        return answering().kind();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        closeQuietly(retired);
        closeQuietly(open);
        retired = null;
        open = null;
        fallback.close();
    }

    private static void closeQuietly(PublishedIndex index) {
        if (index == null) return;
        try {
            index.close();
        } catch (IOException ignored) {
            // an index only read: nothing is lost
        }
    }
}
