package org.archivelod.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.archivelod.store.ArchiveStore;

/**
 * Synthetic stores built once per test JVM and shared by the test classes that read the same corpus (surefire runs
 * every class of a fork in one JVM): converting and loading a few hundred synthetic records, and publishing them
 * for a server, is most of such a class's time, and was done again by each class. A shared store is for readers only
 * — a test that writes into its store (a load, an update, a deleted statement) keeps a store of its own
 * ({@link SiteFixtures#synthetic}). The records are written to a temporary folder, converted by the real pipeline as
 * {@code load} would, and the folder deleted; the stores live, in memory, as long as the JVM.
 */
public final class SharedSynthetic {
    private static final int MUCH_NAMED = 600;
    private static final long MUCH_NAMED_SEED = 3;
    private static final Map<List<Long>, ArchiveStore> STORES = new HashMap<>();
    private static final Map<List<Long>, RunningSite> SITES = new HashMap<>();

    private SharedSynthetic() {}

    /**
     * 600 records (seed 3): an entity named in hundreds of documents (Mao Zedong), so that its passages, its documents
     * and the statements pointing at it run to several pages ({@link DataPagingTest}, {@link EntityPagingTest}), and
     * more records, entities, letters and pages than a few reads of a page of a site list may yield
     * ({@code BoundedCatalogueTest}).
     */
    public static ArchiveStore muchNamed() throws Exception {
        return store(MUCH_NAMED, MUCH_NAMED_SEED);
    }

    /** {@link #muchNamed()} served. */
    static RunningSite muchNamedSite() throws Exception {
        return site(MUCH_NAMED, MUCH_NAMED_SEED);
    }

    /** The store of {@code count} records of the seeded synthesizer, built at the first call; never close it. */
    private static synchronized ArchiveStore store(int count, long seed) throws Exception {
        List<Long> key = List.of((long) count, seed);
        ArchiveStore store = STORES.get(key);
        if (store == null) {
            Path corpus = Files.createTempDirectory("archive-lod-shared-corpus");
            try {
                store = SiteFixtures.synthetic(corpus, count, seed);
            } finally {
                delete(corpus);
            }
            STORES.put(key, store);
        }
        return store;
    }

    /**
     * That store served read-only by a real server on a free port, started (its release published) at the first call
     * and stopped when the JVM ends; never close it.
     */
    private static synchronized RunningSite site(int count, long seed) throws Exception {
        List<Long> key = List.of((long) count, seed);
        RunningSite site = SITES.get(key);
        if (site == null) {
            site = RunningSite.serve(store(count, seed), false);
            RunningSite started = site;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException | RuntimeException e) {
                    // the JVM is ending: nothing is left to release
                }
            }, "shared-site-stop"));
            SITES.put(key, site);
        }
        return site;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
