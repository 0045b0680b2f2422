package org.archivelod.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.OA;
import org.archivelod.vocab.PROV;
import org.archivelod.uri.UriScheme;

/**
 * Cool IRIs don't change; when they must, the old one keeps answering. Before a new release replaces a store's content,
 * this compares the two: a document read from the same file under another IRI (its title or date corrected, and it has
 * no record identifier) leaves {@code old dcterms:isReplacedBy new} for each IRI space derived from its slug (document,
 * its events, annotations, source, conversion, graph: the server matches them as prefixes), and an annotation whose
 * words moved within a document leaves one for itself. The redirects live in the named graph {@code {base}graph/redirects},
 * carried from release to release (chains are shortened, and an IRI that is back in use loses its redirect).
 */
public final class IriRedirects {
    private IriRedirects() {}

    /** The named graph of redirects under {@code base}. */
    public static Node graph(String base) {
        return NodeFactory.createURI(UriScheme.at(base).redirectsGraph());
    }

    /**
     * Adds to {@code release} (not yet loaded) the redirects from the IRIs of {@code store} (the release it replaces)
     * that {@code release} no longer uses; returns how many redirects the release holds.
     */
    public static int carryOver(DatasetGraph store, DatasetGraph release, String base) {
        UriScheme uris = UriScheme.at(base);
        Map<String, String> redirects = new TreeMap<>();
        Txn.executeRead(store, () -> {
            store.getGraph(graph(base)).find(Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY)
                    .forEachRemaining(t -> redirects.put(t.getSubject().getURI(), t.getObject().getURI()));
            Map<String, Node> before = documentsBySource(store);
            Map<String, Node> after = documentsBySource(release);
            before.forEach((file, oldGraph) -> {
                Node newGraph = after.get(file);
                if (newGraph == null) return;
                // a graph minted under another base names no slug of this one: nothing to redirect
                String oldSlug = uris.documentGraphSlug(oldGraph.getURI()).orElse(null);
                String newSlug = uris.documentGraphSlug(newGraph.getURI()).orElse(null);
                if (oldSlug == null || newSlug == null) return;
                if (!oldSlug.equals(newSlug)) {
                    for (String space : uris.documentSlugSpaces()) redirects.put(space + oldSlug, space + newSlug);
                }
                String oldAnnotations = uris.idSpace("annotation") + oldSlug;
                String newAnnotations = uris.idSpace("annotation") + newSlug;
                movedAnnotations(store.getGraph(oldGraph), release.getGraph(newGraph), release).forEach((from, to) -> {
                    // an annotation that kept its name under a renamed document is covered by the document's redirect
                    if (!to.equals(newAnnotations + from.substring(oldAnnotations.length()))) redirects.put(from, to);
                });
            });
        });
        Graph out = release.getGraph(graph(base));
        int kept = 0;
        for (Map.Entry<String, String> r : redirects.entrySet()) {
            String target = follow(r.getValue(), redirects);
            if (inUse(release, r.getKey()) || target.equals(r.getKey())) continue;
            out.add(NodeFactory.createURI(r.getKey()), DCTerms.isReplacedBy.asNode(), NodeFactory.createURI(target));
            kept++;
        }
        return kept;
    }

    /** Each document graph by the file name its provenance names. */
    private static Map<String, Node> documentsBySource(DatasetGraph data) {
        Map<String, Node> bySource = new HashMap<>();
        data.find(Node.ANY, Node.ANY, PROV.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().equals(q.getGraph())) return;
            data.find(q.getGraph(), q.getObject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(label ->
                    bySource.put(label.getObject().getLiteralLexicalForm(), q.getGraph()));
        });
        return bySource;
    }

    /** Annotations of the old graph gone from the release, to the annotation of the same body, words and context. */
    private static Map<String, String> movedAnnotations(Graph before, Graph after, DatasetGraph release) {
        Map<String, String> newByQuote = new HashMap<>();
        after.find(Node.ANY, RDF.type.asNode(), OA.Annotation.asNode())
                .forEachRemaining(t -> quote(after, t.getSubject()).ifPresent(q -> newByQuote.putIfAbsent(q, t.getSubject().getURI())));
        Map<String, String> moved = new HashMap<>();
        List<Node> old = new ArrayList<>();
        before.find(Node.ANY, RDF.type.asNode(), OA.Annotation.asNode()).forEachRemaining(t -> old.add(t.getSubject()));
        for (Node a : old) {
            if (inUse(release, a.getURI())) continue;
            quote(before, a).map(newByQuote::get).ifPresent(to -> moved.put(a.getURI(), to));
        }
        return moved;
    }

    /** body, exact, prefix and suffix of an annotation's quote selector, as one key. */
    private static Optional<String> quote(Graph g, Node annotation) {
        Node body = one(g, annotation, OA.hasBody.asNode());
        Node target = one(g, annotation, OA.hasTarget.asNode());
        if (body == null || target == null) return Optional.empty();
        for (Node selector : g.find(target, OA.hasSelector.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList()) {
            Node exact = one(g, selector, OA.exact.asNode());
            if (exact != null) {
                Node prefix = one(g, selector, OA.prefix.asNode());
                Node suffix = one(g, selector, OA.suffix.asNode());
                return Optional.of(body + "\u0000" + exact.getLiteralLexicalForm() + "\u0000"
                        + (prefix == null ? "" : prefix.getLiteralLexicalForm()) + "\u0000"
                        + (suffix == null ? "" : suffix.getLiteralLexicalForm()));
            }
        }
        return Optional.empty();
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String follow(String iri, Map<String, String> redirects) {
        String at = iri;
        for (int hops = 0; hops < 32 && redirects.containsKey(at) && !redirects.get(at).equals(at); hops++) at = redirects.get(at);
        return at;
    }

    private static boolean inUse(DatasetGraph release, String iri) {
        Node n = NodeFactory.createURI(iri);
        return release.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext() || release.find(n, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }
}
