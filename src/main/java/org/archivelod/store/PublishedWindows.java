package org.archivelod.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The statements about a thing, each once ({@link #statements}), and a window of those about it, or pointing at it, as
 * they stand in the published named graphs (one quad per graph stating them), in the store's own order: the
 * {@code offset}-th quad and the next {@code limit}, and whether another follows. Over a local store the quads before
 * the window are skipped as the store's index yields them (TDB2: {@code SPOG} for a subject, {@code OSPG} for an
 * object), and reading stops one quad after the window; over a remote store the window is one request
 * ({@code OFFSET}/{@code LIMIT}, the site's bookkeeping graphs left out by the store: {@link PublishedReads#window}),
 * so a front reads the window and no more. Either way the same store gives the same windows, request after request,
 * with no sort. A document's windows leave out its own graph ({@link #aboutOutside}, {@link #pointingAtOutside}).
 * Callers hold a read transaction.
 *
 * <pre>{@code
 * PublishedWindows.Window copies = PublishedWindows.about(store.publishedData(), software, 64, 64);   // its 65th to 128th copies
 * }</pre>
 */
public final class PublishedWindows {
    /** The quads of one window, and whether a quad follows it. */
    public record Window(List<Quad> quads, boolean more) {}

    private PublishedWindows() {}

    /** The window of the quads with {@code subject} as subject in the published named graphs of {@code published}. */
    public static Window about(DatasetGraph published, Node subject, long offset, int limit) {
        return read(published, subject, Node.ANY, offset, limit);
    }

    /** The window of the quads with {@code object} as object in the published named graphs of {@code published}. */
    public static Window pointingAt(DatasetGraph published, Node object, long offset, int limit) {
        return read(published, Node.ANY, object, offset, limit);
    }

    /**
     * The window of the quads with {@code subject} as subject in the published named graphs but {@code home} (a
     * document's own graph), read as any reader reads them: on a front, with the document's graph and what it states
     * elsewhere, fetched whole, since a document is not restated; the quads skipped are those of the earlier windows
     * and those in {@code home}, both bounded by the record.
     */
    public static Window aboutOutside(DatasetGraph published, Node subject, Node home, long offset, int limit) {
        return skim(published.findNG(Node.ANY, subject, Node.ANY, Node.ANY), home, offset, limit);
    }

    /**
     * The window of the quads with {@code object} as object in the published named graphs but {@code home}, read as
     * {@link #aboutOutside} reads them (on a front, what points at a document from elsewhere a window at a time).
     */
    public static Window pointingAtOutside(DatasetGraph published, Node object, Node home, long offset, int limit) {
        return skim(published.findNG(Node.ANY, Node.ANY, Node.ANY, object), home, offset, limit);
    }

    /**
     * The statements about {@code subject} in the union of the published graphs, each once, whatever the graphs
     * restating them: over TDB2 read by node id ({@link IndexedUnion}), over a remote store asked of its union alone.
     */
    public static Iterator<Triple> statements(DatasetGraph published, Node subject) {
        return RemoteDatasetGraph.behind(published).flatMap(r -> r.published().alone(subject)).map(List::iterator)
                .orElseGet(() -> Iter.map(published.find(Quad.unionGraph, subject, Node.ANY, Node.ANY), Quad::asTriple));
    }

    private static Window read(DatasetGraph published, Node s, Node o, long offset, int limit) {
        Optional<RemoteDatasetGraph> store = RemoteDatasetGraph.behind(published);
        Optional<List<Quad>> remote = store.flatMap(r -> r.published().window(s, o, offset, limit + 1L));
        if (remote.isPresent()) {
            // what points at a thing is read next (its subjects' labels): one batch
            if (o.isConcrete()) store.get().willRead(remote.get().stream().map(Quad::getSubject).toList());
            List<Quad> quads = remote.get();
            return new Window(List.copyOf(quads.subList(0, Math.min(limit, quads.size()))), quads.size() > limit);
        }
        return skim(published.findNG(Node.ANY, s, Node.ANY, o), null, offset, limit);
    }

    /** The window of {@code all} (those in {@code outside} left out, when not null), read one quad past it and closed. */
    private static Window skim(Iterator<Quad> all, Node outside, long offset, int limit) {
        Iterator<Quad> kept = outside == null ? all : Iter.filter(all, q -> !q.getGraph().equals(outside));
        try {
            for (long i = 0; i < offset && kept.hasNext(); i++) kept.next();
            List<Quad> quads = new ArrayList<>(limit);
            while (quads.size() < limit && kept.hasNext()) quads.add(kept.next());
            return new Window(List.copyOf(quads), kept.hasNext());
        } finally {
            Iter.close(all);
        }
    }
}
