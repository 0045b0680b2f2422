package org.archivelod.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.archivelod.search.SearchIndex;

/**
 * With {@code --allow-update}, a request that may change the store (any POST, PUT, PATCH or DELETE to
 * {@code /sparql}) marks the search index stale, so that the next search rebuilds it from the store first.
 */
public final class SearchRefreshFilter implements Filter {
    private final SearchIndex index;

    public SearchRefreshFilter(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } finally {
            String method = ((HttpServletRequest) req).getMethod();
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
                index.markStale();
            }
        }
    }
}
