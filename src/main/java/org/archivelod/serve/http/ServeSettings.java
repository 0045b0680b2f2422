package org.archivelod.serve.http;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the site is served: the base IRI of the data ({@code http://localhost:3030/} by default), the address to
 * bind ({@code 127.0.0.1} unless told otherwise), the port (0 picks a free one), whether SPARQL Update and Graph
 * Store writes are allowed (off by default; when on, only with {@code updateCredentials}), the folder the dumps are
 * written to at start, and the {@link RequestLimits}.
 */
public record ServeSettings(String base, String host, int port, boolean allowUpdate, Path dumpFolder, RequestLimits limits,
                            Optional<UpdateCredentials> updateCredentials) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    public ServeSettings {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the base IRI must end with '/': " + base);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port number: " + port);
        }
        if (allowUpdate && updateCredentials.isEmpty()) {
            throw new IllegalArgumentException("updates are allowed only with credentials");
        }
    }

    /** Read-only settings with the default limits. */
    public ServeSettings(String base, String host, int port, boolean allowUpdate, Path dumpFolder) {
        this(base, host, port, allowUpdate, dumpFolder, RequestLimits.defaults(), Optional.empty());
    }

    /** The same settings with other limits. */
    public ServeSettings withLimits(RequestLimits other) {
        return new ServeSettings(base, host, port, allowUpdate, dumpFolder, other, updateCredentials);
    }

    /** Read-only settings for the default base on loopback. */
    public static ServeSettings readOnly(int port, Path dumpFolder) {
        return new ServeSettings(org.archivelod.uri.UriScheme.DEFAULT_BASE, LOOPBACK, port, false, dumpFolder);
    }

    /** Whether the server listens on the loopback interface only. */
    public boolean loopbackOnly() {
        return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1");
    }
}
