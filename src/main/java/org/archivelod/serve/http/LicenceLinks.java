package org.archivelod.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.uri.UriScheme;

/**
 * {@code Link: <…>; rel="license"} on the data routes, as the served data states its terms: the licence of our
 * metadata ({@code dcterms:license} of the authority graph) on every response; and, where a response carries the
 * archive's own words (a document's data or graph, the dumps), the rights statement of those texts ({@code dcterms:rights}
 * of the document, or the first one the store states, for the dumps). Nothing is sent for terms the data does not state.
 */
public final class LicenceLinks implements Filter {
    private final SiteContext site;
    private volatile Set<String> metadata;
    private volatile Set<String> datasetTexts;

    public LicenceLinks(SiteContext site) {
        this.site = site;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI();
        Set<String> links = new TreeSet<>(metadata());
        if (path.startsWith("/dumps/")) {
            links.addAll(datasetTexts());
        } else if (path.startsWith(UriScheme.documentDataPath("")) || path.startsWith(UriScheme.documentGraphPath(""))) {
            links.addAll(documentTexts(path.substring(path.indexOf("/document/") + "/document/".length())));
        }
        for (String iri : links) response.addHeader("Link", licenceLink(iri));
        chain.doFilter(req, resp);
    }

    /** The metadata licences the authority graph states (read once). */
    Set<String> metadata() {
        if (metadata == null) {
            Node authority = NodeFactory.createURI(UriScheme.at(site.settings().base()).authorityGraph());
            metadata = iris(site.data(), authority, DCTerms.license.asNode(), false);
        }
        return metadata;
    }

    /** The rights statement of the texts, as the first document of the store states it (one per conversion; read once). */
    Set<String> datasetTexts() {
        if (datasetTexts == null) {
            datasetTexts = iris(site.data(), Node.ANY, DCTerms.rights.asNode(), true);
        }
        return datasetTexts;
    }

    private Set<String> documentTexts(String slugAndExtension) {
        String slug = slugAndExtension.replaceFirst("\\.[a-z]+$", "");
        if (slug.isEmpty() || slug.contains("..")) return Set.of();
        Node document;
        try {
            document = NodeFactory.createURI(UriScheme.at(site.settings().base()).documentSpace() + slug);
        } catch (RuntimeException e) {
            return Set.of();
        }
        return iris(site.data(), document, DCTerms.rights.asNode(), false);
    }

    /** An RFC 8288 link to a licence: the IRI in angle brackets, {@code rel="license"}. */
    static String licenceLink(String iri) {
        return new StringBuilder(iri.length() + 20).append('<').append(iri).append(">; rel=\"license\"").toString();
    }

    /** The IRI objects of {@code (s, p)}; only the first with {@code first}. */
    private static Set<String> iris(DatasetGraph data, Node s, Node p, boolean first) {
        return Txn.calculateRead(data, () -> {
            Set<String> out = new TreeSet<>();
            for (Iterator<Quad> it = data.find(Node.ANY, s, p, Node.ANY); it.hasNext(); ) {
                Node o = it.next().getObject();
                if (o.isURI()) {
                    out.add(o.getURI());
                    if (first) break;
                }
            }
            return out;
        });
    }
}
