package org.archivelod.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.uri.UriScheme;

/**
 * The dataset the tool publishes: a TDB2 database on disk or a transactional in-memory dataset.
 * Named graphs hold the data; {@link #queryView()} shows their union as the default graph. Over a {@link #remote}
 * store, a query on that view is sent whole to the store (see {@code RemoteQueryEngine}).
 *
 * <pre>{@code
 * try (ArchiveStore store = ArchiveStore.open(Path.of("store"))) {
 *     new DatasetLoader(store).load(sink -> conversion.run(inputs, sink));
 * }
 * }</pre>
 */
public final class ArchiveStore implements AutoCloseable {
    /**
     * How many terms TDB2 keeps in memory, each way (term to id, id to term). Jena's defaults (200,000 and 750,000) let
     * one pass over a store of 10^4 documents (a dump, the search index) fill the heap with terms it will not read
     * again: 424 MB live at 10^4 (README, Performance). Bounded here, memory stays flat whatever the store's size; a
     * page's terms are read again from the memory-mapped node table, which the system keeps in its page cache.
     */
    static final int NODE_CACHE = 100_000;
    private static final StoreParams PARAMS = StoreParams.builder(StoreParams.getDftStoreParams())
            .node2NodeIdCacheSize(NODE_CACHE).nodeId2NodeCacheSize(NODE_CACHE).build();
    private final DatasetGraph dataset;
    private final Path directory;

    private ArchiveStore(DatasetGraph dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
    }

    /** Opens the TDB2 database in {@code directory}, creating it (and the folder) when absent. */
    public static ArchiveStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreException(directory + ": cannot create the store folder: " + e.getMessage(), e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory), PARAMS);
        forgetParams(directory);
        return new ArchiveStore(dsg, directory);
    }

    /**
     * Removes the {@code tdb.cfg} TDB2 writes at the top of a new database when given store parameters. Fuseki 5.6's
     * command ({@code --tdb2 --loc}) takes a top-level {@code tdb.cfg} for the mark of a TDB1 database and refuses
     * the store ("StoreParams key not recognized"). Nothing is lost: the file would only repeat TDB2's defaults and
     * the two cache sizes, which are given again at every open ({@link #PARAMS}). When it cannot be removed (a
     * read-only folder) it stays; only a standalone Fuseki minds it.
     */
    private static void forgetParams(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve("tdb.cfg"));
        } catch (java.io.IOException e) {
            // left in place: see above
        }
    }

    /** A fresh transactional in-memory store (nothing is kept after the process ends). */
    public static ArchiveStore inMemory() {
        return new ArchiveStore(DatasetFactory.createTxnMem().asDatasetGraph(), null);
    }

    /**
     * A remote SPARQL 1.1 store, read through its query service (for Fuseki, the dataset URL): the site describes
     * what it holds without a copy here. Load it with {@link RemoteStoreLoader}.
     */
    public static ArchiveStore remote(String queryService) {
        RemoteQueryEngine.register();
        return new ArchiveStore(new RemoteDatasetGraph(queryService), null);
    }

    /** The remote store's query service, empty for a local store. */
    public Optional<RemoteDatasetGraph> remote() {
        return dataset instanceof RemoteDatasetGraph r ? Optional.of(r) : Optional.empty();
    }

    /** Opens the TDB2 store in {@code directory}, or an in-memory one when {@code directory} is empty. */
    public static ArchiveStore open(Optional<Path> directory) {
        return directory.map(ArchiveStore::open).orElseGet(ArchiveStore::inMemory);
    }

    /** The dataset as stored: the default graph is the stored one (normally empty), data is in named graphs. */
    public DatasetGraph datasetGraph() {
        return dataset;
    }

    /**
     * The published data: the stored dataset without the site graph of aggregates ({@link SiteAggregates}), for
     * what describes and lists entities.
     */
    public DatasetGraph publishedData() {
        return new WithoutSiteGraph(dataset);
    }

    /** The dataset for SPARQL: the same named graphs, with their union as the default graph. */
    public DatasetGraph queryView() {
        if (directory != null) {
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return dataset;
        }
        return new UnionDefaultGraphView(dataset);
    }

    /**
     * The base the data of {@code dataset} was minted under, read from its concepts ({@code {base}id/concept/…});
     * empty for a store without data. Callers hold a read transaction.
     */
    public static Optional<String> mintedBase(DatasetGraph dataset) {
        var concepts = dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode());
        while (concepts.hasNext()) {
            Node concept = concepts.next().getSubject();
            Optional<String> base = concept.isURI() ? UriScheme.baseOfConcept(concept.getURI()) : Optional.empty();
            if (base.isPresent()) return base;
        }
        return Optional.empty();
    }

    /** The folder of the TDB2 database, empty for an in-memory store. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Releases the TDB2 database so that it can be opened again (from disk) by this or another process. */
    @Override
    public void close() {
        if (directory != null) {
            TDBInternal.expel(dataset);
        }
    }

    /**
     * An in-memory dataset seen with the union of its named graphs as default graph (TDB2 does this itself).
     * As a {@link DatasetGraphWrapperView}, SPARQL runs on this view rather than on the wrapped dataset.
     */
    private static final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        UnionDefaultGraphView(DatasetGraph base) {
            super(base);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            if (g != null && Quad.isDefaultGraph(g)) {
                return Iter.map(getUnionGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
            }
            return super.find(g, s, p, o);
        }

        @Override
        public Iterator<Quad> find(Quad quad) {
            return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            return find(g, s, p, o).hasNext();
        }
    }
}
