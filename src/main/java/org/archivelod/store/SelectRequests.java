package org.archivelod.store;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/**
 * The SELECT requests a front sends its store, asking for the results in the formats that are cheapest to write and
 * to read, by content negotiation: Jena's binary Thrift format (Fuseki), else the standard tab-separated values
 * (SPARQL 1.1 Query Results CSV and TSV Formats; QLever, Virtuoso and Oxigraph write it), else JSON or XML. Every
 * store answers one of them, and the rows read are the same whatever the format. Measured at 10^5 documents on the
 * standalone Fuseki (the entity page's lists of Stalin, 5,182 rows, five runs each): JSON took Fuseki 0.50–0.57 s,
 * most of it writing the JSON a character at a time (a third of its samples in a flight recording), 2.4 MB; TSV
 * 0.27–0.41 s, 1.3 MB; Thrift 0.28–0.37 s, 1.4 MB, which the front reads in 20–35 ms where it read the JSON in 29–55 ms
 * and TSV in 46–73 ms.
 *
 * <pre>{@code
 * try (QueryExec exec = SelectRequests.to("http://localhost:3030/ds").query(query).build()) { ... }
 * }</pre>
 */
public final class SelectRequests {
    /** The result formats asked for, best first. */
    static final String ACCEPT = "application/sparql-results+thrift, text/tab-separated-values;q=0.9, "
            + "application/sparql-results+json;q=0.8, application/sparql-results+xml;q=0.7";

    private SelectRequests() {}

    /** A query request to the SPARQL query service {@code service}, its SELECT results asked for as {@link #ACCEPT} says. */
    public static QueryExecHTTPBuilder to(String service) {
        return QueryExecHTTP.service(service).acceptHeaderSelectQuery(ACCEPT);
    }
}
