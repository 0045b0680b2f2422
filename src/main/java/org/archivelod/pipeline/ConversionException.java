package org.archivelod.pipeline;

/** A conversion that cannot go on: a record or an authority file is unreadable or malformed; the message says where. */
public class ConversionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConversionException(String message) {
        super(message);
    }
}
