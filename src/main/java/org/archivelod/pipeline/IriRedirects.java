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
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
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
 * carried from release to release (chains are shortened, and an IRI that is back in use loses its redirect). The new
 * release streams past one document graph at a time ({@link #watching}), so it is never held whole.
 */
public final class IriRedirects {
    private final DatasetGraph store;
    private final String base;
    private final UriScheme uris;
    /** old IRI → new IRI: those the store's release carried, then those found document by document */
    private final Map<String, String> redirects = new TreeMap<>();
    /** each document graph of the store's release by the file name its provenance names */
    private final Map<String, Node> before;

    /**
     * Reads, from {@code store} (the release about to be replaced), the redirects it carries and which file each of its
     * documents came from; the documents of the new release are then compared one at a time ({@link #document}).
     */
    public IriRedirects(DatasetGraph store, String base) {
        this.store = store;
        this.base = base;
        this.uris = UriScheme.at(base);
        this.before = Txn.calculateRead(store, () -> {
            store.getGraph(graph(base)).find(Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY)
                    .forEachRemaining(t -> redirects.put(t.getSubject().getURI(), t.getObject().getURI()));
            return documentsBySource(store);
        });
    }

    /** The named graph of redirects under {@code base}. */
    public static Node graph(String base) {
        return NodeFactory.createURI(UriScheme.at(base).redirectsGraph());
    }

    /**
     * Adds to {@code release} (not yet loaded) the redirects from the IRIs of {@code store} (the release it replaces)
     * that {@code release} no longer uses; returns how many redirects the release holds.
     */
    public static int carryOver(DatasetGraph store, DatasetGraph release, String base) {
        IriRedirects redirects = new IriRedirects(store, base);
        Txn.executeRead(store, () -> release.listGraphNodes().forEachRemaining(g -> redirects.document(g, release.getGraph(g))));
        return redirects.writeInto(release);
    }

    /**
     * {@code sink}, with each named graph passing through compared with the store's release before the next begins
     * (while the store still holds what the graph replaces): memory holds one graph. Call {@link #writeInto} once the
     * store holds the new release.
     */
    public StreamRDF watching(StreamRDF sink) {
        return new StreamRDFWrapper(sink) {
            private Node current;
            private Graph content = GraphFactory.createDefaultGraph();

            @Override
            public void quad(Quad quad) {
                if (!quad.isDefaultGraph() && !quad.getGraph().equals(current)) {
                    done();
                    current = quad.getGraph();
                }
                if (current != null && quad.getGraph().equals(current)) content.add(quad.asTriple());
                super.quad(quad);
            }

            @Override
            public void finish() {
                done();
                super.finish();
            }

            private void done() {
                if (current != null) document(current, content);
                current = null;
                content = GraphFactory.createDefaultGraph();
            }
        };
    }

    /**
     * Compares one graph of the new release with the store's graph of the same source file: a document read from the
     * same file under another IRI leaves a redirect for each IRI space derived from its slug, and an annotation whose
     * words moved within the document leaves one for itself. Reads the store (call it inside its transaction).
     */
    public void document(Node newGraph, Graph content) {
        String file = sourceFile(newGraph, content);
        Node oldGraph = file == null ? null : before.get(file);
        if (oldGraph == null) return;
        // a graph minted under another base names no slug of this one: nothing to redirect
        String oldSlug = uris.documentGraphSlug(oldGraph.getURI()).orElse(null);
        String newSlug = uris.documentGraphSlug(newGraph.getURI()).orElse(null);
        if (oldSlug == null || newSlug == null) return;
        if (!oldSlug.equals(newSlug)) {
            for (String space : uris.documentSlugSpaces()) redirects.put(space + oldSlug, space + newSlug);
        }
        String oldAnnotations = uris.idSpace("annotation") + oldSlug;
        String newAnnotations = uris.idSpace("annotation") + newSlug;
        movedAnnotations(store.getGraph(oldGraph), content).forEach((from, to) -> {
            // an annotation that kept its name under a renamed document is covered by the document's redirect
            if (!to.equals(newAnnotations + from.substring(oldAnnotations.length()))) redirects.put(from, to);
        });
    }

    /**
     * Writes the redirects into {@code release}'s redirects graph, once it holds the whole new release (and nothing of
     * the old): chains are shortened, and an IRI the release uses again loses its redirect. Returns how many it holds.
     */
    public int writeInto(DatasetGraph release) {
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

    /** The file name the provenance of a document graph names, or null (not a document graph). */
    private static String sourceFile(Node graph, Graph content) {
        var sources = content.find(graph, PROV.wasDerivedFrom.asNode(), Node.ANY);
        String file = null;
        while (sources.hasNext()) {
            Node source = sources.next().getObject();
            var labels = content.find(source, RDFS.label.asNode(), Node.ANY);
            while (labels.hasNext()) file = labels.next().getObject().getLiteralLexicalForm();
        }
        return file;
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

    /** Annotations of the old graph gone from the new one, to the annotation of the same body, words and context. */
    private static Map<String, String> movedAnnotations(Graph before, Graph after) {
        Map<String, String> newByQuote = new HashMap<>();
        after.find(Node.ANY, RDF.type.asNode(), OA.Annotation.asNode())
                .forEachRemaining(t -> quote(after, t.getSubject()).ifPresent(q -> newByQuote.putIfAbsent(q, t.getSubject().getURI())));
        Map<String, String> moved = new HashMap<>();
        List<Node> old = new ArrayList<>();
        before.find(Node.ANY, RDF.type.asNode(), OA.Annotation.asNode()).forEachRemaining(t -> old.add(t.getSubject()));
        for (Node a : old) {
            if (after.contains(a, Node.ANY, Node.ANY)) continue;   // still there (one used elsewhere is dropped at the end)
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
