package org.archivelod.validate;

import java.util.Comparator;
import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One thing wrong with the data: what kind of check found it, the resource it is about, the property
 * ({@code path}, may be null), the offending value (may be null) and a sentence saying what was expected.
 */
public record Problem(Kind kind, Node focusNode, Node path, Node value, String message) {

    /** The check that found a problem; {@link #label()} is the word used in reports. */
    public enum Kind {
        SHAPE("shape"), UNKNOWN_TERM("unknown-term"), DOMAIN("domain"), RANGE("range");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** Report order: by resource, then kind, property, value and message; stable from run to run. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> str(p.focusNode()))
            .thenComparing(Problem::kind)
            .thenComparing(p -> str(p.path()))
            .thenComparing(p -> str(p.value()))
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(message, "message");
    }

    private static String str(Node n) { return n == null ? "" : n.toString(); }
}
