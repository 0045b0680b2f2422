package org.archivelod.pipeline;

import java.nio.file.Path;
import org.archivelod.mapping.Licences;

/**
 * What a conversion needs to know: the base IRI of minted URIs ({@code http://localhost:3030/} by default),
 * the folder of authority files, how many records to read and map at once (the output is the same for any number), and
 * the {@link Licences} the data states (CC0 for our metadata, In Copyright – Educational Use for the archive's texts).
 */
public record ConversionSettings(String base, Path authorityDir, int threads, Licences licences) {

    public ConversionSettings {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        java.util.Objects.requireNonNull(licences, "licences");
    }

    /** Settings with the default licences. */
    public ConversionSettings(String base, Path authorityDir, int threads) {
        this(base, authorityDir, threads, Licences.DEFAULTS);
    }

    /** Settings that map records on every processor. */
    public ConversionSettings(String base, Path authorityDir) {
        this(base, authorityDir, Runtime.getRuntime().availableProcessors());
    }

    /** The same settings under other licences. */
    public ConversionSettings withLicences(Licences other) {
        return new ConversionSettings(base, authorityDir, threads, other);
    }
}
