package org.archivelod.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.archivelod.store.RemoteDatasetGraph;

/**
 * On a front, each request is a page of its own for the batched reads of the store ({@link RemoteDatasetGraph#pageStarts}):
 * what an earlier page fetched together is kept, not fetched along with what the next page reads.
 */
public final class PageReadsFilter implements Filter {
    private final RemoteDatasetGraph store;

    public PageReadsFilter(RemoteDatasetGraph store) {
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        store.pageStarts();
        try {
            chain.doFilter(req, resp);
        } finally {
            store.pageEnds();
        }
    }
}
