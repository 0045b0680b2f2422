package org.archivelod.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.archivelod.serve.http.RequestLimits;
import org.archivelod.serve.http.Responses;

/**
 * At most {@link RequestLimits#maxConcurrentRequests()} requests run at once; another waits up to
 * {@link RequestLimits#queueWait()} for a turn and is then answered {@code 503 Service Unavailable} with
 * {@code Retry-After}. A flood thus degrades into quick 503s instead of queueing without bound.
 */
public final class OverloadFilter implements Filter {
    private final Semaphore running;
    private final int most;
    private final long waitMillis;

    public OverloadFilter(RequestLimits limits) {
        this.most = limits.maxConcurrentRequests();
        this.running = new Semaphore(most);
        this.waitMillis = limits.queueWait().toMillis();
    }

    /** How many requests are being answered now (those waiting for a turn left out). */
    public int running() {
        return most - running.availablePermits();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Retry-After", "1");
            http.setHeader("Connection", "close");
            Responses.plain(http, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy; please try again in a moment.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }
}
