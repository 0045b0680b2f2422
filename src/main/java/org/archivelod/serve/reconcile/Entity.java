package org.archivelod.serve.reconcile;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * An entity as the reconciliation service sees it: its IRI, its id ({@code kind/slug}, the IRI less the identifier
 * space {@code {base}id/}), its type, its label, its other names, and a document's date.
 */
public record Entity(Node iri, String id, EntityType type, String label, List<String> variants, Optional<String> date) {
    /** The name score of {@code query} against this entity's names ({@link NameScore}). */
    public int score(String query) {
        return NameScore.score(query, label, variants);
    }
}
