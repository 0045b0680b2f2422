package org.archivelod.cli;

/** The exit codes of every command. */
public final class ExitCodes {
    /** Done; data conforms. */
    public static final int OK = 0;
    /** Invalid data or failed checks. */
    public static final int INVALID = 1;
    /** Bad usage or unreadable input. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
