package org.archivelod.evaluate;

/**
 * One difference between a conversion and the gold: in {@code record}, for {@code field}, the conversion asserted
 * {@code converted} where the gold says {@code gold} (either may be null: asserted without gold, or missed).
 */
public record Disagreement(String record, String field, String converted, String gold) {
    /** "wrong" (both present and different), "extra" (asserted, not in the gold) or "missed". */
    public String kind() {
        if (converted != null && gold != null) return "wrong";
        return converted != null ? "extra" : "missed";
    }
}
