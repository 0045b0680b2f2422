package org.archivelod.plantedcycleb;

import org.archivelod.plantedcyclea.Chicken;

/** Planted for {@code PlantedViolationsTest}: the other half of a package cycle. */
public final class Egg {
    public Chicken hatch() {
        return new Chicken();
    }
}
