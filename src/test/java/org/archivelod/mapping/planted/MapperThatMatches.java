package org.archivelod.mapping.planted;

import org.archivelod.reconcile.NameMatcher;

/** Planted for {@code PlantedViolationsTest}: a mapper that calls the name matcher itself. */
public final class MapperThatMatches {
    public boolean matches(NameMatcher names, String text) {
        return !names.find(text).isEmpty();
    }
}
