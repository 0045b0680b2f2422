package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /assets/…}: the few script and style files of the query page's editor, served from the jar (no CDN):
 * CodeMirror 5 from its WebJar ({@code /assets/codemirror/{version}/lib/codemirror.js}, its SPARQL mode, the hint
 * and bracket-matching add-ons, and the licence), cached for a year since the version is in the address; and
 * {@code /assets/query-editor.js}, our script that turns the query form's text area into that editor. Any other
 * path is a 404: the WebJar's other files are not offered.
 */
public final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String WEBJAR = "META-INF/resources/webjars/codemirror/";
    /** CodeMirror's version, as its WebJar states it. */
    public static final String CODEMIRROR_VERSION = webJarVersion();
    /** The editor's files, by path under {@code /assets/codemirror/{version}/}, with their media types. */
    private static final Map<String, String> CODEMIRROR_FILES = Map.of(
            "lib/codemirror.js", "text/javascript", "lib/codemirror.css", "text/css",
            "mode/sparql/sparql.js", "text/javascript", "addon/hint/show-hint.js", "text/javascript",
            "addon/hint/show-hint.css", "text/css", "addon/edit/matchbrackets.js", "text/javascript",
            "LICENSE", "text/plain");
    private static final Map<String, String> OWN_FILES = Map.of("query-editor.js", "text/javascript");

    /** The address of CodeMirror's file {@code path} ("lib/codemirror.js"). */
    public static String codeMirror(String path) {
        return "/assets/codemirror/" + CODEMIRROR_VERSION + "/" + path;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String prefix = "codemirror/" + CODEMIRROR_VERSION + "/";
        String resource;
        String type;
        boolean versioned;
        if (path.startsWith(prefix) && CODEMIRROR_FILES.containsKey(path.substring(prefix.length()))) {
            resource = WEBJAR + CODEMIRROR_VERSION + "/" + path.substring(prefix.length());
            type = CODEMIRROR_FILES.get(path.substring(prefix.length()));
            versioned = true;
        } else if (OWN_FILES.containsKey(path)) {
            resource = "assets/" + path;
            type = OWN_FILES.get(path);
            versioned = false;
        } else {
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such asset.");
            return;
        }
        byte[] bytes;
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such asset.");
                return;
            }
            bytes = in.readAllBytes();
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type + ";charset=utf-8");
        response.setHeader("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String webJarVersion() {
        Properties p = new Properties();
        try (InputStream in = AssetServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/codemirror/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the CodeMirror WebJar is not on the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
