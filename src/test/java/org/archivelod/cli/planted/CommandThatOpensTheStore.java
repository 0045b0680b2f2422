package org.archivelod.cli.planted;

import java.nio.file.Path;
import org.archivelod.store.ArchiveStore;

/** Planted for {@code PlantedViolationsTest}: a command that opens the store to hand it on, which it may. */
public final class CommandThatOpensTheStore {
    public ArchiveStore open(Path folder) {
        return ArchiveStore.open(folder);
    }
}
