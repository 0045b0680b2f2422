package org.archivelod.parse;

/** A record that cannot be read as a Digital Archive record; the message names the file and line. */
public final class RecordFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final String problem;

    public RecordFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() { return source; }

    /** 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() { return line; }

    public String problem() { return problem; }
}
