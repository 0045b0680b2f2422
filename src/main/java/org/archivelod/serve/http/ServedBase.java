package org.archivelod.serve.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.archivelod.store.ArchiveStore;

/**
 * The base IRI a server mints with and the port it listens on, settled before anything is converted: without
 * {@code --base}, the base is the address the server listens at ({@code http://localhost:PORT/} on loopback, the host
 * given otherwise), a port of 0 being replaced by a free one first so that the base can name it. With {@code --base},
 * {@link #mismatch()} says when the base is not the address listened at, so that a wrong base is noticed at start
 * rather than by every broken link.
 *
 * @param base the base IRI, ending with {@code /}
 * @param port the port to listen on (never 0 when the base was derived)
 * @param listening the address the server can be reached at, e.g. {@code http://localhost:3030/}
 */
public record ServedBase(String base, int port, String listening) {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    /** Settles the base and port from the options; {@code base} empty when {@code --base} was not given. */
    public static ServedBase settle(Optional<String> base, String host, int port) throws IOException {
        String name = LOOPBACK_NAMES.contains(host) || host.equals("0.0.0.0") ? "localhost"
                : host.contains(":") ? "[" + host + "]" : host;
        if (base.isPresent()) {
            return new ServedBase(base.get(), port, "http://" + name + ":" + port + "/");
        }
        int chosen = port != 0 ? port : freePort(host);
        String listening = "http://" + name + ":" + chosen + "/";
        return new ServedBase(listening, chosen, listening);
    }

    /**
     * The base the data of a store was minted with, read from its concepts ({@code {base}id/concept/…}), for a store
     * served as it is; empty for an empty store.
     */
    public static Optional<String> mintedIn(DatasetGraph store) {
        return Txn.calculateRead(store, () -> ArchiveStore.mintedBase(store));
    }

    /** A warning when the base's host or port is not the address listened at (a proxy may still forward it: fine). */
    public Optional<String> mismatch() {
        // a port of 0 with a given base is known only once bound: nothing to compare
        if (base.equals(listening) || port == 0 || sameHost() && portOf(base) == port) {
            return Optional.empty();
        }
        return Optional.of("IRIs are minted under " + base + " but this server listens at " + listening
                + ": they dereference only where a proxy forwards " + base + " to this address (set --base to the public address, "
                + "or leave it out to mint under the address listened at)");
    }

    private boolean sameHost() {
        String host = URI.create(base).getHost();
        String here = URI.create(listening).getHost();
        return host != null && (host.equalsIgnoreCase(here) || LOOPBACK_NAMES.contains(host) && LOOPBACK_NAMES.contains(here));
    }

    private static int portOf(String iri) {
        URI uri = URI.create(iri);
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        }
    }
}
