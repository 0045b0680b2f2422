package org.archivelod.uri;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The converter's face of the {@link UriScheme}: every IRI it mints, as a {@link Node}. {@code {base}id/{kind}/{slug}}
 * for things, {@code {base}graph/document/{slug}} for a document's named graph.
 */
public final class IriMinter {
    private final UriScheme scheme;

    public IriMinter(String base) {
        this.scheme = UriScheme.at(base);
    }

    public String base() { return scheme.base(); }

    public UriScheme scheme() { return scheme; }

    public Node entity(String kind, String slug) { return node(scheme.entity(kind, slug)); }

    public Node document(String slug) { return entity("document", slug); }

    /** A thing that exists only as part of a document's description: {@code id/document/{slug}/{part}}. */
    public Node documentPart(String slug, String part) { return entity("document", slug + "/" + part); }

    /** An event a document states: {@code id/event/{doc}/{name}}. */
    public Node event(String docSlug, String name) { return entity("event", docSlug + "/" + name); }

    public Node annotation(String docSlug, String name) { return entity("annotation", docSlug + "/" + name); }

    public Node concept(String scheme, String slug) { return node(this.scheme.concept(scheme, slug)); }

    public Node conceptScheme(String scheme) { return node(this.scheme.conceptScheme(scheme)); }

    public Node documentGraph(String slug) { return node(scheme.documentGraph(slug)); }

    public Node authorityGraph() { return node(scheme.authorityGraph()); }

    public Node vocabularyGraph() { return node(scheme.vocabularyGraph()); }

    /** {@code {base}{path}}, with characters outside ASCII percent-encoded ({@link IriPaths}). */
    public Node iri(String path) { return node(scheme.iri(path)); }

    /** A sub-resource of a minted IRI, e.g. an entity's appellation {@code …/name/filippov} ({@code …/name/%E5%91%A8…}). */
    public static Node child(Node parent, String... path) {
        return NodeFactory.createURI(parent.getURI() + "/" + IriPaths.encode(String.join("/", path)));
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
