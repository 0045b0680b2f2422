package org.archivelod.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.archivelod.store.HaltPoints;
import org.archivelod.vocab.CRM;

/**
 * The full-text index of the documents: their text, titles, the archive's summaries and citations, and every
 * name of the people, groups, places and events they refer to. Built from the store (never from files), so it is
 * in step with what is served: {@link #syncWith} rebuilds it when the dataset release (the id the store describes) differs
 * from the one it was built from, {@link #markStale} makes the next search rebuild it (after a SPARQL update).
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.inMemory()) {
 *     index.syncWith(store.datasetGraph(), releaseDigest);
 *     index.search("Chou En-lai", 10).hits();   // finds the letter that prints "Zhou Enlai"
 * }
 * }</pre>
 */
public final class SearchIndex implements DocumentSearch {
    /** Where the index is kept in a dataset's context, for the SPARQL property function. */
    public static final Symbol CONTEXT_KEY = Symbol.create("urn:archive-lod:search-index");
    static final String IRI = "iri";
    static final String TITLE = "title";
    static final String DATE = "date";
    static final String TEXT = "text";
    static final String SUMMARY = "summary";
    static final String CITATION = "citation";
    static final String NAMES = "names";
    /** The key of an index commit's user data that records what it was built from ({@link #commitKey}). */
    static final String RELEASE = "release";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchIndex.class);

    /** One document found, with its score and the passages that matched. */
    public record Hit(String iri, String title, String date, float score, List<Snippet> snippets) {}

    /**
     * What a search found: the query as typed, the names it was widened with, the total, the hits of the page asked
     * for, and how many of the documents found have each value of each facet ({@link DocumentFacets#DIMENSIONS}).
     */
    public record Results(String query, List<NameVariants.Found> names, long total, List<Hit> hits,
            Map<String, List<FacetCount>> facets) {
        public Results(String query, List<NameVariants.Found> names, long total, List<Hit> hits) {
            this(query, names, total, hits, Map.of());
        }
    }

    /** Written with the release into the index's commit, so that an index of an older layout is rebuilt. */
    private static final String LAYOUT = "facets-1";

    private final Directory directory;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneSearch lucene;
    private final AtomicBoolean stale = new AtomicBoolean();
    private final SearchFacets facets = new SearchFacets();
    private volatile DocumentFacets filing = DocumentFacets.NONE;
    /** Read in the background when the index on disk is current, so that a start need not wait for it. */
    private volatile CompletableFuture<NameVariants> names;
    private DatasetGraph source;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
        this.lucene = new LuceneSearch(searchers, analyzer, facets);
    }

    /** An index held in memory (for {@code serve --memory} and tests). */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create an in-memory index: " + e.getMessage(), e);
        }
    }

    /** An index in {@code folder} (created when absent), kept between runs. */
    public static SearchIndex onDisk(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new SearchIndex(FSDirectory.open(folder));
    }

    /** The folder beside a TDB2 store where its index lives: {@code store} → {@code store-search}. */
    public static Path besideStore(Path store) {
        Path absolute = store.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-search");
    }

    /**
     * Makes the index answer for {@code store} as of the release {@code digest}: rebuilt unless the index on disk
     * was built from that same release. The names that widen a search are read from the store when the index is
     * rebuilt (it needs them) and kept beside it ({@link NamesFile}); an index kept as it is reads them from that file,
     * not from the store, on a background thread that the first search waits for (an index written before the file was
     * reads them from the store there, as before).
     */
    public synchronized void syncWith(DatasetGraph store, String digest) throws IOException {
        syncWith(store, digest, DocumentFacets.NONE);
    }

    /**
     * Like {@link #syncWith(DatasetGraph, String)}, filing each document under the facets {@code filing} reads; returns
     * whether the index had to be rebuilt.
     */
    public synchronized boolean syncWith(DatasetGraph store, String digest, DocumentFacets filing) throws IOException {
        this.source = store;
        this.filing = filing;
        digest = commitKey(digest, filing != DocumentFacets.NONE);
        Optional<String> built = builtFrom();
        boolean rebuilt = built.isEmpty() || !built.get().equals(digest);
        if (rebuilt) {
            names = CompletableFuture.completedFuture(readNames(store));
            rebuild(store, digest);
        } else {
            String release = digest;
            names = CompletableFuture.supplyAsync(() -> keptNames(release).orElseGet(() -> kept(release, readNames(store))), NAME_READER);
        }
        stale.set(false);
        return rebuilt;
    }

    private static final Executor NAME_READER = task -> {
        Thread reader = new Thread(task, "search-names");
        reader.setDaemon(true);
        reader.start();
    };

    private NameVariants readNames(DatasetGraph store) {
        return Txn.calculateRead(store, () -> NameVariants.read(store.getUnionGraph(), analyzer));
    }

    /**
     * {@code names}, read from the store for an index of {@code release} made before the names were kept beside it,
     * now written there ({@link NamesFile}), so that the next start reads the file instead of the store: on a large
     * store that read costs seconds of CPU beside the first page views. A folder that cannot be written keeps the
     * index as it is (the names are read from the store again at the next start).
     */
    private NameVariants kept(String release, NameVariants names) {
        try {
            NamesFile.write(directory, release, names.byEntity());
        } catch (IOException | RuntimeException e) {
            LOG.warn("the names that widen a search could not be kept beside the index: {}", e.toString());
        }
        return names;
    }

    /** The names written with the index of {@code release} ({@link NamesFile}); empty for an index made without them. */
    private Optional<NameVariants> keptNames(String release) {
        try {
            return NamesFile.read(directory, release).map(kept -> NameVariants.of(kept, analyzer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NameVariants names() throws IOException {
        try {
            return names.join();
        } catch (CompletionException e) {
            throw new IOException("cannot read the names for search: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The next search rebuilds the index from the store first (the data may have changed). */
    public void markStale() {
        stale.set(true);
    }

    /** How many documents the index holds. */
    public int size() throws IOException {
        return lucene.size();
    }

    /**
     * What the commit of an index built from the release {@code release} records: the release and the index's layout,
     * {@code +facets} when documents were filed under the search page's facets (as every load files them).
     */
    static String commitKey(String release, boolean faceted) {
        return release + " " + LAYOUT + (faceted ? "+facets" : "");
    }

    private Optional<String> builtFrom() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.empty();
            }
            return Optional.ofNullable(SegmentInfos.readLatestCommit(directory).getUserData().get(RELEASE));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the index's documents with the store's, one document at a time (memory holds one, whatever the
     * archive's size). A failure part-way leaves the index marked stale, to be rebuilt before the next search.
     */
    private void rebuild(DatasetGraph store, String digest) throws IOException {
        try {
            writer.deleteAll();
            Txn.executeRead(store, () -> forEachDocument(store.getUnionGraph(), d -> {
                try {
                    writer.addDocument(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            NamesFile.write(directory, digest, names.join().byEntity());
            writer.setLiveCommitData(Map.of(RELEASE, digest).entrySet());
            HaltPoints.reach("index");   // a test's real halt, with the documents added and not committed
            writer.commit();
        } catch (UncheckedIOException e) {
            stale.set(true);
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            stale.set(true);
            throw e;
        }
        searchers.maybeRefreshBlocking();
    }

    private void forEachDocument(Graph g, Consumer<Document> add) {
        g.find(Node.ANY, RDF.type.asNode(), CRM.E31_Document.asNode()).forEachRemaining(t -> {
            Node doc = t.getSubject();
            if (!doc.isURI()) {
                return;
            }
            Document d = new Document();
            d.add(new StringField(IRI, doc.getURI(), Field.Store.YES));
            d.add(new TextField(TITLE, first(g, doc, DCTerms.title.asNode()).orElse(doc.getURI()), Field.Store.YES));
            d.add(new StoredField(DATE, first(g, doc, DCTerms.date.asNode()).orElse("")));
            d.add(new TextField(TEXT, first(g, doc, CRM.P190_has_symbolic_content.asNode()).orElse(""), Field.Store.YES));
            d.add(new TextField(SUMMARY, first(g, doc, DCTerms.abstract_.asNode()).orElse(""), Field.Store.YES));
            d.add(new TextField(CITATION, first(g, doc, DCTerms.source.asNode()).orElse(""), Field.Store.YES));
            d.add(new TextField(NAMES, String.join(" \n ", names.join().names(entities(g, doc))), Field.Store.NO));
            try {
                add.accept(facets.file(d, filing.of(doc), first(g, doc, DCTerms.date.asNode()).orElse("")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What the document and the texts about it refer to, its authors and translators. */
    private static Set<Node> entities(Graph g, Node doc) {
        Set<Node> entities = new LinkedHashSet<>();
        List<Node> texts = new ArrayList<>(List.of(doc));
        g.find(Node.ANY, CRM.P129_is_about.asNode(), doc).forEachRemaining(t -> texts.add(t.getSubject()));
        for (Node text : texts) {
            g.find(text, CRM.P67_refers_to.asNode(), Node.ANY).forEachRemaining(t -> entities.add(t.getObject()));
        }
        g.find(doc, DCTerms.creator.asNode(), Node.ANY).forEachRemaining(t -> entities.add(t.getObject()));
        g.find(doc, DCTerms.contributor.asNode(), Node.ANY).forEachRemaining(t -> entities.add(t.getObject()));
        return entities;
    }

    private static Optional<String> first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                return Optional.of(o.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    /**
     * Searches for {@code query} (Lucene query syntax: words, "phrases", AND/OR/NOT, prefix*): every word must
     * occur, in any field; a name the authority data knows also finds its other names. Best first. An empty query
     * finds nothing.
     */
    public Results search(String query, int limit) throws IOException {
        String typed = query == null ? "" : query.strip();
        if (typed.isEmpty()) {
            return new Results(typed, List.of(), 0, List.of());
        }
        return search(SearchRequest.words(typed, Math.max(1, Math.min(limit, LuceneSearch.MAX_LIMIT))));
    }

    /**
     * The page of hits {@code request} asks for, with the facets of all the documents it finds. Without words it
     * finds every document its facets and years allow. Only the first {@value LuceneSearch#MAX_LIMIT} hits can be paged to.
     */
    @Override
    public Results search(SearchRequest request) throws IOException {
        if (stale.compareAndSet(true, false) && source != null) {
            names = CompletableFuture.completedFuture(readNames(source));
            rebuild(source, "updated");
        }
        if (names == null) {
            return new Results(request.words(), List.of(), 0, List.of());
        }
        return lucene.search(request, names());
    }

    /** See {@link WidenedQuery#widen}. */
    static String widen(String typed, List<NameVariants.Found> found) {
        return WidenedQuery.widen(typed, found, new SearchAnalyzer());
    }

    @Override
    public void close() throws IOException {
        if (names != null) {
            // the background reader holds a read transaction on the store, which is closed after the index
            names.exceptionally(e -> null).join();
        }
        searchers.close();
        writer.close();
        directory.close();
    }
}
