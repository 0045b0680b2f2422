package org.archivelod.store;

/** A store that cannot be opened, read or written; the message says which store and why. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
