package org.archivelod.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.archivelod.serve.http.RequestLimits;
import org.archivelod.serve.http.Responses;

/**
 * Size limits at {@code /sparql}: a request body over {@link RequestLimits#maxRequestBytes()} gets 413, a query over
 * {@link RequestLimits#maxQueryChars()} gets 413, and a SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a
 * larger one, runs with {@code LIMIT maxResultRows} (the answer then carries {@code X-Result-Limit}). The query is
 * parsed and written back by Jena, never edited as a string.
 */
public final class SparqlLimitsFilter implements Filter {
    public static final String RESULT_LIMIT_HEADER = "X-Result-Limit";
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final RequestLimits limits;
    private final String base;

    public SparqlLimitsFilter(RequestLimits limits, String base) {
        this.limits = limits;
        this.base = base;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (request.getContentLengthLong() > limits.maxRequestBytes()) {
            tooLarge(response, "The request body is larger than " + limits.maxRequestBytes() + " bytes.");
            return;
        }
        String type = mediaType(request.getContentType());
        if ("POST".equals(request.getMethod()) && SPARQL_QUERY.equals(type)) {
            byte[] body = readAtMost(request.getInputStream(), limits.maxRequestBytes());
            if (body == null) {
                tooLarge(response, "The request body is larger than " + limits.maxRequestBytes() + " bytes.");
                return;
            }
            String query = new String(body, StandardCharsets.UTF_8);
            if (query.length() > limits.maxQueryChars()) {
                tooLarge(response, "The query is longer than " + limits.maxQueryChars() + " characters.");
                return;
            }
            String limited = limited(query, response);
            chain.doFilter(new BodyRequest(request, limited.getBytes(StandardCharsets.UTF_8)), response);
            return;
        }
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "POST".equals(request.getMethod()) && FORM.equals(type)) {
            String query = request.getParameter("query");
            if (query != null) {
                if (query.length() > limits.maxQueryChars()) {
                    tooLarge(response, "The query is longer than " + limits.maxQueryChars() + " characters.");
                    return;
                }
                chain.doFilter(new QueryParameterRequest(request, limited(query, response)), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The query with its row limit capped; a query that does not parse goes on as it is, for Fuseki to report. */
    String limited(String text, HttpServletResponse response) {
        Query query;
        try {
            query = QueryFactory.create(text, base, Syntax.syntaxARQ);
        } catch (QueryParseException | StackOverflowError e) {
            return text;
        }
        if (!(query.isSelectType() || query.isConstructType() || query.isDescribeType())) {
            return text;
        }
        if (query.hasLimit() && query.getLimit() <= limits.maxResultRows()) {
            return text;
        }
        query.setLimit(limits.maxResultRows());
        query.setBaseURI((String) null);     // written with absolute IRIs (the writer drops BASE, not the relative forms)
        response.setHeader(RESULT_LIMIT_HEADER, Integer.toString(limits.maxResultRows()));
        return query.serialize();
    }

    private static void tooLarge(HttpServletResponse response, String message) throws IOException {
        response.setHeader("Connection", "close");
        Responses.plain(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, message);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The whole stream if it holds at most {@code max} bytes, otherwise null. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return bytes.length > max ? null : bytes;
    }

    /** The request with the {@code query} parameter replaced. */
    private static final class QueryParameterRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        QueryParameterRequest(HttpServletRequest request, String query) {
            super(request);
            Map<String, String[]> p = new LinkedHashMap<>(request.getParameterMap());
            p.put("query", new String[] {query});
            this.parameters = Collections.unmodifiableMap(p);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
