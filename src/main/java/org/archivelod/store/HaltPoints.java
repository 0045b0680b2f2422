package org.archivelod.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Named points in the writes of {@code serve}'s start-up (conversion, validation, load, dumps, search index) where a
 * test can stop the process for real: with the system property {@code archivelod.haltAt=STEP}, the JVM halts when it
 * reaches that step ({@link Runtime#halt}: no shutdown hook, no {@code finally}, no flush, as after SIGKILL), after
 * one line to standard error. Without the property nothing happens.
 *
 * <pre>{@code
 * java -Darchivelod.haltAt=dumps -jar archive-lod.jar serve --store store   # exits 137 half-way through the dumps
 * }</pre>
 */
public final class HaltPoints {
    /** The system property naming the step to halt at. */
    public static final String PROPERTY = "archivelod.haltAt";
    /** The exit code of a halt: the one a shell reports for SIGKILL. */
    public static final int EXIT = 137;

    private HaltPoints() {}

    /** Halts the JVM if {@code step} is the one named by {@value #PROPERTY}. */
    public static void reach(String step) {
        if (step.equals(System.getProperty(PROPERTY))) {
            System.err.println("archive-lod: halted at " + step + " (" + PROPERTY + ")");
            System.err.flush();
            Runtime.getRuntime().halt(EXIT);
        }
    }

    /** {@code sink}, reaching {@code step} when its {@code n}th triple or quad arrives (before passing it on). */
    public static StreamRDF after(long n, String step, StreamRDF sink) {
        if (!step.equals(System.getProperty(PROPERTY))) return sink;
        return new StreamRDFWrapper(sink) {
            private long seen;

            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                if (++seen >= n) reach(step);
                super.triple(triple);
            }

            @Override
            public void quad(Quad quad) {
                if (++seen >= n) reach(step);
                super.quad(quad);
            }
        };
    }
}
