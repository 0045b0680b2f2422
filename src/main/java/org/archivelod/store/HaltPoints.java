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
    /** {@code SIGTERM} to be stopped by that signal at the step rather than halted. */
    public static final String SIGNAL = "archivelod.haltWith";
    /** The exit code of a halt: the one a shell reports for SIGKILL. */
    public static final int EXIT = 137;

    private HaltPoints() {}

    /**
     * Halts the JVM if {@code step} is the one named by {@value #PROPERTY}; with {@value #SIGNAL}{@code =SIGTERM}, sends
     * the process SIGTERM instead (with {@code kill}) and waits here while the JVM runs its shutdown hooks and exits.
     */
    public static void reach(String step) {
        if (!step.equals(System.getProperty(PROPERTY))) return;
        boolean term = "SIGTERM".equals(System.getProperty(SIGNAL));
        // standard error directly, the one exception to "library code does not print" (ArchitectureRules): the process
        // halts next, with no handler or command left to pass a message to, and the fault tests read this line
        System.err.println("archive-lod: " + (term ? "SIGTERM" : "halted") + " at " + step + " (" + PROPERTY + ")");
        System.err.flush();
        if (term) {
            try {
                new ProcessBuilder("kill", "-TERM", Long.toString(ProcessHandle.current().pid())).inheritIO().start().waitFor();
                while (true) Thread.sleep(1_000);   // the JVM ends while this step waits, as it would mid-step
            } catch (java.io.IOException | InterruptedException e) {
                System.err.println("archive-lod: could not send SIGTERM: " + e);
            }
        }
        Runtime.getRuntime().halt(EXIT);
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
