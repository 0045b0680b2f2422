package org.archivelod.serve;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.archivelod.dump.DumpFile;
import org.archivelod.dump.DumpWriter;
import org.archivelod.store.ArchiveStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The linked-data site over a loaded {@link ArchiveStore}: embedded Fuseki with read-only SPARQL at
 * {@code /sparql} (the union of the named graphs as default graph), the {@code /id} → {@code /page} or
 * {@code /data} routes of DESIGN §2, the dumps (written at start) and the dataset description.
 *
 * <pre>{@code
 * try (ArchiveServer server = ArchiveServer.start(settings, store)) {
 *     System.out.println(server.url());
 *     server.join();
 * }
 * }</pre>
 */
public final class ArchiveServer implements AutoCloseable {
    private final FusekiServer fuseki;
    private final SiteContext site;

    private ArchiveServer(FusekiServer fuseki, SiteContext site) {
        this.fuseki = fuseki;
        this.site = site;
    }

    /** Writes the dumps, prepares the pages and starts listening; returns once the server answers. */
    public static ArchiveServer start(ServeSettings settings, ArchiveStore store) throws IOException {
        List<DumpFile> dumps = new DumpWriter().reuseOrWrite(store.datasetGraph(), settings.dumpFolder());
        String digest = dumps.stream().filter(d -> d.name().equals(DumpWriter.TRIG)).findFirst().orElseThrow().sha256();
        SiteContext site = new SiteContext(settings, store, new DatasetRelease(digest, Instant.now()), dumps,
                SampleQueries.fromClasspath(), TermLabels.fromClasspath(), new PageRenderer());
        FusekiServer fuseki = build(site);
        if (!settings.loopbackOnly()) {
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector http && !settings.host().equals("0.0.0.0")) {
                    http.setHost(settings.host());
                }
            }
        }
        fuseki.start();
        return new ArchiveServer(fuseki, site);
    }

    private static FusekiServer build(SiteContext site) {
        ServeSettings settings = site.settings();
        DataService.Builder sparql = DataService.newBuilder(site.store().queryView()).addEndpoint(Operation.Query, "");
        if (settings.allowUpdate()) {
            sparql.addEndpoint(Operation.Update, "").addEndpoint(Operation.GSP_RW, "");
        }
        CorsFilter cors = new CorsFilter();
        HomeServlet home = new HomeServlet(site);
        VoidServlet voidServlet = new VoidServlet(site,
                () -> VoidDescription.describe(site.data(), settings.base(), site.dumps()));
        return FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enableCors(false)
                .add("/sparql", sparql.build())
                .addFilter("/sparql", cors).addFilter("/sparql/*", cors).addFilter("/data/*", cors)
                .addFilter("/dumps/*", cors).addFilter("/void", cors).addFilter("/.well-known/void", cors)
                .addServlet("/id/*", new IdRedirectServlet(site))
                .addServlet("/data/*", new DataServlet(site))
                .addServlet("/page/*", new PageServlet(site))
                .addServlet("/queries/*", new QueryPageServlet(site))
                .addServlet("/dumps/*", new DumpServlet(site))
                .addServlet("/void", voidServlet)
                .addServlet("/.well-known/void", voidServlet)
                .addServlet("", home)
                .build();
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
        fuseki.stop();
    }
}
