package org.archivelod.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.archivelod.serve.http.Responses;

/**
 * Refuses {@code TRACE} (and the old {@code TRACK}) everywhere with 405: echoing a request back serves no reader and
 * can leak headers to scripts (cross-site tracing). Plain {@code OPTIONS} answers with what the site does allow.
 */
public final class TraceRefusal implements Filter {
    static final String ALLOWED = "GET, HEAD, POST, OPTIONS";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String method = request.getMethod();
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            response.setHeader("Allow", ALLOWED);
            Responses.plain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed here.");
            return;
        }
        if ("OPTIONS".equals(method) && request.getHeader("Access-Control-Request-Method") == null) {
            response.setHeader("Allow", ALLOWED);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, resp);
    }
}
