package org.archivelod.cli;

/**
 * The steps of {@code serve}'s start-up, in order, each with what a fault in it leaves. Each step is crash-safe: a
 * start killed in it leaves the store with the last complete release (a TDB2 transaction either committed or not),
 * and the next start rebuilds what is missing (dumps without their {@code SHA256SUMS} are written again, an index not
 * committed for this release is rebuilt). Each name is also a {@link org.archivelod.store.HaltPoints} step.
 */
enum StartupStep {
    CONVERT("the store is unchanged"),
    VALIDATE("the store is unchanged"),
    LOAD("the store is unchanged"),
    DUMPS("the store holds the new data; its dumps will be written at the next start"),
    INDEX("the store and its dumps hold the new data; the search index will be rebuilt at the next start"),
    SERVING("the store is unchanged");

    private final String stillHolds;

    StartupStep(String stillHolds) {
        this.stillHolds = stillHolds;
    }

    /** What a fault in this step leaves as it was. */
    String stillHolds() {
        return stillHolds;
    }

    /** The step's name for {@link org.archivelod.store.HaltPoints}: {@code convert}, {@code load}… */
    String haltName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
