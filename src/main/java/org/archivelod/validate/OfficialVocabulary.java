package org.archivelod.validate;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The terms one official vocabulary file declares in its namespace: what "this term exists" means. */
public record OfficialVocabulary(String file, String namespace, Set<String> terms) {

    public OfficialVocabulary {
        terms = Set.copyOf(terms);
    }

    /** Whether the IRI is in this vocabulary's namespace (declared or not). */
    public boolean covers(String iri) {
        return iri.startsWith(namespace);
    }

    /** Whether the file declares the IRI (it is the subject of a statement there). */
    public boolean declares(String iri) {
        return terms.contains(iri);
    }

    /** The declared term closest in spelling to an undeclared one, if it is close enough to be a likely typo. */
    public Optional<String> closest(String iri) {
        String local = iri.substring(namespace.length()).toLowerCase(Locale.ROOT);
        int limit = Math.max(2, local.length() / 5);
        return terms.stream()
                .filter(t -> !t.equals(namespace))
                .map(t -> new Candidate(t, EditDistance.between(local,
                        t.substring(namespace.length()).toLowerCase(Locale.ROOT))))
                .filter(c -> c.distance() <= limit)
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::term))
                .map(Candidate::term);
    }

    private record Candidate(String term, int distance) {}
}
