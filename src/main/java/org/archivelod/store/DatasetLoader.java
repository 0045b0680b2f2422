package org.archivelod.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.PROV;

/**
 * Loads quads into an {@link ArchiveStore} inside one write transaction: each named graph that the input
 * mentions replaces the stored graph of that name as a unit, and any error aborts, leaving the store as it was.
 * An empty TDB2 store is filled by Jena's sequential bulk loader (which builds the secondary indexes in bulk, inside
 * one write transaction of its own, so that a failed load still leaves the store empty). In a store that has data,
 * a document graph whose source checksum ({@code prov:wasDerivedFrom} → {@code dcterms:identifier "sha256:…"})
 * and content are those already stored is left as it is: a reload rewrites only the documents that changed.
 * Every load ends by replacing the site graph's aggregates ({@link SiteAggregates}) and by describing the release it
 * made ({@link LocalRelease}): the id of the previous release and every quad sent, digested in order.
 *
 * What was derived from the stored release elsewhere (a server's dumps) is not the loader's business: a
 * {@link ChangeListener} given to the loader is told before each change, while the store still holds the old release.
 *
 * <pre>{@code
 * new DatasetLoader(store).load(sink -> conversion.run(inputs, sink));
 * new DatasetLoader(store, beforeChange).load(sink -> conversion.run(inputs, sink));   // beforeChange drops derived files
 * }</pre>
 */
public final class DatasetLoader {
    private final DatasetGraph dataset;
    private final ChangeListener beforeChange;
    private long unchanged;
    private boolean bulk;

    /** A loader that tells nobody of its changes. */
    public DatasetLoader(ArchiveStore store) {
        this(store, () -> {});
    }

    /** A loader that calls {@code beforeChange} before each load or graph replacement. */
    public DatasetLoader(ArchiveStore store, ChangeListener beforeChange) {
        this.dataset = store.datasetGraph();
        this.beforeChange = beforeChange;
    }

    /**
     * Told before the loader changes the store, while it still holds the old release, so that what was derived from
     * that release can be dropped first (if the change then fails, it is derived again); an exception stops the change.
     */
    @FunctionalInterface
    public interface ChangeListener {
        void releaseChanging();
    }

    /** Where quads come from: a parser, a conversion, a list... */
    @FunctionalInterface
    public interface QuadSource<E extends Exception> {
        void sendTo(StreamRDF sink) throws E;
    }

    /**
     * Runs {@code source} against a sink that writes into the store; commits only if it returns normally,
     * otherwise aborts (the store keeps its previous state) and rethrows. Returns the number of quads loaded.
     */
    public <E extends Exception> long load(QuadSource<E> source) throws E {
        return load(source, false, dataset -> {});
    }

    /**
     * Like {@link #load}, and also drops every named graph the source did not send, so that the store holds exactly
     * the source's graphs (a document removed from the data folder leaves the store too).
     */
    public <E extends Exception> long mirror(QuadSource<E> source) throws E {
        return load(source, true, dataset -> {});
    }

    /**
     * Like {@link #mirror(QuadSource)}, and runs {@code finishing} inside the transaction once the store holds exactly the
     * source's graphs, before the commit: what it adds commits with them, and a fault in it leaves the store as it was. An
     * empty TDB2 store is filled by the bulk loader, whose transaction is its own; there, with nothing stored before,
     * {@code finishing} is not run.
     */
    public <E extends Exception> long mirror(QuadSource<E> source, Consumer<DatasetGraph> finishing) throws E {
        return load(source, true, finishing);
    }

    /** How many graphs the last load found unchanged and left as they were. */
    public long unchangedGraphs() {
        return unchanged;
    }

    /** Whether the last load went through the bulk loader (the store was an empty TDB2 store). */
    public boolean usedBulkLoader() {
        return bulk;
    }

    private <E extends Exception> long load(QuadSource<E> source, boolean dropOthers, Consumer<DatasetGraph> finishing) throws E {
        beforeChange.releaseChanging();
        unchanged = 0;
        bulk = TDBInternal.isBackedByTDB(dataset) && Txn.calculateRead(dataset, () -> !dataset.find().hasNext());
        StoreRelease.Digest digest = new StoreRelease.Digest();
        if (bulk) {
            long count = bulkLoad(source, digest);
            // the bulk loader commits on its own: the aggregates and the release follow at once
            Txn.executeWrite(dataset, () -> {
                SiteAggregates.refreshIn(dataset);
                LocalRelease.describeIn(dataset, digest, true);
            });
            return count;
        }
        dataset.begin(TxnType.WRITE);
        try {
            GraphReplacingSink sink = new GraphReplacingSink(dataset, digest);
            sink.start();
            source.sendTo(sink);
            sink.finish();
            boolean changed = sink.changed;
            if (dropOthers) {
                List<Node> stale = new ArrayList<>();
                dataset.listGraphNodes().forEachRemaining(g -> {
                    if (!sink.replaced.contains(g) && !(g.isURI() && UriScheme.isReleaseGraph(g.getURI()))) stale.add(g);
                });
                // the site graph and the redirects are written again below; any other graph dropped changes the release
                changed |= stale.stream().anyMatch(g -> !(g.isURI() && (UriScheme.isBookkeepingGraph(g.getURI())
                        || UriScheme.isRedirectsGraph(g.getURI()))));
                stale.forEach(g -> dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
                finishing.accept(dataset);
            }
            SiteAggregates.refreshIn(dataset);   // the release and its aggregates in one transaction
            LocalRelease.describeIn(dataset, digest, changed);
            dataset.commit();
            unchanged = sink.unchanged;
            return sink.count;
        } finally {
            if (dataset.isInTransaction()) {
                dataset.abort();
            }
            dataset.end();
        }
    }

    /** Fills an empty TDB2 store with the sequential bulk loader; its transaction aborts on any error. */
    private <E extends Exception> long bulkLoad(QuadSource<E> source, StoreRelease.Digest digest) throws E {
        DataLoader loader = LoaderFactory.sequentialLoader(dataset, (fmt, args) -> {});
        long[] count = {0};
        StreamRDF into = loader.stream();
        StreamRDF counting = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                into.triple(triple);
                digest.add(Quad.create(Quad.defaultGraphIRI, triple));
                count[0]++;
            }

            @Override
            public void quad(Quad quad) {
                into.quad(quad);
                digest.add(quad);
                count[0]++;
            }
        };
        loader.startBulk();
        boolean done = false;
        try {
            source.sendTo(counting);
            loader.finishBulk();
            done = true;
            return count[0];
        } finally {
            if (!done) loader.finishException(new IllegalStateException("load failed"));
        }
    }

    /** Replaces the named graph {@code graphName} with {@code content}, in one transaction. */
    public void replaceGraph(Node graphName, Graph content) {
        beforeChange.releaseChanging();
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            content.find().forEachRemaining(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /**
     * Clears each named graph the first time one of its quads arrives, then adds the quads; a graph's quads are held
     * until the graph ends, so that a document whose source and content are unchanged, or another graph whose content is,
     * is left as stored; only a graph stored anew changes the release.
     */
    private static final class GraphReplacingSink extends StreamRDFBase {
        private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
        private static final Node IDENTIFIER = DCTerms.identifier.asNode();
        private final DatasetGraph dataset;
        private final StoreRelease.Digest digest;
        private final Set<Node> replaced = new HashSet<>();
        private final List<Quad> pending = new ArrayList<>();
        private Node current;
        private long count;
        private long unchanged;
        /** Whether a graph was replaced by other content (or a default-graph quad added): the release changes. */
        private boolean changed;

        GraphReplacingSink(DatasetGraph dataset, StoreRelease.Digest digest) {
            this.dataset = dataset;
            this.digest = digest;
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            digest.add(quad);
            if (quad.isDefaultGraph()) {
                dataset.add(Quad.defaultGraphIRI, quad.getSubject(), quad.getPredicate(), quad.getObject());
                changed = true;
                count++;
                return;
            }
            if (!quad.getGraph().equals(current)) endGraph();
            current = quad.getGraph();
            pending.add(quad);
        }

        @Override
        public void finish() {
            endGraph();
        }

        private void endGraph() {
            if (current == null) return;
            if (replaced.add(current)) {
                Node checksum = checksum(current, pending);
                boolean document = checksum != null;
                // a document is compared when its source is the same; a graph with no source (the authority file, the
                // concepts) is compared always, so that a load of the same data leaves the release as it was
                if ((!document || checksum.equals(storedChecksum(current))) && sameContent(current, pending)) {
                    if (document) unchanged++;
                    count += pending.size();
                    pending.clear();
                    current = null;
                    return;
                }
                dataset.deleteAny(current, Node.ANY, Node.ANY, Node.ANY);
            }
            changed = true;
            for (Quad q : pending) dataset.add(q);
            count += pending.size();
            pending.clear();
            current = null;
        }

        /** Whether the stored graph holds exactly these quads. */
        private boolean sameContent(Node graph, List<Quad> quads) {
            long stored = 0;
            for (var it = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) stored++;
            if (stored != new HashSet<>(quads).size()) return false;
            for (Quad q : quads) if (!dataset.contains(q)) return false;
            return true;
        }

        private static Node checksum(Node graph, List<Quad> quads) {
            Node source = null;
            for (Quad q : quads) if (q.getSubject().equals(graph) && q.getPredicate().equals(DERIVED_FROM)) source = q.getObject();
            if (source == null) return null;
            for (Quad q : quads) {
                if (q.getSubject().equals(source) && q.getPredicate().equals(IDENTIFIER) && q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().startsWith("sha256:")) return q.getObject();
            }
            return null;
        }

        private Node storedChecksum(Node graph) {
            var sources = dataset.find(graph, graph, DERIVED_FROM, Node.ANY);
            while (sources.hasNext()) {
                var ids = dataset.find(graph, sources.next().getObject(), IDENTIFIER, Node.ANY);
                while (ids.hasNext()) {
                    Node id = ids.next().getObject();
                    if (id.isLiteral() && id.getLiteralLexicalForm().startsWith("sha256:")) return id;
                }
            }
            return null;
        }
    }
}
