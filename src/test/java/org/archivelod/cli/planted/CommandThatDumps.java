package org.archivelod.cli.planted;

import java.io.IOException;
import java.nio.file.Path;
import org.archivelod.dump.DumpWriter;
import org.archivelod.store.ArchiveStore;

/** Planted for {@code PlantedViolationsTest}: a command that writes the dumps itself instead of through the pipeline. */
public final class CommandThatDumps {
    public void dump(ArchiveStore store, Path folder) throws IOException {
        new DumpWriter().write(store.datasetGraph(), folder);
    }
}
