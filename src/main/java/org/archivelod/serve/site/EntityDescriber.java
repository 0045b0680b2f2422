package org.archivelod.serve.site;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.store.PublishedWindows;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.Prefixes;

/**
 * What {@code /data/…} says about an entity: every statement with the entity as subject, the labels of the
 * things it points to, and the statements pointing at it (with the labels of their subjects). The entity's statements
 * and those pointing at it keep the named graph they come from (for TriG); the labels, read in the union of the
 * published graphs, are each stated once, in the default graph; the union of them all is the description as one graph.
 * The entity is matched as a {@link Node} against the store, never spliced into a query string.
 *
 * <p>{@link #describe(Node, int)} cuts the description into pages, each a bounded read of the store whatever the
 * entity's fame: page 1 holds the entity's own statements, each once (read in the union of the published graphs), with
 * the labels of what they point to; then every page, the first included, holds the next {@value #COPIES_PER_PAGE} of
 * its statements as the named graphs state them (one copy per graph: the software that converted each document, or an
 * archive, is restated in every document graph) and the next {@value #LINKS_PER_PAGE} statements pointing at it, with
 * their subjects' labels, each a window of the store's own order ({@link PublishedWindows}). Only what grows with the
 * archive is paged: a document's own record, what its own graph states about it and what points at it there, is whole
 * on page 1 however long (67 statements of the seed letter's graph point at it), and only its statements and links in
 * other graphs come in windows. {@link #describe(Node)} is the whole description, kept for the OAI-PMH record of a
 * document: what points at a document is bounded by its record (its annotations and parts) and a few replies, not by
 * the size of the archive.
 */
public final class EntityDescriber {
    /**
     * Statements pointing at the entity per page. With their subjects' labels a link takes about 570 bytes of N-Quads
     * (its statement in the default graph and in its named graph), 390 of TriG, 225 of Turtle.
     */
    static final int LINKS_PER_PAGE = 64;
    /** The entity's statements as its named graphs state them, per page: about 195 bytes each in N-Quads. */
    static final int COPIES_PER_PAGE = 64;
    private final DatasetGraph store;

    public EntityDescriber(DatasetGraph store) {
        this.store = store;
    }

    /** Whether the store says anything with {@code entity} as subject. */
    public boolean exists(Node entity) {
        return Txn.calculateRead(store, () -> store.contains(Node.ANY, entity, Node.ANY, Node.ANY));
    }

    /** The whole description of {@code entity} as quads in their named graphs. */
    public DatasetGraph describe(Node entity) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.prefixes().putAll(Prefixes.standard());
        Txn.executeRead(store, () -> {
            store.find(Node.ANY, entity, Node.ANY, Node.ANY).forEachRemaining(q -> addWithLabels(out, q));
            store.find(Node.ANY, Node.ANY, Node.ANY, entity).forEachRemaining(q -> addLink(out, q));
        });
        return out;
    }

    /** One page of a description: its quads, and whether a later page exists. */
    public record Page(DatasetGraph quads, boolean more) {}

    /**
     * Page {@code page} (1-based) of the description of {@code entity}; empty past the last page, and when the published
     * data says nothing with {@code entity} as subject (then there is no page 1 either: as {@link #exists}, but read in
     * the union of the published graphs, never a copy per graph). A document's own record, what its graph states about
     * it and what points at it there, is whole on page 1, however long: only what grows with the archive is paged.
     */
    public Optional<Page> describe(Node entity, int page) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.prefixes().putAll(Prefixes.standard());
        Optional<Node> home = entity.isURI() ? UriScheme.homeGraphOf(entity.getURI()).map(NodeFactory::createURI) : Optional.empty();
        return Txn.calculateRead(store, () -> {
            if (home.isPresent() && store.find(home.get(), entity, Node.ANY, Node.ANY).hasNext()) {
                return ofRecord(out, entity, home.get(), page);
            }
            return ofThing(out, entity, page);
        });
    }

    /**
     * A page of a document stated in its own graph {@code home}: page 1 its record there, whole, with the labels of what
     * it points to and of what points at it (as the description always was); every page, the first included, the next
     * windows of its statements and of those pointing at it in other graphs (a few replies; none for most documents).
     */
    private Optional<Page> ofRecord(DatasetGraph out, Node entity, Node home, int page) {
        PublishedWindows.Window copies = PublishedWindows.aboutOutside(store, entity, home, (long) (page - 1) * COPIES_PER_PAGE, COPIES_PER_PAGE);
        PublishedWindows.Window incoming = PublishedWindows.pointingAtOutside(store, entity, home, (long) (page - 1) * LINKS_PER_PAGE, LINKS_PER_PAGE);
        if (page > 1 && copies.quads().isEmpty() && incoming.quads().isEmpty()) return Optional.empty();
        if (page == 1) {
            store.find(home, entity, Node.ANY, Node.ANY).forEachRemaining(q -> addWithLabels(out, q));
            store.find(home, Node.ANY, Node.ANY, entity).forEachRemaining(q -> addLink(out, q));
        }
        return Optional.of(page(out, copies, incoming));
    }

    /**
     * A page of any other thing: page 1 its statements, each once, in the default graph, with the labels of what they
     * point to; every page the next window of its statements as the named graphs state them (a copy per graph
     * restating it) and of the statements pointing at it.
     */
    private Optional<Page> ofThing(DatasetGraph out, Node entity, int page) {
        Iterator<Triple> own = PublishedWindows.statements(store, entity);
        if (!own.hasNext()) return Optional.empty();
        PublishedWindows.Window copies = PublishedWindows.about(store, entity, (long) (page - 1) * COPIES_PER_PAGE, COPIES_PER_PAGE);
        PublishedWindows.Window incoming = PublishedWindows.pointingAt(store, entity, (long) (page - 1) * LINKS_PER_PAGE, LINKS_PER_PAGE);
        if (page > 1 && copies.quads().isEmpty() && incoming.quads().isEmpty()) return Optional.empty();
        if (page == 1) own.forEachRemaining(t -> addWithLabels(out, Quad.create(Quad.defaultGraphIRI, t)));
        return Optional.of(page(out, copies, incoming));
    }

    private Page page(DatasetGraph out, PublishedWindows.Window copies, PublishedWindows.Window incoming) {
        copies.quads().forEach(q -> add(out, q));
        incoming.quads().forEach(q -> addLink(out, q));
        return new Page(out, copies.more() || incoming.more());
    }

    /** The whole description of {@code entity} as one graph. */
    public Graph describeGraph(Node entity) {
        Graph union = GraphFactory.createDefaultGraph();
        describe(entity).find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    /** A statement pointing at the entity, with its subject's labels. */
    private void addLink(DatasetGraph out, Quad quad) {
        add(out, quad);
        addLabels(out, quad.getSubject());
    }

    private void addWithLabels(DatasetGraph out, Quad quad) {
        add(out, quad);
        if (!quad.getObject().isLiteral()) addLabels(out, quad.getObject());
    }

    /**
     * The labels of {@code node} as the published data states them, each once, in the description's default graph: read
     * in the union of the graphs, where a label restated in every document graph that names the thing is one statement
     * (read per graph, a document's description at 10^4 documents carried 1,551 copies of its people's labels, 306 KB of
     * TriG for 12 KB of Turtle, and grew with the archive).
     */
    private void addLabels(DatasetGraph out, Node node) {
        for (Node property : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            store.find(Quad.unionGraph, node, property, Node.ANY)
                    .forEachRemaining(q -> out.add(Quad.defaultGraphIRI, q.getSubject(), q.getPredicate(), q.getObject()));
        }
    }

    private static void add(DatasetGraph out, Quad quad) {
        Triple t = quad.asTriple();
        out.add(quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph(), t.getSubject(), t.getPredicate(), t.getObject());
    }
}
