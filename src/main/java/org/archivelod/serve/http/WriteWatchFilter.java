package org.archivelod.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * With {@code --allow-update}, after a request that may change the store (any POST, PUT, PATCH or DELETE to
 * {@code /sparql}), tells what is computed from the store that it is stale: the search index (rebuilt from the store
 * before the next search) and the site aggregates (refreshed before the next page reads them).
 */
public final class WriteWatchFilter implements Filter {
    private final Runnable onWrite;

    public WriteWatchFilter(Runnable onWrite) {
        this.onWrite = onWrite;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } finally {
            String method = ((HttpServletRequest) req).getMethod();
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
                onWrite.run();
            }
        }
    }
}
