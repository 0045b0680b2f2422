package org.archivelod.serve.plantedrooma;

import org.archivelod.serve.plantedroomb.Back;

/** Planted for {@code PlantedViolationsTest}: a room of the server that needs another room which needs it back. */
public final class Front {
    public Back behind() {
        return new Back();
    }
}
