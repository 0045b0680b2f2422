package org.archivelod.serve.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.archivelod.serve.site.SchemaOrg;

/**
 * Renders the site's HTML from the Mustache templates in {@code templates/} on the classpath. Mustache escapes
 * every {@code {{value}}} for HTML. The one unescaped output ({@code {{{schemaOrg}}}} in the header) is JSON written
 * by {@link SchemaOrg#script}, which holds no {@code <}, {@code >} or {@code &}: HTML escaping would be wrong inside a
 * script element, and that JSON cannot leave it.
 */
public final class PageRenderer {
    private final MustacheFactory templates = new DefaultMustacheFactory("templates");

    /** Renders {@code template} (a name without {@code .mustache}) with {@code scope}. */
    public String render(String template, Map<String, ?> scope) {
        Mustache mustache = templates.compile(template + ".mustache");
        StringWriter out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }

    /** Sends a rendered page with the given status; the body is omitted for HEAD requests by the container. */
    public void send(HttpServletResponse response, int status, String template, Map<String, ?> scope) throws IOException {
        write(response, status, "text/html;charset=utf-8", render(template, scope));
    }

    /** The 404 answer: an HTML page for browsers, plain text for other clients. */
    public void sendNotFound(HttpServletResponse response, boolean html, String path) throws IOException {
        if (html) {
            send(response, HttpServletResponse.SC_NOT_FOUND, "notfound", Map.of("title", "Not found", "path", path));
        } else {
            write(response, HttpServletResponse.SC_NOT_FOUND, "text/plain;charset=utf-8", "Not found: " + path + "\n");
        }
    }

    private static void write(HttpServletResponse response, int status, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
