package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import org.archivelod.uri.IriPaths;

/**
 * Absolute {@code Location} values for redirects: the scheme, host and port the client used (its Host header), and
 * the path percent-encoded as UTF-8, so that an IRI with Chinese or Cyrillic characters round-trips through the header
 * (HTTP headers are ASCII; a raw non-ASCII path would be mangled).
 */
final class Locations {
    private Locations() {}

    /** {@code path} (decoded, starting with {@code /}) as an absolute URI on the server the request reached. */
    static String absolute(HttpServletRequest request, String path) {
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return request.getScheme() + "://" + host + ":" + request.getServerPort() + encode(path);
    }

    /** The path with every character outside ASCII (and any unsafe one) percent-encoded as UTF-8. */
    static String encode(String path) {
        return IriPaths.encode(path);
    }
}
