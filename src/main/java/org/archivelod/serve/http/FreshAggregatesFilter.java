package org.archivelod.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.archivelod.store.StaleAggregates;

/**
 * With {@code --allow-update}, before a request is answered, refreshes the site aggregates if a write
 * ({@link WriteWatchFilter}) made them stale: the pages then count and list what the store holds now. Nothing is done
 * while no write came.
 */
public final class FreshAggregatesFilter implements Filter {
    private final StaleAggregates aggregates;

    public FreshAggregatesFilter(StaleAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        aggregates.refreshIfStale();
        chain.doFilter(req, resp);
    }
}
