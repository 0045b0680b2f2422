package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * What a reader fetched last is what it reads next: a batch just fetched is known whole, however full the bookkeeping
 * is of earlier batches, and however often those were read (a front that had served many pages forgot the time-spans
 * of the timeline's batch as it fetched them, and asked for each alone); and a long answer, read a window at a time,
 * is known to its end while its windows are fetched (a front forgetting the least recent node forgot its start first).
 */
class ReadBatchesTest {
    private static final int KEPT = 1_000;
    private static final Node POINTS = NodeFactory.createURI("http://example.org/points");
    private final Map<Node, List<Quad>> quads = new HashMap<>();
    private final ReadBatches batches = new ReadBatches(KEPT, 300, n -> quads.getOrDefault(n, List.of()));

    private static Node node(String name) {
        return NodeFactory.createURI("http://example.org/" + name);
    }

    /** A batch of {@code members} fetched together, each pointing at {@code each} things of its own. */
    private List<Node> fetch(String name, int members, int each) {
        List<Node> kept = new ArrayList<>();
        List<Node> objects = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            Node member = node(name + "/" + m);
            List<Quad> about = new ArrayList<>();
            for (int o = 0; o < each; o++) {
                Node object = node(name + "/" + m + "/" + o);
                about.add(Quad.create(member, member, POINTS, object));
                objects.add(object);
            }
            quads.put(member, about);
            kept.add(member);
        }
        batches.fetched(kept, List.of());
        return objects;
    }

    @Test
    void aLongAnswer_isKnownToItsEnd_whileItsWindowsAreFetched() {
        fetch("earlier", 50, 10);
        List<Node> named = new ArrayList<>();
        for (int i = 0; i < 3 * KEPT / 2; i++) named.add(node("answer/" + i));
        batches.willRead(named);
        int windows = 0;
        for (int at = 0; at < named.size(); at += RemoteDatasetGraph.BATCH_SUBJECTS) {
            Node first = named.get(at);
            Optional<List<Node>> window = batches.toFetchWith(first);
            assertTrue(window.isPresent(), first + " (of a window read in order) was forgotten");
            assertEquals(named.subList(at, Math.min(named.size(), at + RemoteDatasetGraph.BATCH_SUBJECTS)), window.get());
            // the window fetched: its members and what they point at recorded (more nodes than the window)
            List<Node> members = window.get();
            members.forEach(m -> quads.put(m, List.of(Quad.create(m, m, POINTS, node(m.getURI().substring(19) + "/label")))));
            batches.fetched(members, List.of());
            windows++;
        }
        assertEquals(6, windows);
    }

    @Test
    void theLatestBatch_isKnownWhole_whenEarlierOnesFilledTheBookkeepingAndWereReadOften() {
        // earlier pages: twice as many things as are kept, each read a few times (a page reads a label, then again)
        for (int page = 0; page < 8; page++) {
            List<Node> seen = fetch("page-" + page, 25, 10);
            for (int read = 0; read < 5; read++) seen.forEach(batches::windowOf);
        }
        // the timeline's window: 50 activities, each pointing at its time-span
        List<Node> spans = fetch("timeline", 50, 1);
        List<Node> forgotten = spans.stream().filter(n -> batches.windowOf(n).isEmpty()).toList();
        assertEquals(List.of(), forgotten, forgotten.size() + " of the latest batch's 50 objects forgotten");
        Optional<List<Node>> together = batches.toFetchWith(spans.get(0));
        assertTrue(together.isPresent(), "the first of the batch's objects asked about fetches them all");
        assertTrue(together.get().containsAll(spans), "all the batch's objects in one fetch: " + together.get().size());
        assertTrue(batches.toFetchWith(spans.get(1)).isEmpty(), "once");
    }
}
