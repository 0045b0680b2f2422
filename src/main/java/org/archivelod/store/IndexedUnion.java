package org.archivelod.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The distinct statements matching a pattern across the named graphs of a TDB2 store, read from its quad index by node
 * id, in the index whose keys start with the pattern's bound terms and end with the graph ({@code SPOG}, {@code POSG}
 * or {@code OSPG}): there a statement's copies, one per graph restating it, lie next to each other. The first copy
 * whose graph counts ({@code counted}) gives the statement, decoded once; after {@value #COPIES_READ} copies the rest
 * are skipped by a new descent of the index to the next statement, so a statement restated in every document graph (an
 * archive's label, the software that converted each document) costs a few index reads at any size of the collection,
 * where each copy cost one. A graph's name is decoded once, to tell whether its copies count. The statements and their
 * order are those of the distinct triples of {@code findNG(ANY, s, p, o)} filtered by {@code counted}, which decodes
 * every copy's four nodes. Callers hold a read transaction.
 *
 * <pre>{@code
 * IndexedUnion.find(tdb2, person, RDFS.label.asNode(), null, graph -> !isBookkeeping(graph))   // each label once
 * }</pre>
 */
final class IndexedUnion implements Iterator<Triple> {
    /** Copies of one statement read in turn before the others are skipped (a skip costs a descent of the index). */
    static final int COPIES_READ = 8;
    private static final int ID = NodeId.SIZE;
    /** The bytes of a key before its graph: the statement's three terms. */
    private static final int STATEMENT = 3 * ID;
    private static final String QUAD = "GSPO";

    private final NodeTable nodes;
    private final RangeIndex index;
    /** For each of the statement's three places in the index's keys, its place in a quad (1 subject, 2 property, 3 object). */
    private final int[] places;
    private final Record end;
    private final Predicate<Node> counted;
    private final Map<NodeId, Boolean> graphs = new HashMap<>();
    private Iterator<Record> records;
    /** The statement of the last key read (its first {@link #STATEMENT} bytes), its copies read so far, and whether it was given. */
    private byte[] statement;
    private int copies;
    private boolean given;
    private long keysRead;
    private Triple next;

    private IndexedUnion(NodeTable nodes, RangeIndex index, int[] places, Record start, Record end, Predicate<Node> counted) {
        this.nodes = nodes;
        this.index = index;
        this.places = places;
        this.end = end;
        this.counted = counted;
        this.records = index.iterator(start, end);
    }

    /**
     * The statements of {@code dataset}'s graphs that {@code counted} keeps, each once; empty unless it is TDB2 with
     * its usual quad indexes and the pattern binds a term (a whole store's union is left to the caller).
     */
    static Optional<Iterator<Triple>> find(DatasetGraph dataset, Node s, Node p, Node o, Predicate<Node> counted) {
        if (!TDBInternal.isTDB2(dataset)) return Optional.empty();
        Node[] pattern = {null, concrete(s), concrete(p), concrete(o)};
        long bound = Arrays.stream(pattern).filter(n -> n != null).count();
        if (bound == 0) return Optional.empty();
        var table = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
        for (TupleIndex candidate : table.getTupleTable().getIndexes()) {
            String order = candidate.getName().toUpperCase(java.util.Locale.ROOT);
            if (!(candidate instanceof TupleIndexRecord record) || order.length() != 4 || order.charAt(3) != 'G'
                    || !leadsWithBound(order, pattern, (int) bound)) {
                continue;
            }
            byte[] start = new byte[STATEMENT + ID];
            int[] places = new int[3];
            for (int slot = 0; slot < 3; slot++) {
                places[slot] = QUAD.indexOf(order.charAt(slot));
                Node term = pattern[places[slot]];
                if (term == null) continue;
                NodeId id = table.getNodeTable().getNodeIdForNode(term);
                if (NodeId.isDoesNotExist(id)) return Optional.of(java.util.Collections.emptyIterator());
                NodeIdFactory.set(id, start, slot * ID);
            }
            Record end = after(start, (int) bound * ID);
            return Optional.of(new IndexedUnion(table.getNodeTable(), record.getRangeIndex(), places,
                    new Record(start, null), end, counted));
        }
        return Optional.empty();
    }

    private static Node concrete(Node node) {
        return node == null || !node.isConcrete() ? null : node;
    }

    /** Whether the index's first {@code bound} places are the pattern's bound terms. */
    private static boolean leadsWithBound(String order, Node[] pattern, int bound) {
        for (int slot = 0; slot < 3; slot++) {
            boolean isBound = pattern[QUAD.indexOf(order.charAt(slot))] != null;
            if (isBound != slot < bound) return false;
        }
        return true;
    }

    /** The least key after every key starting with {@code key}'s first {@code length} bytes; null when there is none. */
    private static Record after(byte[] key, int length) {
        byte[] next = new byte[STATEMENT + ID];
        System.arraycopy(key, 0, next, 0, length);
        for (int i = length - 1; i >= 0; i--) {
            if (++next[i] != 0) return new Record(next, null);
        }
        return null;
    }

    /** Index keys read so far (what the copies of a statement cost). */
    long keysRead() {
        return keysRead;
    }

    @Override
    public boolean hasNext() {
        while (next == null && records.hasNext()) {
            byte[] key = records.next().getKey();
            keysRead++;
            if (statement != null && Arrays.equals(key, 0, STATEMENT, statement, 0, STATEMENT)) {
                copies++;
                if (given) {
                    if (copies >= COPIES_READ) skipStatement();
                    continue;
                }
            } else {
                statement = Arrays.copyOf(key, STATEMENT);
                copies = 1;
                given = false;
            }
            NodeId graph = NodeIdFactory.get(key, STATEMENT);
            if (graphs.computeIfAbsent(graph, g -> counted.test(nodes.getNodeForNodeId(g)))) {
                given = true;
                next = decode(key);
            }
        }
        return next != null;
    }

    /** Continues at the first key of the next statement: the current one's other copies are not read. */
    private void skipStatement() {
        Record start = after(statement, STATEMENT);
        records = start == null ? java.util.Collections.emptyIterator() : index.iterator(start, end);
    }

    private Triple decode(byte[] key) {
        Node[] quad = new Node[4];
        for (int slot = 0; slot < 3; slot++) {
            quad[places[slot]] = nodes.getNodeForNodeId(NodeIdFactory.get(key, slot * ID));
        }
        return Triple.create(quad[1], quad[2], quad[3]);
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
