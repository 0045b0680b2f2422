package org.archivelod.serve.site;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.vocab.Prefixes;

/**
 * What {@code /data/…} says about an entity: every statement with the entity as subject, the labels of the
 * things it points to, and the statements pointing at it (with the labels of their subjects). The entity's statements
 * and those pointing at it keep the named graph they come from (for TriG); the labels, read in the union of the
 * published graphs, are each stated once, in the default graph; the union of them all is the description as one graph.
 * The entity is matched as a {@link Node} against the store, never spliced into a query string.
 *
 * <p>{@link #describe(Node, int)} cuts the statements pointing at the entity into pages of
 * {@link IncomingLinks#PER_PAGE} (a person named in every document would otherwise carry them all): page 1 holds the
 * entity's own statements and the first page of them, each later page only its own. {@link #describe(Node)} is the
 * whole description, kept for the OAI-PMH record of a document: what points at a document is bounded by its record
 * (its annotations and parts) and a few replies, not by the size of the archive.
 */
public final class EntityDescriber {
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
            store.find(Node.ANY, Node.ANY, Node.ANY, entity).forEachRemaining(q -> {
                add(out, q);
                addLabels(out, q.getSubject());
            });
        });
        return out;
    }

    /** One page of a description: its quads, and whether a later page exists. */
    public record Page(DatasetGraph quads, boolean more) {}

    /**
     * Page {@code page} (1-based) of the description of {@code entity}; empty past the last page (page 1 always
     * exists).
     */
    public Optional<Page> describe(Node entity, int page) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.prefixes().putAll(Prefixes.standard());
        return Txn.calculateRead(store, () -> {
            IncomingLinks.Page incoming = IncomingLinks.read(store, entity, page);
            if (page > 1 && incoming.quads().isEmpty()) return Optional.<Page>empty();
            if (page == 1) {
                store.find(Node.ANY, entity, Node.ANY, Node.ANY).forEachRemaining(q -> addWithLabels(out, q));
            }
            incoming.quads().forEach(q -> {
                add(out, q);
                addLabels(out, q.getSubject());
            });
            return Optional.of(new Page(out, incoming.more()));
        });
    }

    /** The whole description of {@code entity} as one graph. */
    public Graph describeGraph(Node entity) {
        Graph union = GraphFactory.createDefaultGraph();
        describe(entity).find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
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
