package org.archivelod.cli;

import java.io.Serial;

/** An input file that cannot be read or parsed; the message says where, e.g. {@code x.ttl: line 3: …}. */
public final class UnreadableInputException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String message) {
        super(message);
    }
}
