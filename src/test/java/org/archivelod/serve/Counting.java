package org.archivelod.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A store that counts the quads each {@code find} yields to its reader (a SPARQL quad pattern makes one too), so that
 * a test can show that what a page reads is bounded: no read yields more than a page or two of quads.
 */
public final class Counting extends DatasetGraphWrapper {
    /** One entry per read: the quads it yielded (element 0). */
    public final List<int[]> reads = new ArrayList<>();
    /** One entry per read, in the order of {@link #reads}: its pattern (graph, subject, property, object). */
    private final List<Quad> patterns = new ArrayList<>();

    public Counting(DatasetGraph dataset) {
        super(dataset);
    }

    /** The most quads one read yielded. */
    public int most() {
        synchronized (reads) {
            return reads.stream().mapToInt(r -> r[0]).max().orElse(0);
        }
    }

    /** The quads every read yielded together. */
    public long total() {
        synchronized (reads) {
            return reads.stream().mapToLong(r -> r[0]).sum();
        }
    }

    /** How many reads asked for {@code property} of {@code subject} (in any graph). */
    public long readsOf(Node subject, Node property) {
        synchronized (reads) {
            return patterns.stream().filter(q -> subject.equals(q.getSubject()) && property.equals(q.getPredicate())).count();
        }
    }

    /** How many reads asked for a pattern (graph, subject, property, object; {@code Node.ANY} where open) that {@code test} accepts. */
    public long readsWhere(java.util.function.Predicate<Quad> test) {
        synchronized (reads) {
            return patterns.stream().filter(test).count();
        }
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return counted(super.find(g, s, p, o), g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return counted(super.find(quad), quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return counted(super.findNG(g, s, p, o), g, s, p, o);
    }

    private Iterator<Quad> counted(Iterator<Quad> quads, Node g, Node s, Node p, Node o) {
        int[] read = new int[1];
        synchronized (reads) {
            reads.add(read);
            patterns.add(Quad.create(any(g), any(s), any(p), any(o)));
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return quads.hasNext();
            }

            @Override
            public Quad next() {
                read[0]++;
                return quads.next();
            }
        };
    }

    private static Node any(Node node) {
        return node == null ? Node.ANY : node;
    }
}
