package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.archivelod.HostileRecord;
import org.archivelod.TestFiles;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.serve.site.DataFormat;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.DatasetLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A record full of markup, quotes, CDATA ends, SPARQL and path traversal, converted and served: every page shows those
 * words as inert text, its data parses; hostile request paths get 4xx, never a file or a 500; and no code builds
 * SPARQL by gluing IRIs into strings.
 */
class InjectionTest {
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("hostile");
        Files.writeString(dir.resolve("hostile.txt"), HostileRecord.TEXT);
        ArchiveStore store = ArchiveStore.inMemory();
        Conversion conversion = new Conversion(new ConversionSettings(ServeFixtures.BASE, TestFiles.AUTHORITY));
        new DatasetLoader(store).load(sink -> conversion.run(List.of(dir.resolve("hostile.txt"), TestFiles.SEED_LETTER), sink));
        Path dumps = Files.createTempDirectory("archive-lod-dumps");
        site = RunningSite.serve(store, new ServeSettings(ServeFixtures.BASE, ServeSettings.LOOPBACK, 0, false, dumps), dumps);
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    @Test
    void everyPage_showsTheHostileWordsAsInertText() throws Exception {
        Set<String> visited = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of("/", "/dumps/"));
        Pattern link = Pattern.compile("href=\"(/(?:page|queries)/[^\"]+)\"");
        boolean sawEscapedScript = false;
        while (!next.isEmpty() && visited.size() < 200) {
            String path = next.pop();
            if (!visited.add(path)) continue;
            HttpResponse<String> r = site.get(path, "Accept", "text/html");
            assertEquals(200, r.statusCode(), path);
            String html = SchemaOrgTest.withoutDataBlock(r.body());
            for (String active : List.of("<script", "<img", "<b>", "<![CDATA[", "onerror=", "<Archive>", "</td> papers")) {
                assertFalse(html.contains(active), path + " holds live markup '" + active + "'");
            }
            sawEscapedScript |= html.contains("&lt;script&gt;");
            Matcher m = link.matcher(html);
            while (m.find()) next.add(m.group(1).replace("&amp;", "&"));
        }
        assertTrue(sawEscapedScript, "the hostile words are shown, escaped");
        assertTrue(visited.stream().anyMatch(p -> p.startsWith("/page/document/")), "the documents' pages were visited: " + visited);
        System.out.println("InjectionTest: " + visited.size() + " pages checked for live markup");
    }

    @Test
    void hostileDocument_dataParsesInEveryFormat() throws Exception {
        HttpResponse<String> home = site.get("/", "Accept", "text/html");
        Matcher m = Pattern.compile("href=\"/page/(document/[^\"]+)\"").matcher(home.body());
        int documents = 0;
        while (m.find()) {
            for (DataFormat format : DataFormat.values()) {
                HttpResponse<String> r = site.get("/data/" + m.group(1) + "." + format.extension());
                assertEquals(200, r.statusCode());
                Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(format.mediaType());
                long triples = lang.equals(Lang.JSONLD) ? org.archivelod.dump.LocalContext.parse(r.body()).size()   // no network
                        : RDFParser.fromString(r.body(), lang).toDatasetGraph().stream().count();
                assertTrue(triples > 10, format.toString());
            }
            documents++;
        }
        assertEquals(2, documents);
    }

    /** Sends a request line as written (no client clean-up) and returns the status line and the body. */
    static String raw(String target) throws Exception {
        try (Socket s = new Socket("127.0.0.1", site.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void hostilePaths_get4xx_neverAFileOrA500() throws Exception {
        List<String> targets = List.of("/id/../../etc/passwd", "/id/..%2f..%2fetc%2fpasswd", "/page/%2e%2e/%2e%2e/etc/passwd",
                "/data/../../../etc/passwd", "/dumps/../../etc/passwd", "/dumps/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/id/person/a>b", "/id/person/a<b", "/id/person/a%3Eb", "/id/person/a%20b", "/id/person/a b",
                "/id/person/%00", "/id/person/%zz", "/page/person/\"onmouseover=alert(1)", "/id/person/" + "a".repeat(5000),
                "/page/" + "x/".repeat(3000), "/id/person/" + "a".repeat(100_000), "/queries/%2e%2e%2fpom.xml",
                "/id/person/zhou-enlai/../../../../etc/passwd", "//etc/passwd", "/id/person/zhou-enlai%0d%0aSet-Cookie:x=1");
        for (String target : targets) {
            String answer = raw(target);
            String status = answer.lines().findFirst().orElse("");
            int code = Integer.parseInt(status.split(" ")[1]);
            String shown = target.length() > 80 ? target.substring(0, 80) + "…" : target;
            assertTrue(code >= 400 && code < 500, shown + " gave " + status);
            assertFalse(answer.contains("root:x:0:0") || answer.contains("<artifactId>"), shown + " served a file");
            String headers = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            assertFalse(headers.contains("Set-Cookie"), shown + " split the response");
            for (String leak : List.of("at org.", "Exception", "/work/", "/tmp/")) assertFalse(answer.contains(leak), shown + ": " + leak);
        }
        System.out.println("InjectionTest: " + targets.size() + " hostile paths answered 4xx");
    }

    @Test
    void noCodeBuildsSparqlByGluingStrings() throws Exception {
        Pattern glue = Pattern.compile("\"<\"\\s*\\+|\\+\\s*\">\"|<%s>|\"<\\$\\{|'<'\\s*\\+");
        Pattern sparql = Pattern.compile("(?i)\\b(select|construct|describe|ask|insert|delete|where|graph)\\b");
        StringBuilder found = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (!glue.matcher(lines.get(i)).find()) continue;
                    String near = String.join("\n", lines.subList(Math.max(0, i - 5), Math.min(lines.size(), i + 6)));
                    if (sparql.matcher(near).find()) found.append(f).append(':').append(i + 1).append(": ").append(lines.get(i).strip()).append('\n');
                }
            }
        }
        assertEquals("", found.toString(), "SPARQL built from strings; bind Nodes instead (ParameterizedSparqlString, substitution)");
    }
}
