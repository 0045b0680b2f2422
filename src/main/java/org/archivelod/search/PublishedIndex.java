package org.archivelod.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index a load made for a release ({@link SearchIndex}, {@code store-search/}), opened read-only from its
 * folder for a front: no writer, no lock, nothing written, so any number of fronts may share one folder (a read-only
 * volume). It opens only an index whose commit records the release asked for, with the names that widen a search kept
 * beside it ({@link NamesFile}), and answers as the local index does ({@link LuceneSearch}).
 *
 * <pre>{@code
 * try (PublishedIndex index = PublishedIndex.open(Path.of("/srv/release-search"), storeRelease)) {
 *     index.search(SearchRequest.words("Chou En-lai", 20));
 * } catch (PublishedIndex.NotUsable why) {
 *     // another release, no index, or no names: search some other way
 * }
 * }</pre>
 */
public final class PublishedIndex implements DocumentSearch {
    private final Directory directory;
    private final SearcherManager searchers;
    private final LuceneSearch lucene;
    private final NameVariants names;
    private final String release;
    private final byte[] commit;

    /** Why a folder's index cannot answer for a release: none there, another release's, or without its names. */
    public static final class NotUsable extends Exception {
        private static final long serialVersionUID = 1L;

        NotUsable(String message) {
            super(message);
        }
    }

    private PublishedIndex(Directory directory, DirectoryReader reader, NameVariants names, String release, byte[] commit)
            throws IOException {
        SearchAnalyzer analyzer = new SearchAnalyzer();
        this.directory = directory;
        this.searchers = new SearcherManager(reader, null);
        this.lucene = new LuceneSearch(searchers, analyzer, new SearchFacets());
        this.names = names;
        this.release = release;
        this.commit = commit;
    }

    /**
     * The index in {@code folder} if it was built from the release {@code release} (by a load, filing documents under
     * the facets) and has its names beside it; {@link NotUsable} says which release it has otherwise.
     */
    public static PublishedIndex open(Path folder, String release) throws NotUsable, IOException {
        if (!Files.isDirectory(folder)) throw new NotUsable(folder + " is not a folder");
        Directory directory = FSDirectory.open(folder);
        try {
            String wanted = SearchIndex.commitKey(release, true);
            SegmentInfos latest = latest(directory, folder);
            String built = built(latest, folder);
            if (!built.equals(wanted)) throw new NotUsable(folder + " holds the search index of " + shown(built));
            DirectoryReader reader = DirectoryReader.open(directory);
            try {
                // the reader's own commit decides (the folder may have been replaced since it was listed)
                String read = reader.getIndexCommit().getUserData().get(SearchIndex.RELEASE);
                if (!wanted.equals(read)) throw new NotUsable(folder + " was replaced while it was opened");
                SearchAnalyzer analyzer = new SearchAnalyzer();
                NameVariants names = NamesFile.read(directory, wanted).map(kept -> NameVariants.of(kept, analyzer))
                        .orElseThrow(() -> new NotUsable(folder + " holds the search index of release " + release
                                + " without the names that widen a search (" + NamesFile.NAME + "): made by an older version; load it again"));
                return new PublishedIndex(directory, reader, names, release, latest.getId());
            } catch (NotUsable | IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (NotUsable | IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static SegmentInfos latest(Directory directory, Path folder) throws NotUsable, IOException {
        try {
            return SegmentInfos.readLatestCommit(directory);
        } catch (IndexNotFoundException e) {
            throw new NotUsable(folder + " holds no search index");
        }
    }

    private static String built(SegmentInfos commit, Path folder) throws NotUsable {
        String built = commit.getUserData().get(SearchIndex.RELEASE);
        if (built == null) throw new NotUsable(folder + " holds a search index that records no release");
        return built;
    }

    /** "release 3f2a…" for an index a load made, else what its commit records. */
    private static String shown(String built) {
        String faceted = SearchIndex.commitKey("", true);
        return built.endsWith(faceted) ? "release " + built.substring(0, built.length() - faceted.length())
                : "another kind (its commit records '" + built + "')";
    }

    /** The release this index was built from. */
    public String release() {
        return release;
    }

    /** Whether the folder still holds the commit this index was opened on (false once it is replaced or gone). */
    public boolean stillInFolder() {
        try {
            return Arrays.equals(commit, SegmentInfos.readLatestCommit(directory).getId());
        } catch (IOException e) {
            return false;
        }
    }

    /** How many documents the index holds. */
    public int size() throws IOException {
        return lucene.size();
    }

    @Override
    public SearchIndex.Results search(SearchRequest request) throws IOException {
        return lucene.search(request, names);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        directory.close();
    }
}
