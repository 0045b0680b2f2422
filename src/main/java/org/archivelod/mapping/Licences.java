package org.archivelod.mapping;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The terms the data is published under, in two layers: {@code metadata}, the licence of what the converter states
 * (the graphs: entities, links, events, evidence; CC0 1.0 by default), and {@code texts}, the rights statement of the
 * archive's own words that the data carries (the transcriptions and translations, summaries, citations and titles;
 * a rightsstatements.org statement, In Copyright – Educational Use Permitted by default, beside the archive's rights
 * sentence as printed).
 *
 * <pre>{@code
 * Licences terms = Licences.DEFAULTS.withMetadata("https://creativecommons.org/licenses/by/4.0/");
 * }</pre>
 */
public record Licences(String metadata, String texts) {
    /** CC0 1.0: our extracted metadata is dedicated to the public domain. */
    public static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    /**
     * In Copyright – Educational Use Permitted: the records say "Some documents may be subject to copyright, which is
     * retained by the rights holders", and that the archive "welcomes reuse … for research and educational purposes",
     * commercial use by permission only.
     */
    public static final String IN_COPYRIGHT_EDUCATIONAL_USE = "http://rightsstatements.org/vocab/InC-EDU/1.0/";
    public static final Licences DEFAULTS = new Licences(CC0, IN_COPYRIGHT_EDUCATIONAL_USE);

    public Licences {
        checkIri("metadata licence", metadata);
        checkIri("rights statement of the texts", texts);
    }

    public Licences withMetadata(String iri) {
        return new Licences(iri, texts);
    }

    public Licences withTexts(String iri) {
        return new Licences(metadata, iri);
    }

    private static void checkIri(String what, String iri) {
        try {
            URI uri = new URI(iri);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("the " + what + " must be an http(s) IRI: " + iri);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the " + what + " is not an IRI: " + iri);
        }
    }
}
