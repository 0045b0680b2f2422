package org.archivelod.serve.plantedroomb;

import org.archivelod.serve.plantedrooma.Front;

/** Planted for {@code PlantedViolationsTest}: the other half of a cycle between two rooms of the server. */
public final class Back {
    public Class<Front> ahead() {
        return Front.class;
    }
}
