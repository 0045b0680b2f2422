package org.archivelod.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.archivelod.cmif.CmifFile;
import org.archivelod.dump.DumpFile;
import org.archivelod.dump.DumpWriter;
import org.archivelod.dump.StoreDumps;
import org.archivelod.search.DocumentFacets;
import org.archivelod.search.SearchIndex;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.LocalRelease;
import org.archivelod.store.SiteAggregates;
import org.archivelod.store.StoreRelease;

/**
 * What a local store's release is published with, made from the store at the end of a load ({@code load --store},
 * {@code serve}): the dumps ({@link StoreDumps}) with the CMIF file beside them ({@link CmifFile}), and the search index ({@link SearchIndex}, beside a TDB2 store or in
 * memory). Each records the id of the release it was made from ({@link LocalRelease}), so a start on the same release
 * reads them and scans nothing, and only what is stale is made again. Memory holds one document's graph at a time.
 *
 * <pre>{@code
 * try (Publication.Artifacts made = Publication.publish(store, StoreDumps.folder(dir), filing, step -> {})) {
 *     made.dumps();   // what /dumps/ serves
 * }
 * }</pre>
 */
public final class Publication {
    /** The release of a store without data (nothing minted, so no release graph): empty dumps, an empty index. */
    static final StoreRelease NO_DATA = new StoreRelease("no-data", Instant.EPOCH);

    private Publication() {}

    /**
     * Writes the dumps of {@code store} into {@code folder} ({@code dump --store}), whatever is there, one graph at a
     * time; returns them with their checksums.
     */
    public static List<DumpFile> dumps(ArchiveStore store, Path folder) throws IOException {
        return new DumpWriter().write(store.datasetGraph(), folder);
    }

    /** When the release {@code store} holds was loaded, if the store describes one (as the server dates its pages). */
    public static Optional<Instant> issued(ArchiveStore store) {
        return LocalRelease.read(store.datasetGraph()).map(StoreRelease::issued);
    }

    /** The folder beside a TDB2 store's data where its dumps are kept: {@code store/dumps}. */
    public static Path dumpsOf(Path store) {
        return StoreDumps.folder(store);
    }

    /** The folder beside a TDB2 store where its search index is kept: {@code store-search}. */
    public static Path indexOf(Path store) {
        return SearchIndex.besideStore(store);
    }

    /**
     * The CMIF file of the release ({@link CmifFile}), beside the dumps, for the base the store's data was minted with and
     * dated by the release; written unless it is already that release's. Returns whether it was written.
     */
    private static boolean cmif(ArchiveStore store, Path folder, StoreRelease release) throws IOException {
        Optional<String> base = org.apache.jena.system.Txn.calculateRead(store.datasetGraph(),
                () -> ArchiveStore.mintedBase(store.datasetGraph()));
        if (base.isEmpty()) return false;   // no data: /cmif.xml writes its empty list when asked
        return CmifFile.current(store.publishedData(), folder, release.id(), base.get(), Optional.of(release.issued()));
    }

    /**
     * The release of {@code store} with its dumps (in {@code dumpFolder}) and its open search index; {@code closing} the
     * result closes the index.
     */
    public record Artifacts(StoreRelease release, List<DumpFile> dumps, SearchIndex index, boolean dumpsWritten,
            boolean indexRebuilt) implements AutoCloseable {
        /** What was made, for a command to tell: {@code release 3f2a…: dumps written, search index current}. */
        public String summary() {
            return "release " + release.id().substring(0, Math.min(16, release.id().length())) + ": dumps "
                    + (dumpsWritten ? "written" : "current") + ", search index " + (indexRebuilt ? "built" : "current");
        }

        @Override
        public void close() throws IOException {
            index.close();
        }
    }

    /**
     * Brings the dumps (and the CMIF file) in {@code dumpFolder} and the search index of {@code store} up to the release the store holds
     * (first describing the release and computing the site aggregates of a store loaded before loads made them), filing documents under the facets
     * {@code filing} reads. {@code steps} hears {@code dumps}, then {@code index}, before each is looked at.
     */
    public static Artifacts publish(ArchiveStore store, Path dumpFolder, DocumentFacets filing, Consumer<String> steps)
            throws IOException {
        LocalRelease.ensure(store);
        SiteAggregates.ensure(store);
        StoreRelease release = LocalRelease.read(store.datasetGraph()).orElse(NO_DATA);
        steps.accept("dumps");
        StoreDumps.Dumps dumps = StoreDumps.current(store.datasetGraph(), dumpFolder, release.id());
        cmif(store, dumpFolder, release);
        steps.accept("index");
        SearchIndex index = store.directory().isPresent()
                ? SearchIndex.onDisk(SearchIndex.besideStore(store.directory().get())) : SearchIndex.inMemory();
        try {
            boolean rebuilt = index.syncWith(store.datasetGraph(), release.id(), filing);
            return new Artifacts(release, dumps.dumps(), index, dumps.written(), rebuilt);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }
}
