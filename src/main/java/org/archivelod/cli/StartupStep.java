package org.archivelod.cli;

/**
 * The steps of {@code serve}'s start-up, in order, each with what a fault in it leaves. Each step is crash-safe: a
 * start killed in it leaves the store with the last complete release (a TDB2 transaction either committed or not),
 * and the next start rebuilds what is missing (dumps without their {@code SHA256SUMS} are written again, an index not
 * committed for this release is rebuilt). Each name is also a {@link org.archivelod.store.HaltPoints} step.
 */
enum StartupStep {
    CONVERT("the conversion", "the store is unchanged"),
    VALIDATE("the validation", "the store is unchanged"),
    LOAD("the load", "the store is unchanged"),
    DUMPS("the dumps", "the store holds the new data; its dumps will be written at the next start"),
    INDEX("the search index", "the store and its dumps hold the new data; the search index will be rebuilt at the next start"),
    SERVING("serving", "the store is unchanged");

    private final String what;
    private final String stillHolds;

    StartupStep(String what, String stillHolds) {
        this.what = what;
        this.stillHolds = stillHolds;
    }

    /** The step in words: {@code the conversion}, {@code the load}… */
    String what() {
        return what;
    }

    /** What a fault in this step leaves as it was. */
    String stillHolds() {
        return stillHolds;
    }

    /** The step named {@code name} ({@code convert}, {@code load}…), as the pipeline tells them. */
    static StartupStep named(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** The step's name for {@link org.archivelod.store.HaltPoints}: {@code convert}, {@code load}… */
    String haltName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
