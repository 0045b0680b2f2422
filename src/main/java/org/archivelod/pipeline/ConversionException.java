package org.archivelod.pipeline;

/**
 * Input the pipeline cannot use: a record, an RDF file or an authority file that is unreadable, malformed or does not
 * conform. The message says where ({@code records/x.txt:3: expected a date line…}); {@link #file()} and {@link #line()}
 * say it again for a {@link ProblemHandler}, and the exception that told us (a parser's, the file system's) stays the cause.
 */
public class ConversionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    /** A problem whose message already says where, or that concerns no one file. */
    public ConversionException(String message) {
        this(message, null);
    }

    public ConversionException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.line = 0;
    }

    /** A problem at {@code line} of {@code file} (0: the whole file); the message is {@code file:line: problem}. */
    public ConversionException(String file, long line, String problem, Throwable cause) {
        super(ProblemHandler.Problem.where(file, line) + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** The file the problem is in, or null when the message alone says it. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, 0 when it concerns the whole file (or no file). */
    public long line() {
        return line;
    }
}
