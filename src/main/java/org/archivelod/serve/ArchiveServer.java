package org.archivelod.serve;

import java.io.IOException;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.archivelod.cmif.CmifExport;
import org.archivelod.dump.ContextJsonLd;
import org.archivelod.dump.DumpFile;
import org.archivelod.pipeline.Publication;
import org.archivelod.search.DocumentFacets;
import org.archivelod.search.DocumentSearch;
import org.archivelod.search.ReleaseSearch;
import org.archivelod.search.SearchIndex;
import org.archivelod.search.SparqlTextSearch;
import org.archivelod.search.SearchPropertyFunction;
import org.archivelod.serve.guard.BasicAuth;
import org.archivelod.serve.guard.CorsFilter;
import org.archivelod.serve.guard.OverloadFilter;
import org.archivelod.serve.guard.SparqlLimitsFilter;
import org.archivelod.serve.guard.TraceRefusal;
import org.archivelod.serve.http.AssetServlet;
import org.archivelod.serve.http.CiteServlet;
import org.archivelod.serve.http.CmifServlet;
import org.archivelod.serve.http.ContextServlet;
import org.archivelod.serve.http.DataServlet;
import org.archivelod.serve.http.DatasetRelease;
import org.archivelod.serve.http.DumpServlet;
import org.archivelod.serve.http.ErrorPages;
import org.archivelod.serve.http.FreshAggregatesFilter;
import org.archivelod.serve.http.PageReadsFilter;
import org.archivelod.serve.http.GraphServlet;
import org.archivelod.serve.http.HomeServlet;
import org.archivelod.serve.http.IdRedirectServlet;
import org.archivelod.serve.http.LicenceLinks;
import org.archivelod.serve.http.MapServlet;
import org.archivelod.serve.http.NetworkServlet;
import org.archivelod.serve.http.PageServlet;
import org.archivelod.serve.http.QueryEditorServlet;
import org.archivelod.serve.http.QueryPageServlet;
import org.archivelod.serve.http.Redirects;
import org.archivelod.serve.http.ReleaseOverview;
import org.archivelod.serve.http.ReleaseWatch;
import org.archivelod.serve.http.RequestLimits;
import org.archivelod.serve.http.RobotsServlet;
import org.archivelod.serve.http.SearchServlet;
import org.archivelod.serve.http.ServeSettings;
import org.archivelod.serve.http.SiteContext;
import org.archivelod.serve.http.SitemapServlet;
import org.archivelod.serve.http.SparqlServiceFilter;
import org.archivelod.serve.http.TimelineServlet;
import org.archivelod.serve.http.VoidServlet;
import org.archivelod.serve.http.WarmUp;
import org.archivelod.serve.http.WhenQuiet;
import org.archivelod.serve.http.WriteWatchFilter;
import org.archivelod.serve.render.PageRenderer;
import org.archivelod.serve.site.SampleQueries;
import org.archivelod.serve.site.SearchFiling;
import org.archivelod.serve.site.SiteQueries;
import org.archivelod.serve.site.Sitemap;
import org.archivelod.serve.site.TermLabels;
import org.archivelod.serve.site.VoidDescription;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.RemoteDatasetGraph;
import org.archivelod.store.StaleAggregates;
import org.archivelod.uri.UriScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The linked-data site over a loaded {@link ArchiveStore}: embedded Fuseki with read-only SPARQL at
 * {@code /sparql} (the union of the named graphs as default graph), the {@code /id} → {@code /page} or
 * {@code /data} routes of DESIGN §2, the dumps and the dataset description; and the historian's site: full-text search
 * ({@code /search}, and {@code search:query} in SPARQL) over the Lucene index, {@code /timeline}, {@code /network},
 * {@code /map}, the query editor {@code /query} and {@code /graph/…}. It reads what the load made
 * ({@link Publication.Artifacts}: the release, its dumps and its search index) and scans nothing at start.
 *
 * <pre>{@code
 * try (Publication.Artifacts made = Publication.publish(store, dumps, ArchiveServer.filing(store), step -> {});
 *      ArchiveServer server = ArchiveServer.start(settings, store, made)) {
 *     out.println(server.url());
 *     server.join();
 * }
 * }</pre>
 */
public final class ArchiveServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveServer.class);
    private final FusekiServer fuseki;
    private final SiteContext site;
    private final DocumentSearch search;
    private final OverloadFilter overload;
    private volatile WarmUp warmUp;
    private volatile WhenQuiet searchOpening;

    private ArchiveServer(FusekiServer fuseki, SiteContext site, DocumentSearch search, OverloadFilter overload) {
        this.fuseki = fuseki;
        this.site = site;
        this.search = search;
        this.overload = overload;
    }

    /**
     * Serves a local store with what its load made ({@code made}, for {@code settings.dumpFolder()}): the release the
     * store describes (the ETag and Last-Modified of every page, the same across restarts), its dumps and its search
     * index; prepares the pages and starts listening, and returns once the server answers. Nothing is scanned or written.
     * Closing the server closes the index.
     */
    public static ArchiveServer start(ServeSettings settings, ArchiveStore store, Publication.Artifacts made) {
        DatasetRelease release = new DatasetRelease(made.release().id(), made.release().issued());
        SiteContext site = siteOver(settings, store, () -> release, made.dumps());
        SearchPropertyFunction.register(store.queryView().getContext(), settings.base(), made.index());
        return listen(site, made.index());
    }

    /** What the search index files each document of {@code store} under, for the search page's facets. */
    public static DocumentFacets filing(ArchiveStore store) {
        return new SearchFiling(SiteQueries.shared(), store.queryView());
    }

    /**
     * A stateless front over a remote store: nothing is scanned or written at start. The release (ETag, cache key)
     * is the one the store describes, read with one small query and again every {@link ReleaseWatch#EVERY}; the pages'
     * queries go to the store whole; search is a bounded SPARQL query ({@link SparqlTextSearch}); the dumps are not
     * served (publish those of the release where it is loaded). Fronts over one store answer byte for byte alike.
     * {@code warnings} hears what the operator should know (a store that describes no release).
     */
    public static ArchiveServer front(ServeSettings settings, ArchiveStore store, Consumer<String> warnings) {
        return front(settings, store, java.util.Optional.empty(), warnings);
    }

    /**
     * A front as {@link #front(ServeSettings, ArchiveStore, Consumer)} whose search reads the release's index in
     * {@code searchIndex} (the folder {@code load --store} made beside a store of the same release), opened read-only (at the front's first quiet moment after it listens, or by a search before that: {@link WhenQuiet}), while
     * it is of the release the store describes ({@link ReleaseSearch}); the SPARQL search answers otherwise, and
     * {@code warnings} hears why. A {@code searchIndex} that is not a folder is refused ({@link IllegalArgumentException}).
     */
    public static ArchiveServer front(ServeSettings settings, ArchiveStore store, java.util.Optional<java.nio.file.Path> searchIndex,
            Consumer<String> warnings) {
        RemoteDatasetGraph remote = store.remote().orElseThrow(() -> new IllegalArgumentException("a front serves a remote store"));
        // the release, read once with whether the store's default graph shows it too (one query): the watch starts from it
        ReleaseWatch release = new ReleaseWatch(remote, settings.base(), Clock.systemUTC());
        java.util.Optional<Boolean> union = release.described() ? java.util.Optional.of(release.shownInDefaultGraph())
                : java.util.Optional.empty();
        if (!union.orElse(true)) {
            throw new IllegalStateException(remote.queryService() + " does not show the union of its named graphs as its default graph, "
                    + "which the site's queries need (Fuseki: tdb2:unionDefaultGraph true; see the README, 'Fronts over a SPARQL store')");
        }
        if (union.isPresent()) remote.defaultGraphIsUnion();
        UriScheme uris = UriScheme.at(settings.base());
        remote.readPublished(List.of(org.apache.jena.graph.NodeFactory.createURI(uris.siteGraph()),
                org.apache.jena.graph.NodeFactory.createURI(uris.releaseGraph())));
        remote.readRestated(org.apache.jena.graph.NodeFactory.createURI(uris.siteGraph()));
        remote.fetchWhole(graph -> graph.isURI() && uris.documentGraphSlug(graph.getURI()).isPresent(),
                node -> node.isURI() ? uris.documentGraphOf(node.getURI()).map(org.apache.jena.graph.NodeFactory::createURI)
                        : java.util.Optional.empty());
        if (!release.described()) {
            warnings.accept(remote.queryService() + " describes no release (load it with "
                    + "'load --endpoint'): pages carry the validators of no release and are kept " + ReleaseWatch.EVERY.toSeconds()
                    + " s at most");
        }
        SiteContext site = siteOver(settings, store, release, List.of());
        DocumentSearch sparql = new SparqlTextSearch(remote.queryService());
        ArchiveServer server = listen(site, searchIndex.<DocumentSearch>map(folder -> ReleaseSearch.over(folder, () -> release.get().digest(), sparql,
                warnings)).orElse(sparql));
        // the index (its names: a read that grows with the release) is opened at the first quiet moment, after the first
        // answers, not beside them; a search that comes first opens it itself
        if (searchIndex.isPresent()) server.searchOpening = WhenQuiet.start("search-index-open", server.search::answering, server.overload::running);
        return server;
    }

    private static SiteContext siteOver(ServeSettings settings, ArchiveStore store, Supplier<DatasetRelease> release,
            List<DumpFile> dumps) {
        return new SiteContext(settings, store, release, dumps, SampleQueries.fromClasspath(), TermLabels.fromClasspath(),
                new PageRenderer(), Redirects.of(store.datasetGraph(), settings.base()), new ReleaseOverview(!settings.allowUpdate()));
    }

    private static ArchiveServer listen(SiteContext site, DocumentSearch search) {
        ServeSettings settings = site.settings();
        OverloadFilter overload = new OverloadFilter(settings.limits());
        FusekiServer fuseki = build(site, search, overload);
        if (!settings.loopbackOnly()) {
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector http && !settings.host().equals("0.0.0.0")) {
                    http.setHost(settings.host());
                }
            }
        }
        // stopping (SIGTERM) lets the requests in progress finish, up to the query timeout and a little more
        Server jetty = fuseki.getJettyServer();
        jetty.setHandler(new GracefulHandler(jetty.getHandler()));
        jetty.setStopTimeout(settings.limits().queryTimeout().toMillis() + 2_000);
        fuseki.start();
        return new ArchiveServer(fuseki, site, search, overload);
    }

    private static FusekiServer build(SiteContext site, DocumentSearch search, OverloadFilter overload) {
        ServeSettings settings = site.settings();
        DataService.Builder sparql = DataService.newBuilder(site.store().queryView()).addEndpoint(Operation.Query, "");
        if (settings.allowUpdate()) {
            sparql.addEndpoint(Operation.Update, "").addEndpoint(Operation.GSP_RW, "");
        }
        RequestLimits limits = settings.limits();
        // the timeout every query on the store runs under, at /sparql as on the pages
        site.store().queryView().getContext().set(ARQ.queryTimeout, limits.queryTimeout().toMillis());
        // no SERVICE: a public endpoint must not fetch other addresses (or files) on a caller's behalf
        site.store().queryView().getContext().set(ARQ.httpServiceAllowed, false);
        SparqlLimitsFilter sparqlLimits = new SparqlLimitsFilter(limits, settings.base());
        CorsFilter cors = new CorsFilter();
        LicenceLinks licences = new LicenceLinks(site);
        HomeServlet home = new HomeServlet(site);
        VoidServlet voidServlet = new VoidServlet(site,
                () -> VoidDescription.describe(site.aggregates(), settings.base(), site.dumps()));
        FusekiServer.Builder builder = FusekiServer.create();
        if (settings.allowUpdate() && search instanceof SearchIndex index) {
            StaleAggregates aggregates = new StaleAggregates(site.store().datasetGraph());
            WriteWatchFilter refresh = new WriteWatchFilter(() -> {
                index.markStale();
                aggregates.markStale();
            });
            builder.addFilter("/*", new FreshAggregatesFilter(aggregates));
            builder.addFilter("/sparql", refresh).addFilter("/sparql/*", refresh);
        }
        site.store().remote().ifPresent(remote -> builder.addFilter("/*", new PageReadsFilter(remote)));
        TimelineServlet timeline = new TimelineServlet(site);
        NetworkServlet network = new NetworkServlet(site);
        MapServlet map = new MapServlet(site);
        SitemapServlet sitemap = new SitemapServlet(site);
        builder
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .numServerThreads(limits.minThreads(), limits.maxThreads())
                .enableCors(false)
                .add("/sparql", sparql.build())
                .addFilter("/*", new ErrorPages())
                .addFilter("/*", new TraceRefusal())
                .addFilter("/*", cors)
                .addFilter("/*", overload);
        settings.updateCredentials().filter(c -> settings.allowUpdate()).ifPresent(credentials -> {
            BasicAuth auth = new BasicAuth(credentials);
            builder.addFilter("/sparql", auth).addFilter("/sparql/*", auth);
        });
        return builder
                .addFilter("/sparql", new SparqlServiceFilter(site))
                .addFilter("/sparql", sparqlLimits).addFilter("/sparql/*", sparqlLimits)
                .addFilter(UriScheme.DATA_ROUTE, licences).addFilter(UriScheme.GRAPH_ROUTE, licences).addFilter("/dumps/*", licences)
                .addFilter("/void", licences).addFilter("/.well-known/void", licences)
                .addFilter("/" + ContextJsonLd.PATH, licences)
                .addServlet("/" + ContextJsonLd.PATH, new ContextServlet(site))
                .addServlet(UriScheme.ID_ROUTE, new IdRedirectServlet(site))
                .addServlet(UriScheme.DATA_ROUTE, new DataServlet(site))
                .addServlet(UriScheme.PAGE_ROUTE, new PageServlet(site))
                .addServlet("/queries/*", new QueryPageServlet(site))
                .addServlet("/query", new QueryEditorServlet(site))
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/search", new SearchServlet(site, search))
                .addServlet("/timeline", timeline)
                .addServlet("/timeline.svg", timeline)
                .addServlet("/network", network)
                .addServlet("/network.svg", network)
                .addServlet("/map", map)
                .addServlet("/map.svg", map)
                .addServlet(UriScheme.GRAPH_ROUTE, new GraphServlet(site))
                .addServlet(UriScheme.CITE_ROUTE, new CiteServlet(site))
                .addServlet("/dumps/*", new DumpServlet(site))
                .addServlet("/oai/*", new org.archivelod.serve.oai.OaiServlet(site))
                .addServlet("/reconcile/*", new org.archivelod.serve.reconcile.ReconcileServlet(site))
                .addServlet("/void", voidServlet)
                .addServlet("/.well-known/void", voidServlet)
                .addServlet("/" + CmifExport.FILE, new CmifServlet(site))
                .addServlet("/sitemap.xml", sitemap).addServlet("/" + Sitemap.PARTS + "*", sitemap)
                .addServlet("/robots.txt", new RobotsServlet(site))
                .addServlet("", home)
                .build();
    }

    /**
     * Runs the page code once on the release's own data, on a thread of its own, so that the JVM has loaded and
     * compiled it before readers ask ({@link WarmUp}: nothing is kept, and it renders only while no request is being
     * answered); {@code serve} starts it right after the server listens. Closing the server stops it.
     */
    public WarmUp warmUp() {
        WarmUp started = WarmUp.start(site, search, overload::running);
        warmUp = started;
        return started;
    }

    /** The port the server listens on (the one chosen by the system when the settings asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The site's address for a person to open, e.g. {@code http://localhost:3030/}. */
    public String url() {
        String host = site.settings().loopbackOnly() ? "localhost" : site.settings().host();
        return "http://" + host + ":" + port() + "/";
    }

    public SiteContext site() {
        return site;
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        if (warmUp != null) warmUp.close();
        if (searchOpening != null) searchOpening.close();
        fuseki.stop();
        try {
            search.close();
        } catch (IOException e) {
            LOG.warn("cannot close the search index: {}", e.getMessage());
        }
    }
}
