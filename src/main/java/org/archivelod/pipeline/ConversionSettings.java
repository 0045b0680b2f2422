package org.archivelod.pipeline;

import java.nio.file.Path;

/**
 * What a conversion needs to know: the base IRI of minted URIs ({@code http://localhost:3030/} by default)
 * and the folder of authority files.
 */
public record ConversionSettings(String base, Path authorityDir) {
    public static final String DEFAULT_BASE = "http://localhost:3030/";
}
