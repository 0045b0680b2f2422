package org.archivelod.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.archivelod.serve.http.Responses;
import org.archivelod.serve.http.UpdateCredentials;

/**
 * With {@code --allow-update}: every request to {@code /sparql} that is not plainly a read (a query by GET, by
 * {@code application/sparql-query} or by a form holding {@code query} and no {@code update}; a Graph Store GET) must
 * carry HTTP Basic credentials that match {@link UpdateCredentials}, or it gets 401. Reads stay open to all.
 */
public final class BasicAuth implements Filter {
    static final String REALM = "archive-lod update";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private final UpdateCredentials credentials;

    public BasicAuth(UpdateCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (isRead(request) || authorised(request.getHeader("Authorization"))) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) resp;
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        Responses.plain(response, HttpServletResponse.SC_UNAUTHORIZED, "Updates need the update credentials.");
    }

    static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        if (READ_METHODS.contains(method)) {
            return request.getParameter("update") == null;
        }
        if (!"POST".equals(method)) {
            return false;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query")) {
            return true;
        }
        return type.startsWith("application/x-www-form-urlencoded")
                && request.getParameter("update") == null && request.getParameter("query") != null;
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        return colon > 0 && credentials.matches(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
