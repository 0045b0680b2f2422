package org.archivelod.cli;

/** The exit codes of every command. */
public final class ExitCodes {
    /** Done; data conforms. */
    public static final int OK = 0;
    /** Invalid data or failed checks. */
    public static final int INVALID = 1;
    /** Bad usage or unreadable input. */
    public static final int USAGE = 2;
    /** A bug in archive-lod: an exception nobody expected, told as such with its stack trace. */
    public static final int BUG = 3;

    private ExitCodes() {}
}
