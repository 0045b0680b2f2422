package org.archivelod.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-origin access on every route — IRIs and their 303s, data, pages, SPARQL, dumps, the dataset description: any
 * origin may read them (they are public and carry no credentials), and scripts may read the headers linked-data clients
 * follow (Link, ETag, Location); preflight requests are answered here.
 */
public final class CorsFilter implements Filter {
    private static final String METHODS = "GET, HEAD, POST, OPTIONS";
    private static final String HEADERS = "Accept, Content-Type, If-None-Match, If-Modified-Since";
    private static final String EXPOSED = "Link, ETag, Last-Modified, Location, Vary, Content-Type, Content-Length";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", HEADERS);
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, resp);
    }
}
