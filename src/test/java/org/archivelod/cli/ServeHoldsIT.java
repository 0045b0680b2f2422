package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What already held when issue 17 was written, and must keep holding, against the shaded jar's server: 400 connections
 * that send half a header and stall do not stop it from answering, and a 50 MB POST to {@code /sparql} gets 413.
 */
class ServeHoldsIT {
    @TempDir
    Path tmp;

    @Test
    void slowHeaders_doNotStopTheServer_andA50MbPostGets413() throws Exception {
        Path data = Releases.dataFolder(tmp.resolve("data"));
        try (ChildJvm.Server server = ChildJvm.serve(tmp, "--data", data.toString(), "--store", tmp.resolve("store").toString(),
                "--port", "0", "--base", Releases.NEW_BASE)) {
            URI uri = URI.create(server.url());
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 400; i++) {
                    Socket s = new Socket(uri.getHost(), uri.getPort());
                    s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow-" + i + ": ").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    slow.add(s);
                }
                long start = System.nanoTime();
                HttpResponse<String> ask = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                        HttpRequest.newBuilder(uri.resolve("/sparql?query=ASK%7B%7D")).timeout(Duration.ofSeconds(10))
                                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ask.statusCode(), ask.body());
                System.out.printf("ServeHoldsIT: with 400 stalled half-headers open, a query answered %d in %.2f s%n",
                        ask.statusCode(), (System.nanoTime() - start) / 1e9);
            } finally {
                for (Socket s : slow) s.close();
            }
            assertEquals("413", postOf50Mb(uri), "a 50 MB body is refused");
            assertTrue(server.process().isAlive(), "the server is still up");
        }
    }

    /** The status a 50 MB SPARQL query body gets (sent on another thread, stopping when the server closes). */
    private static String postOf50Mb(URI uri) throws Exception {
        long size = 50L << 20;
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: "
                    + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> {
                byte[] chunk = new byte[1 << 16];
                java.util.Arrays.fill(chunk, (byte) ' ');
                try {
                    for (long sent = 0; sent < size; sent += chunk.length) out.write(chunk);
                } catch (java.io.IOException closed) {
                    // the server answered and closed: the rest is not wanted
                }
            });
            sender.setDaemon(true);
            sender.start();
            long start = System.nanoTime();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            System.out.printf("ServeHoldsIT: a 50 MB POST to /sparql: \"%s\" after %.2f s%n", status, (System.nanoTime() - start) / 1e9);
            return status == null ? "closed" : status.split(" ")[1];
        }
    }
}
