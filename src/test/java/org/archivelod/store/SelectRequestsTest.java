package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

/**
 * A front asks its store for SELECT results in the cheapest format the store writes (Jena's Thrift from Fuseki, else
 * tab-separated values, else JSON or XML), and reads the same rows whichever it gets: literals with new lines, tabs,
 * quotes and backslashes, language tags and datatypes, characters outside ASCII, blank nodes.
 */
class SelectRequestsTest {
    private static final String QUERY = "SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p ?o";

    @Test
    void theRowsAreTheSame_whateverFormatTheStoreWrites() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("http://example.org/graph/document/d");
        Node s = NodeFactory.createURI("http://example.org/id/document/d");
        List<Node> values = List.of(NodeFactory.createLiteralString("line one\nline two\ttabbed \"quoted\" back\\slash"),
                NodeFactory.createLiteralLang("Филиппов [Сталин] 毛泽东", "ru"),
                NodeFactory.createLiteralDT("1950-10-05", org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(XSD.date.getURI())),
                NodeFactory.createURI("http://example.org/id/person/%E8%8F%B2"), NodeFactory.createBlankNode("b1"));
        for (int i = 0; i < values.size(); i++) {
            data.add(Quad.create(g, s, NodeFactory.createURI(RDFS.label.getURI() + i), values.get(i)));
        }
        List<String> accepted = new ArrayList<>();
        List<String> written = new ArrayList<>();
        String[] only = {null};
        Filter negotiating = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            accepted.add(String.valueOf(http.getHeader("Accept")));
            chain.doFilter(only[0] == null ? request : new HttpServletRequestWrapper(http) {
                @Override
                public String getHeader(String name) {
                    return name.equalsIgnoreCase("Accept") ? only[0] : super.getHeader(name);
                }

                @Override
                public java.util.Enumeration<String> getHeaders(String name) {
                    return name.equalsIgnoreCase("Accept") ? java.util.Collections.enumeration(List.of(only[0])) : super.getHeaders(name);
                }
            }, response);
            written.add(String.valueOf(response.getContentType()).split(";")[0]);
        };
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", data).addFilter("/*", negotiating).build().start();
        try {
            String service = "http://localhost:" + fuseki.getHttpPort() + "/ds";
            Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
            for (String format : new String[] {null, "text/tab-separated-values", "application/sparql-results+json", "application/sparql-results+xml"}) {
                only[0] = format;
                List<String> read = new ArrayList<>();
                try (QueryExec exec = SelectRequests.to(service).query(QUERY).build()) {
                    exec.select().forEachRemaining(b -> read.add(b.get("s") + " " + b.get("p") + " " + (b.get("o").isBlank() ? "_:blank" : b.get("o"))));
                }
                rows.put(String.valueOf(format), read);
            }
            assertTrue(accepted.get(0).startsWith("application/sparql-results+thrift, text/tab-separated-values"), accepted.get(0));
            assertEquals(List.of("application/sparql-results+thrift", "text/tab-separated-values", "application/sparql-results+json",
                    "application/sparql-results+xml"), written, "the formats the store wrote");
            List<String> thrift = rows.get("null");
            assertEquals(values.size(), thrift.size(), thrift.toString());
            assertTrue(thrift.get(0).endsWith(" " + values.get(0)), thrift.get(0));
            rows.forEach((format, read) -> assertEquals(thrift, read, format));
        } finally {
            fuseki.stop();
        }
    }
}
