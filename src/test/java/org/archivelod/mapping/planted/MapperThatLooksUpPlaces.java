package org.archivelod.mapping.planted;

import org.archivelod.reconcile.Gazetteer;

/** Planted for {@code PlantedViolationsTest}: a mapper that asks the gazetteer about words itself. */
public final class MapperThatLooksUpPlaces {
    public boolean isPlace(Gazetteer gazetteer, String words) {
        return gazetteer.lookup(words).isPresent();
    }
}
