package org.archivelod.pipeline;

/**
 * Where the pipeline tells what is wrong with its input, in the style of Jena's
 * {@code org.apache.jena.riot.system.ErrorHandler}, with the file beside the line: a <em>warning</em> is told and the
 * run goes on; an <em>error</em> is one document that cannot be used (unreadable, malformed, not conforming), and the
 * policy decides whether the run stops (it throws) or skips the document and goes on (it returns); a <em>fatal</em>
 * problem (the authority file, the shared graphs) stops the run whatever the policy. {@link Problems} has the two policies.
 * Library code reports here, never on standard error; the command line renders what arrives.
 */
public interface ProblemHandler {
    /** How bad a problem is. */
    enum Severity {
        WARNING, ERROR, FATAL;

        /** The word a report uses: {@code warning}, {@code error}, {@code fatal}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One problem: how bad, the file (may be null) and line (0: the whole file), and what is wrong. */
    record Problem(Severity severity, String file, long line, String message) {
        /** {@code file:line: }, {@code file: } or nothing, the prefix that says where. */
        public static String where(String file, long line) {
            if (file == null) return "";
            return file + (line > 0 ? ":" + line : "") + ": ";
        }

        /** {@code file:line: message}, as a report line. */
        @Override
        public String toString() {
            return where(file, line) + message;
        }
    }

    /** Something odd that does not stop the run (a parser's warning). */
    void warning(String file, long line, String message);

    /** A document that cannot be used: throws {@code problem} to stop the run, or returns to skip the document. */
    void error(ConversionException problem) throws ConversionException;

    /** Input the run cannot go on without: always throws {@code problem}, after telling it. */
    void fatal(ConversionException problem) throws ConversionException;
}
