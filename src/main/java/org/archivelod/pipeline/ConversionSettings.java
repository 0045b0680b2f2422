package org.archivelod.pipeline;

import java.nio.file.Path;

/**
 * What a conversion needs to know: the base IRI of minted URIs ({@code http://localhost:3030/} by default),
 * the folder of authority files, and how many records to read and map at once (the output is the same for any number).
 */
public record ConversionSettings(String base, Path authorityDir, int threads) {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    public ConversionSettings {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }

    /** Settings that map records on every processor. */
    public ConversionSettings(String base, Path authorityDir) {
        this(base, authorityDir, Runtime.getRuntime().availableProcessors());
    }
}
