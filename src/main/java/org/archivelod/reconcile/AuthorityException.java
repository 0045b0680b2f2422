package org.archivelod.reconcile;

/** An authority file that cannot be read or breaks the rules of the format; the message names the file. */
public final class AuthorityException extends Exception {
    private static final long serialVersionUID = 1L;

    public AuthorityException(String message) {
        super(message);
    }

    /** The problem {@code cause} (a JSON parser's, the file system's) in the authority file's words; the cause is kept. */
    public AuthorityException(String message, Throwable cause) {
        super(message, cause);
    }
}
