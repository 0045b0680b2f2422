package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * One page of the statements pointing at an entity ({@code ?s ?p <entity>} in any named graph), {@link #PER_PAGE}
 * at a time, read within the caller's read transaction.
 *
 * <p>The order is the store's own: the quads come as the store's object-first index yields them for a bound object
 * (in TDB2 the {@code OSPG} index, so by subject, then predicate, then graph, as node ids; in the in-memory store its
 * persistent object index), and a page is the {@code (page - 1) × PER_PAGE}-th to the next {@code PER_PAGE} of them.
 * So a page is bounded work — it skips the earlier pages' quads and stops one quad after its own — and the same store
 * gives the same pages, request after request and server after server, with no sort. Sorting by subject IRI would
 * give an order independent of how the store was loaded, but it must read every incoming link to serve any page,
 * which is exactly what paging is for avoiding (a popular person has tens of thousands of them).
 */
final class IncomingLinks {
    /**
     * Incoming links per page. With their subjects' labels a link takes about 235 bytes of Turtle, so the most named
     * person of 2,000 synthetic documents ({@code synth --seed 1}) has pages of about 47 KB (the first, which also
     * holds its own statements, too), where all its links made 428 KB: room under 64 KB for longer labels.
     */
    static final int PER_PAGE = 200;

    /** The quads of one page, and whether a later page has any. */
    record Page(List<Quad> quads, boolean more) {}

    private IncomingLinks() {}

    /** Page {@code page} (1-based) of the statements pointing at {@code entity}; its quads are empty past the end. */
    static Page read(DatasetGraph store, Node entity, int page) {
        Iterator<Quad> all = store.find(Node.ANY, Node.ANY, Node.ANY, entity);
        long skip = (long) (page - 1) * PER_PAGE;
        for (long i = 0; i < skip && all.hasNext(); i++) all.next();
        List<Quad> quads = new ArrayList<>(PER_PAGE);
        while (quads.size() < PER_PAGE && all.hasNext()) quads.add(all.next());
        boolean more = all.hasNext();
        close(all);
        return new Page(quads, more);
    }

    private static void close(Iterator<Quad> iterator) {
        if (iterator instanceof org.apache.jena.atlas.lib.Closeable closeable) closeable.close();
    }
}
