package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code serve --check} against a real HTTP server: every path asked and told, and one failing answer fails the check. */
class SiteCheckTest {
    private static List<String> check(String failing, boolean[] passed) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String asked = exchange.getRequestURI().getRawPath().substring(1);
            int status = failing != null && failing.startsWith(asked) && !asked.isEmpty() ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            StringWriter told = new StringWriter();
            passed[0] = new SiteCheck().passes("http://127.0.0.1:" + server.getAddress().getPort() + "/", new PrintWriter(told));
            return told.toString().lines().toList();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void passesWhenEveryPathAnswers200() throws Exception {
        boolean[] passed = {false};
        List<String> told = check(null, passed);
        assertTrue(passed[0]);
        assertEquals(SiteCheck.PATHS.size(), told.size(), told.toString());
        assertTrue(told.get(1).startsWith("archive-lod serve: check: 200 /timeline ("), told.get(1));
    }

    @Test
    void failsWhenOnePathDoesNot() throws Exception {
        boolean[] passed = {true};
        List<String> told = check("network", passed);
        assertFalse(passed[0]);
        assertEquals(SiteCheck.PATHS.size(), told.size(), "every path is still asked and told: " + told);
        assertTrue(told.get(2).startsWith("archive-lod serve: check: 500 /network ("), told.get(2));
    }

    @Test
    void failsWhenNothingAnswers() throws Exception {
        StringWriter told = new StringWriter();
        // a port nothing listens on any more: the server is gone
        int port;
        try (java.net.ServerSocket gone = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        assertFalse(new SiteCheck().passes("http://127.0.0.1:" + port + "/", new PrintWriter(told)));
        assertTrue(told.toString().contains("check: no answer"), told.toString());
    }
}
