package org.archivelod.cli;

import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.uri.UriScheme;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that convert records for output ({@code convert}, {@code load}): the authority folder,
 * the base of minted IRIs and the terms the data states, made into {@link ConversionSettings}.
 */
final class ConversionOptions {
    @Mixin
    AuthorityOption authority = new AuthorityOption();

    @Option(names = "--base", paramLabel = "IRI", defaultValue = UriScheme.DEFAULT_BASE, description = "base of minted IRIs (default: ${DEFAULT-VALUE})")
    String base;

    @Mixin
    LicenceOptions licences = new LicenceOptions();

    /**
     * The settings asked for, each document validated as it is converted; {@code threads} null for every processor. An
     * IllegalArgumentException names an option value that is not an http(s) IRI.
     */
    ConversionSettings settings(Integer threads) {
        ConversionSettings settings = threads == null ? new ConversionSettings(base, authority.folder())
                : new ConversionSettings(base, authority.folder(), threads);
        return settings.withLicences(licences.licences()).validating(true);
    }
}
