package org.archivelod.serve.http;

import java.time.Duration;

/**
 * What one request may cost the server: the time a SPARQL query may run, the rows it may return, the size of a query
 * and of a request body, the threads that serve requests and how many requests run at once (the others wait up to
 * {@code queueWait}, then get 503), and how many records, headers or sets one OAI-PMH answer lists before its resumption
 * token. The defaults suit a public endpoint on a small machine.
 */
public record RequestLimits(Duration queryTimeout, int maxResultRows, int maxQueryChars, long maxRequestBytes,
                            int minThreads, int maxThreads, int maxConcurrentRequests, Duration queueWait,
                            int oaiPageSize) {
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_RESULT_ROWS = 10_000;
    public static final int DEFAULT_MAX_QUERY_CHARS = 20_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;
    public static final int DEFAULT_MAX_THREADS = 48;
    public static final int DEFAULT_MAX_CONCURRENT = 32;
    public static final int DEFAULT_OAI_PAGE_SIZE = 100;

    public RequestLimits {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) throw new IllegalArgumentException("the query timeout must be positive");
        if (maxResultRows < 1 || maxQueryChars < 1 || maxRequestBytes < 1) throw new IllegalArgumentException("limits must be positive");
        if (minThreads < 1 || maxThreads < minThreads) throw new IllegalArgumentException("need 1 <= min threads <= max threads");
        // Jetty keeps some threads for accepting and selecting: fewer concurrent requests than threads, or a flood
        // queues inside Jetty instead of being answered 503
        if (maxConcurrentRequests < 1 || maxConcurrentRequests > maxThreads - 4)
            throw new IllegalArgumentException("concurrent requests must be between 1 and max threads - 4 (" + (maxThreads - 4) + ")");
        if (queueWait.isNegative()) throw new IllegalArgumentException("the queue wait must not be negative");
        if (oaiPageSize < 1) throw new IllegalArgumentException("the OAI-PMH page size must be positive");
    }

    public static RequestLimits defaults() {
        return new RequestLimits(DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_RESULT_ROWS, DEFAULT_MAX_QUERY_CHARS, DEFAULT_MAX_REQUEST_BYTES,
                4, DEFAULT_MAX_THREADS, DEFAULT_MAX_CONCURRENT, Duration.ofMillis(500), DEFAULT_OAI_PAGE_SIZE);
    }

    public RequestLimits withQueryTimeout(Duration timeout) {
        return new RequestLimits(timeout, maxResultRows, maxQueryChars, maxRequestBytes, minThreads, maxThreads, maxConcurrentRequests, queueWait, oaiPageSize);
    }

    public RequestLimits withMaxResultRows(int rows) {
        return new RequestLimits(queryTimeout, rows, maxQueryChars, maxRequestBytes, minThreads, maxThreads, maxConcurrentRequests, queueWait, oaiPageSize);
    }

    public RequestLimits withMaxQueryChars(int chars) {
        return new RequestLimits(queryTimeout, maxResultRows, chars, maxRequestBytes, minThreads, maxThreads, maxConcurrentRequests, queueWait, oaiPageSize);
    }

    /** {@code concurrent} requests at once on {@code threads} threads, the others waiting up to {@code wait}. */
    public RequestLimits withConcurrency(int threads, int concurrent, Duration wait) {
        return new RequestLimits(queryTimeout, maxResultRows, maxQueryChars, maxRequestBytes, Math.min(minThreads, threads), threads, concurrent, wait, oaiPageSize);
    }

    /** {@code size} records, headers or sets in one OAI-PMH answer; the rest follow a resumption token. */
    public RequestLimits withOaiPageSize(int size) {
        return new RequestLimits(queryTimeout, maxResultRows, maxQueryChars, maxRequestBytes, minThreads, maxThreads, maxConcurrentRequests, queueWait, size);
    }
}
