package org.archivelod.plantedcyclea;

import org.archivelod.plantedcycleb.Egg;

/** Planted for {@code PlantedViolationsTest}: one half of a package cycle. */
public final class Chicken {
    public Egg lay() {
        return new Egg();
    }
}
