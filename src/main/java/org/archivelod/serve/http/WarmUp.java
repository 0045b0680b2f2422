package org.archivelod.serve.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.archivelod.io.Checksums;
import org.archivelod.search.DocumentSearch;
import org.archivelod.search.SearchRequest;
import org.archivelod.serve.site.DataFormat;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.serve.site.Paging;
import org.archivelod.serve.site.SearchParameters;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.vocab.SITE;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page code run once on the release's own data right after the server listens, on a thread of its own, so that
 * the classes load and the JIT compiles before readers ask (on a large store the first page after a start cost a
 * second, most of it the JVM's own warming): the last page of the home page's documents, of the timeline and of the
 * network (unless it is the first), and the first page of each in Russian (the code, the queries and the index ranges
 * of the English first pages, which were among the slowest first views after a warm-up of last pages alone: the
 * network's first page holds its heaviest correspondences, the last page its lightest); the last document and the last person the home
 * page lists, and that person's {@code /data} in Turtle; page 2 of the heaviest correspondent's page (the writer of the network's first row: the code of an
 * entity's long lists, full pages of them, on other entries than the first page's); and searches for the names of
 * the network's heaviest correspondents (each widened with their other names, as a reader's search for a name is),
 * their hits in order of date: many hits, so that Lucene's code for a long collection and its facets is compiled
 * before a reader's search for a common name (the last person's name, searched before, found a few documents; at
 * 10^5 the first search for Stalin after such a warm-up took 716 ms, the next ones 200–300 ms). It renders with servlets of its own and
 * keeps nothing: no page a reader asks for is answered from its work, and every first view still reads the store and
 * renders. It never delays the start, and it yields to readers: a page is warmed only once no request has been
 * answered for a quarter of a second (the first page, for {@value #FIRST_QUIET_MILLIS} ms; {@link QuietMoments}: a
 * reader's request that arrives meanwhile shares the processors with that one page's work, a fraction of a second), so
 * a server asked without pause from its start warms up after. It stops when the server closes.
 *
 * <pre>{@code
 * WarmUp warm = WarmUp.start(site, index, overload::running);   // after the server listens
 * warm.close();                              // before the store closes
 * }</pre>
 */
public final class WarmUp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final SiteLanguage LANGUAGE = new SiteLanguage("en");
    /**
     * How long the server must have answered nothing before the first page is warmed: a request that comes as the
     * server starts to listen (a load balancer's check, the first reader) is not counted as in progress until the
     * server's cold code has accepted it, which can take longer than the quiet between pages; a front's first
     * answer to a document's {@code /data} came 0.7 s later with the warm-up beginning beside it (4.3 s against 3.6 s
     * at 10^4).
     */
    private static final long FIRST_QUIET_MILLIS = 2_000;
    /**
     * The language the first pages of the home page and of the network are warmed in: their code and the index ranges
     * of their entries are those of the English pages, but not the English pages themselves, which a reader's first
     * view still reads and renders.
     */
    private static final SiteLanguage OTHER = new SiteLanguage("ru");
    /**
     * How many names are searched: Lucene's code for a long collection is compiled over several searches, not one (at
     * 10^5, in a JVM of its own, the same search for Stalin took 890, 530 and 455 ms, and 248 ms after six more).
     */
    private static final int SEARCHED = 6;

    /**
     * A page the warm-up rendered: its path and the SHA-256 of its bytes (empty when the release has no such page, or
     * when it failed: {@code failure} says why, empty otherwise).
     */
    public record Warmed(String path, String sha256, String failure) {
        Warmed(String path, String sha256) {
            this(path, sha256, "");
        }
    }

    private final SiteContext site;
    private final DocumentSearch search;
    private final QuietMoments quiet;
    private final List<Warmed> warmed = new ArrayList<>();
    private final Thread thread;
    private volatile boolean closing;
    /** Set, under this object's lock, when the warm-up has ended (done, stopped or failed). */
    private boolean ended;

    private WarmUp(SiteContext site, DocumentSearch search, IntSupplier answering) {
        this.site = site;
        this.search = search;
        this.quiet = new QuietMoments(answering, () -> closing);
        this.thread = QuietMoments.ownWorkThread("warm-up", this::run);
    }

    /**
     * Starts warming {@code site}'s pages (and {@code search}) on a thread of its own, and returns at once;
     * {@code answering} says how many requests the server is answering now.
     */
    public static WarmUp start(SiteContext site, DocumentSearch search, IntSupplier answering) {
        WarmUp warmUp = new WarmUp(site, search, answering);
        warmUp.thread.start();
        return warmUp;
    }

    /**
     * Waits at most {@code patience} for the warm-up to end; the pages it rendered so far. It returns as soon as the
     * warm-up says it has ended, not when its thread is gone: a thread still alive for a moment after that is no
     * reason to wait out the whole patience.
     */
    public synchronized List<Warmed> awaitDone(Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (!ended && System.nanoTime() < until) {
            wait(Math.max(1, Duration.ofNanos(until - System.nanoTime()).toMillis()));
        }
        return List.copyOf(warmed);
    }

    private void run() {
        long started = System.nanoTime();
        try {
            quiet.await(FIRST_QUIET_MILLIS);
            SiteAggregatesView aggregates = site.aggregates();
            int lastHome = Paging.pagesFor(aggregates.size("documents"));
            int lastTimeline = Paging.pagesFor(aggregates.size("timeline"));
            int lastNetwork = Paging.pagesFor(aggregates.size("network"));
            list("/", lastHome, (language, page) -> new HomeServlet(site).render(language, page));
            list("/timeline", lastTimeline, (language, page) -> new TimelineServlet(site).render(language, false, page));
            list("/network", lastNetwork, (language, page) -> new NetworkServlet(site).render(language, false, page));
            lastListed(aggregates, "documents").ifPresent(document -> page(document, 1));
            lastListed(aggregates, "people").ifPresent(p -> {
                page(p, 1);
                data(p);
            });
            List<Node> heaviest = heaviestCorrespondents(aggregates);
            heaviest.stream().findFirst().ifPresent(p -> page(p, 2));
            heaviest.stream().map(this::name).filter(name -> !name.isBlank()).distinct().forEach(this::search);
            LOG.info("warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.info("warm-up stopped: {}", e.toString());   // closing under it, or a store that cannot be read: pages render as before
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** A page of a paged list ({@code /}, {@code /timeline}, {@code /network}) in a language. */
    private interface ListPage {
        RenderedCache.Rendered render(SiteLanguage language, int page) throws IOException;
    }

    /**
     * The list at {@code path}: its last page, unless that is the first, and its first page in {@link #OTHER}, so
     * that its first page is never rendered as a reader first sees it.
     */
    private void list(String path, int last, ListPage pages) {
        if (last > 1) step(path + "?page=" + last, () -> pages.render(LANGUAGE, last));
        step(path + "?lang=" + OTHER.code(), () -> pages.render(OTHER, 1));
    }

    /** Page {@code number} of {@code entity}'s page, as {@code /page/…} renders it. */
    private void page(Node entity, int number) {
        String query = number > 1 ? "?page=" + number : "";
        EntityPath.ofIri(entity.getURI(), site.settings().base()).ifPresent(path -> step(path.pagePath() + query,
                () -> new PageServlet(site).render(path, entity, LANGUAGE, new ReadingMode(false), number)));
    }

    /**
     * The first page of {@code entity}'s description in Turtle, as {@code /data/….ttl} renders it: the code of every
     * {@code /data} page (the description read in the published union, its links paged, the writer), which a reader's
     * first {@code /data} ran alone (at 10^5 the first, Stalin's, took 91 ms after a warm-up without it, the others
     * 17–46 ms).
     */
    private void data(Node entity) {
        String base = site.settings().base();
        EntityPath.ofIri(entity.getURI(), base).ifPresent(path -> {
            String dataPath = path.dataPath(DataFormat.TURTLE);
            step(dataPath, () -> new DataServlet(site).render(entity, DataFormat.TURTLE, 1, DataServlet.documentIri(base, dataPath)).orElse(null));
        });
    }

    /** A search for {@code name}, widened with its other names, its hits in order of date. */
    private void search(String name) {
        SearchParameters byDate = SearchParameters.words(name, site.settings().base()).ordered(SearchRequest.Order.DATE);
        step(byDate.href(), () -> new SearchServlet(site, search).answer(search, byDate, false, LANGUAGE).body());
    }

    /**
     * The writers and addressees of the network's heaviest correspondences, {@value #SEARCHED} at most, the writer of its
     * first row first: two lookups per row of its first page, in one read.
     */
    private static List<Node> heaviestCorrespondents(SiteAggregatesView aggregates) {
        DatasetGraph view = aggregates.view();
        List<SiteAggregatesView.Entry> rows = aggregates.page("network", 1);
        return Txn.calculateRead(view, () -> {
            Set<Node> parties = new LinkedHashSet<>();
            for (int i = 0; i < rows.size() && parties.size() < SEARCHED; i++) {
                for (Property side : List.of(SITE.from, SITE.to)) {
                    Optional.ofNullable(Iter.first(view.find(Node.ANY, rows.get(i).item(), side.asNode(), Node.ANY), quad -> true))
                            .map(Quad::getObject).ifPresent(parties::add);
                }
            }
            return parties.stream().limit(SEARCHED).toList();
        });
    }

    private interface Rendering {
        RenderedCache.Rendered render() throws IOException;
    }

    /**
     * Renders one page. A page that fails (a store too slow for the query timeout while its cache is cold: at 10^5 on
     * a front started beside a fresh Fuseki, the labels of the home page's Russian first page took 6.7 s) is logged and
     * passed over: the pages after it are warmed still, as before a failure stopped the warm-up there. The server
     * closing stops it.
     */
    private void step(String path, Rendering rendering) {
        quiet.await();
        Warmed done;
        try {
            RenderedCache.Rendered body = rendering.render();
            done = new Warmed(path, body == null ? "" : Checksums.sha256(body.body()));
        } catch (IOException | RuntimeException e) {
            if (closing) throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            LOG.info("warm-up: {} passed over: {}", path, e.toString());
            done = new Warmed(path, "", e.toString());
        }
        synchronized (this) {
            warmed.add(done);
        }
    }

    /** The last entry of the site list {@code name}. */
    private static Optional<Node> lastListed(SiteAggregatesView aggregates, String name) {
        List<SiteAggregatesView.Entry> last = aggregates.page(name, Paging.pagesFor(aggregates.size(name)));
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(last.size() - 1).item());
    }

    /** The English label of {@code entity}. */
    private String name(Node entity) {
        return Txn.calculateRead(site.data(), () -> site.labels().in(LANGUAGE.code()).label(entity));
    }

    /** Stops the warm-up after the page it is rendering, and waits for it (a few seconds at most). */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
