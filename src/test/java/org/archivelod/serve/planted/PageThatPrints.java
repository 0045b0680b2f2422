package org.archivelod.serve.planted;

/** Planted for {@code PlantedViolationsTest}: a server class that prints a warning itself instead of passing it on. */
public final class PageThatPrints {
    public void warn(String warning) {
        System.err.println("warning: " + warning);
    }
}
