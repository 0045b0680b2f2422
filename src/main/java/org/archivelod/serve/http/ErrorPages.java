package org.archivelod.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last word on failures: an exception or a stack overflow escaping a servlet is logged here and answered with a
 * plain {@code 500} that says nothing of the code, its stack or the files it reads.
 */
public final class ErrorPages implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    static final String MESSAGE = "Internal server error. The problem has been logged.";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | StackOverflowError e) {
            fail((HttpServletRequest) request, (HttpServletResponse) response, e);
        }
    }

    private static void fail(HttpServletRequest request, HttpServletResponse response, Throwable e) throws IOException {
        LOG.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), e.toString(), e);
        if (response.isCommitted()) {
            return;      // part of the answer is sent; the connection is closed by Jetty
        }
        response.reset();
        Responses.plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, MESSAGE);
    }
}
