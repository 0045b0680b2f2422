package org.archivelod.evaluate;

/** Counts of agreement for one field or entity kind: true positives, false positives, false negatives. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }

    /** Share of what was asserted that is right; 1 when nothing was asserted. */
    public double precision() {
        int asserted = truePositives + falsePositives;
        return asserted == 0 ? 1.0 : (double) truePositives / asserted;
    }

    /** Share of the gold that was found; 1 when the gold holds nothing. */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }
}
