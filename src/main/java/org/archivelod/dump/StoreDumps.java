package org.archivelod.dump;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.archivelod.store.StoreException;

/**
 * The dumps a server keeps for a TDB2 store, in the store's {@value #FOLDER} folder, and what a change of the store
 * does to them: their checksum list goes before the change, so that no later start takes the old release's dumps for
 * the new one ({@link DumpWriter#reuseOrWrite} writes them again).
 *
 * <pre>{@code
 * new DatasetLoader(store, StoreDumps.forgetOnChange(store)).load(sink -> conversion.run(inputs, sink));
 * }</pre>
 */
public final class StoreDumps {
    /** The folder of a TDB2 store where the server keeps the dumps it wrote. */
    public static final String FOLDER = "dumps";

    private StoreDumps() {}

    /** The dumps folder of the store in {@code store}. */
    public static Path folder(Path store) {
        return store.resolve(FOLDER);
    }

    /** The checksum list of the store's dumps; present only while the dumps are those of the stored release. */
    public static Path sums(Path store) {
        return folder(store).resolve(DumpWriter.SUMS);
    }

    /** A listener that removes the checksum list of {@code store}'s dumps (if it is on disk) before each change. */
    public static DatasetLoader.ChangeListener forgetOnChange(ArchiveStore store) {
        return () -> store.directory().ifPresent(StoreDumps::forget);
    }

    private static void forget(Path store) {
        try {
            Files.deleteIfExists(sums(store));
        } catch (IOException e) {
            throw new StoreException(store + ": cannot remove the outdated dumps' checksums: " + e.getMessage(), e);
        }
    }
}
