package org.archivelod.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.pipeline.IriRedirects;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.uri.IriPaths;
import org.archivelod.uri.UriScheme;

/**
 * The IRIs an earlier release used and this one replaced ({@code dcterms:isReplacedBy} in the redirects graph, see
 * {@link IriRedirects}), read once per release: a request for a replaced IRI — or for one under it, such as a part of a
 * renamed document — answers {@code 301 Moved Permanently} to the same route of the new IRI.
 */
public final class Redirects {
    private final Map<String, String> replaced;
    private final String base;

    private Redirects(Map<String, String> replaced, String base) {
        this.replaced = replaced;
        this.base = base;
    }

    public static Redirects of(DatasetGraph store, String base) {
        Map<String, String> replaced = new HashMap<>();
        Node graph = IriRedirects.graph(base);
        Txn.executeRead(store, () -> store.find(graph, Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY)
                .forEachRemaining(q -> replaced.put(q.getSubject().getURI(), q.getObject().getURI())));
        return new Redirects(Map.copyOf(replaced), base);
    }

    /** The IRI that replaces {@code iri}: its own redirect, or its nearest replaced ancestor's with the rest appended. */
    Optional<String> replacement(String iri) {
        if (replaced.isEmpty()) return Optional.empty();
        for (String at = iri; at.length() > base.length(); at = at.substring(0, Math.max(base.length(), at.lastIndexOf('/')))) {
            String to = replaced.get(at);
            if (to != null) return Optional.of(to + iri.substring(at.length()));
        }
        return Optional.empty();
    }

    /**
     * Answers 301 when the entity at {@code path} was replaced, to {@code route} of the new entity's path (e.g.
     * {@code /page/…}); false, with nothing sent, otherwise.
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response, EntityPath path, Function<EntityPath, String> route) {
        Optional<EntityPath> moved = replacement(path.iri(base)).flatMap(to -> EntityPath.ofIri(to, base));
        moved.ifPresent(to -> {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", Locations.absolute(request, route.apply(to)));
            response.setContentLength(0);
        });
        return moved.isPresent();
    }

    /** Like {@link #answer} for a named graph's path ({@code /graph/…}). */
    boolean answerGraph(HttpServletRequest request, HttpServletResponse response, String graphIri, String extension) {
        Optional<String> moved = replacement(graphIri).filter(UriScheme.at(base)::isGraph);
        moved.ifPresent(to -> {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", Locations.absolute(request,
                    "/" + IriPaths.decode(to.substring(base.length())) + extension));
            response.setContentLength(0);
        });
        return moved.isPresent();
    }
}
