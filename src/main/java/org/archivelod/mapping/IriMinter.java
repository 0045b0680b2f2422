package org.archivelod.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.archivelod.uri.IriPaths;

/**
 * Builds every IRI the converter mints (DESIGN.md section 2): {@code {base}id/{kind}/{slug}} for things,
 * {@code {base}graph/document/{slug}} for a document's named graph.
 */
public final class IriMinter {
    private final String base;

    public IriMinter(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() { return base; }

    public Node entity(String kind, String slug) { return iri("id/" + kind + "/" + slug); }

    public Node document(String slug) { return entity("document", slug); }

    /** A thing that exists only as part of a document's description: {@code id/document/{slug}/{part}}. */
    public Node documentPart(String slug, String part) { return entity("document", slug + "/" + part); }

    /** An event a document states: {@code id/event/{doc}/{name}}. */
    public Node event(String docSlug, String name) { return entity("event", docSlug + "/" + name); }

    public Node annotation(String docSlug, String name) { return entity("annotation", docSlug + "/" + name); }

    public Node concept(String scheme, String slug) { return entity("concept", scheme + "/" + slug); }

    public Node documentGraph(String slug) { return iri("graph/document/" + slug); }

    public Node authorityGraph() { return iri("graph/authority"); }

    public Node vocabularyGraph() { return iri("graph/vocabulary"); }

    /** {@code {base}{path}}, with characters outside ASCII percent-encoded ({@link IriPaths}). */
    public Node iri(String path) { return NodeFactory.createURI(base + IriPaths.encode(path)); }

    /** A sub-resource of a minted IRI, e.g. an entity's appellation {@code …/name/filippov} ({@code …/name/%E5%91%A8…}). */
    public static Node child(Node parent, String... path) {
        return NodeFactory.createURI(parent.getURI() + "/" + IriPaths.encode(String.join("/", path)));
    }
}
