package org.archivelod.pipeline;

import java.nio.file.Path;
import org.archivelod.mapping.Licences;

/**
 * What a conversion needs to know: the base IRI of minted URIs ({@code http://localhost:3030/} by default),
 * the folder of authority files, how many records to read and map at once (the output is the same for any number), and
 * the {@link Licences} the data states (CC0 for our metadata, In Copyright – Educational Use for the archive's texts),
 * and whether each document is validated as it is converted (off unless asked).
 */
public record ConversionSettings(String base, Path authorityDir, int threads, Licences licences, boolean validate) {

    public ConversionSettings {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        java.util.Objects.requireNonNull(licences, "licences");
    }

    /** Settings that do not validate the documents. */
    public ConversionSettings(String base, Path authorityDir, int threads, Licences licences) {
        this(base, authorityDir, threads, licences, false);
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
        return new ConversionSettings(base, authorityDir, threads, other, validate);
    }

    /**
     * The same settings, validating each document against the profile (with the shared graphs) as it is converted: a
     * document that does not conform fails like an unreadable record ({@link NonConformingException}).
     */
    public ConversionSettings validating(boolean on) {
        return new ConversionSettings(base, authorityDir, threads, licences, on);
    }
}
