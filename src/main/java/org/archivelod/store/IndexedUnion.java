package org.archivelod.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The distinct statements matching a pattern across the named graphs of a TDB2 store, read from its quad index as
 * node ids: a statement restated in thousands of document graphs (a person's label) costs an index entry a copy, not
 * a decoded quad. A graph's name is decoded once, to tell whether its copies count ({@code counted}); a statement is
 * decoded once, at its first copy that counts. The statements and their order are those of the distinct triples of
 * {@code findNG(ANY, s, p, o)} filtered by {@code counted}, which decodes every copy's four nodes. Callers hold a read
 * transaction.
 */
final class IndexedUnion implements Iterator<Triple> {
    private final NodeTable nodes;
    private final Iterator<Tuple<NodeId>> quads;
    private final Predicate<Node> counted;
    private final Map<NodeId, Boolean> graphs = new HashMap<>();
    private final Set<Tuple<NodeId>> seen = new HashSet<>();
    private Triple next;

    private IndexedUnion(NodeTable nodes, Iterator<Tuple<NodeId>> quads, Predicate<Node> counted) {
        this.nodes = nodes;
        this.quads = quads;
        this.counted = counted;
    }

    /** The statements of {@code dataset}'s graphs that {@code counted} keeps, each once; empty unless it is TDB2. */
    static Optional<Iterator<Triple>> find(DatasetGraph dataset, Node s, Node p, Node o, Predicate<Node> counted) {
        if (!TDBInternal.isTDB2(dataset)) {
            return Optional.empty();
        }
        var table = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
        Iterator<Tuple<NodeId>> quads = table.findAsNodeIds(Node.ANY, any(s), any(p), any(o));
        return Optional.of(quads == null ? Collections.emptyIterator()
                : new IndexedUnion(table.getNodeTable(), quads, counted));
    }

    private static Node any(Node node) {
        return node == null ? Node.ANY : node;
    }

    @Override
    public boolean hasNext() {
        while (next == null && quads.hasNext()) {
            Tuple<NodeId> quad = quads.next();
            Tuple<NodeId> statement = TupleFactory.tuple(quad.get(1), quad.get(2), quad.get(3));
            if (!seen.contains(statement) && graphs.computeIfAbsent(quad.get(0), g -> counted.test(nodes.getNodeForNodeId(g)))) {
                seen.add(statement);
                next = Triple.create(nodes.getNodeForNodeId(quad.get(1)), nodes.getNodeForNodeId(quad.get(2)),
                        nodes.getNodeForNodeId(quad.get(3)));
            }
        }
        return next != null;
    }

    @Override
    public Triple next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Triple t = next;
        next = null;
        return t;
    }
}
