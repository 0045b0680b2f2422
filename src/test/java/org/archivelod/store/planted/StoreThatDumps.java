package org.archivelod.store.planted;

import org.archivelod.dump.DumpWriter;

/** Planted for {@code PlantedViolationsTest}: storage that writes dumps, which are built on it, not in it. */
public final class StoreThatDumps {
    public DumpWriter dumps() {
        return new DumpWriter();
    }
}
