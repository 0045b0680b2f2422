package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A script on another origin, in a real browser (headless chromium), fetches an entity IRI asking for Turtle: the
 * browser must be allowed to follow the 303 and read the data (CORS on the redirect and on the data), and to read the
 * exposed ETag. The page comes from a second server on another port; what the script saw is written into its DOM.
 */
class CrossOriginBrowserTest {
    private static RunningSite site;
    private static HttpServer otherOrigin;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium is not installed (apt-get install -y chromium)");
        site = RunningSite.startOnProjectDataAtItsAddress();
        otherOrigin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String script = """
                <!DOCTYPE html><html><body><p id="out">pending</p><script>
                fetch('%s', {headers: {'Accept': 'text/turtle'}})
                  .then(r => r.text().then(t => {
                    document.getElementById('out').textContent = 'status=' + r.status + ' redirected=' + r.redirected
                      + ' etag=' + (r.headers.get('ETag') ? 'yes' : 'no')
                      + ' label=' + (t.includes('"Zhou Enlai"@en') ? 'yes' : 'no'); }))
                  .catch(e => { document.getElementById('out').textContent = 'failed ' + e; });
                </script></body></html>""".formatted(site.base() + "id/person/zhou-enlai");
        otherOrigin.createContext("/", exchange -> {
            byte[] body = script.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        otherOrigin.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (otherOrigin != null) otherOrigin.stop(0);
        if (site != null) site.close();
    }

    @Test
    void aScriptOnAnotherOrigin_followsTheIri_andReadsTheData() throws Exception {
        String page = "http://127.0.0.1:" + otherOrigin.getAddress().getPort() + "/";
        String dom = HeadlessChromium.run("--virtual-time-budget=10000", "--dump-dom", page);
        assertTrue(dom.contains("status=200 redirected=true etag=yes label=yes"), dom);
    }
}
