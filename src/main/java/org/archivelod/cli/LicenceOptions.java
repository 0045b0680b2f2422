package org.archivelod.cli;

import org.archivelod.mapping.Licences;
import picocli.CommandLine.Option;

/** The options that set the terms the converted data states ({@link Licences}), shared by {@code convert} and {@code serve}. */
final class LicenceOptions {
    @Option(names = {"--licence", "--license"}, paramLabel = "IRI", defaultValue = Licences.CC0,
            description = "licence of the extracted metadata, stated as dcterms:license of each graph (default: ${DEFAULT-VALUE}, CC0 1.0)")
    String metadata;

    @Option(names = "--text-rights", paramLabel = "IRI", defaultValue = Licences.IN_COPYRIGHT_EDUCATIONAL_USE,
            description = "rights statement of the archive's texts (transcriptions, translations, summaries), stated as their "
                    + "dcterms:rights beside the rights sentence as printed (default: ${DEFAULT-VALUE})")
    String texts;

    /** The licences asked for; an IllegalArgumentException names an option value that is not an http(s) IRI. */
    Licences licences() {
        return new Licences(metadata, texts);
    }
}
