package org.archivelod.cli;

import java.time.Duration;
import org.archivelod.serve.http.RequestLimits;
import picocli.CommandLine.Option;

/** What the server takes at most: query time, rows, query and request sizes, threads, concurrent requests, OAI-PMH page size. */
final class LimitOptions {
    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "a SPARQL query is stopped after this long (default: ${DEFAULT-VALUE})")
    double queryTimeout;

    @Option(names = "--max-result-rows", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_MAX_RESULT_ROWS,
            description = "rows a query may return at /sparql (default: ${DEFAULT-VALUE})")
    int maxResultRows;

    @Option(names = "--max-query-chars", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_MAX_QUERY_CHARS,
            description = "longest query accepted (default: ${DEFAULT-VALUE})")
    int maxQueryChars;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_MAX_REQUEST_BYTES,
            description = "largest request body accepted (default: ${DEFAULT-VALUE})")
    long maxRequestBytes;

    @Option(names = "--max-threads", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_MAX_THREADS,
            description = "threads serving requests (default: ${DEFAULT-VALUE})")
    int maxThreads;

    @Option(names = "--max-concurrent-requests", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_MAX_CONCURRENT,
            description = "requests handled at once; more wait briefly, then get 503 (default: ${DEFAULT-VALUE}; below --max-threads - 3)")
    int maxConcurrent;

    @Option(names = "--oai-page-size", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_OAI_PAGE_SIZE,
            description = "records, headers or sets in one OAI-PMH answer at /oai; the rest follow a resumption token (default: ${DEFAULT-VALUE})")
    int oaiPageSize;

    /** The limits asked for; an IllegalArgumentException says which value is out of range. */
    RequestLimits limits() {
        return new RequestLimits(Duration.ofMillis(Math.round(queryTimeout * 1000)), maxResultRows, maxQueryChars,
                maxRequestBytes, Math.min(4, maxThreads), maxThreads, maxConcurrent, Duration.ofMillis(500), oaiPageSize);
    }
}
