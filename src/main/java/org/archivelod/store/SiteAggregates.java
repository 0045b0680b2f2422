package org.archivelod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.VOID;
import java.util.function.Consumer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.archivelod.io.ClasspathFolders;
import org.archivelod.vocab.SITE;

/**
 * The site's aggregates, computed once per release at the end of each load: the SPARQL Updates of
 * {@code queries/aggregates/*.ru} (in name order, {@code ?site} bound to the site graph and the activity types to
 * their IRIs: {@link AggregateParameters}) replace the site graph with what the pages count and list (the
 * collection's size and years, documents per year, type and archive, how many documents name each entity, who wrote
 * to whom and how often), then {@link SiteLists} writes the long lists and {@link ReconcileNames} the reconciliation
 * service's name index. Plain SPARQL 1.1 Update, so the same
 * files serve an embedded TDB2 store (inside the load's transaction where there is one) and a remote store.
 *
 * <pre>{@code
 * Txn.executeWrite(dataset, () -> SiteAggregates.refreshIn(dataset));
 * }</pre>
 */
public final class SiteAggregates {
    /** Entries per page of the lists cut into pages at load ({@link SiteLists}): the site's page size. */
    public static final int PAGE_SIZE = 150;
    private static final String FOLDER = "/queries/aggregates";
    /**
     * Rows a sort, a DISTINCT or an update's solutions hold in memory before they spill to disk (embedded stores):
     * small enough that a list's sort and its DISTINCT together fit a 256 MB heap beside TDB2's caches (their rows
     * carry titles), large enough that the lists of 10^4 documents spill into a few dozen files.
     */
    private static final long SPILL = 20_000;

    private SiteAggregates() {}

    /**
     * Replaces the site graph of {@code dataset} with aggregates of its data, inside the caller's write transaction.
     * A store without data (no concepts to read its base from) is left without aggregates. Returns the site graph.
     */
    public static Optional<Node> refreshIn(DatasetGraph dataset) {
        Optional<String> base = ArchiveStore.mintedBase(dataset);
        Optional<AggregateParameters> parameters = base.map(AggregateParameters::of);
        parameters.ifPresent(p -> {
            update(request(p), dataset);
            SiteLists.write(new SiteLists.Store() {
                @Override
                public void select(Query query, Consumer<QuerySolution> row) {
                    try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                            .set(ARQ.spillToDiskThreshold, SPILL).build()) {
                        exec.execSelect().forEachRemaining(row);
                    }
                }

                @Override
                public void update(UpdateRequest request) {
                    SiteAggregates.update(request, dataset);
                }
            }, p);
            ReconcileNames.write(NamedEntities.local(dataset), p.site(), base.get(), request -> update(request, dataset));
        });
        return parameters.map(AggregateParameters::site);
    }

    /** Runs {@code request} on {@code dataset}, its solutions ({@code INSERT … WHERE}) spilling to disk past {@link #SPILL}. */
    private static void update(UpdateRequest request, DatasetGraph dataset) {
        UpdateExec.dataset(dataset).update(request).set(ARQ.spillToDiskThreshold, SPILL).execute();
    }

    /** Like {@link #refreshIn}, in a write transaction of its own. */
    public static Optional<Node> refresh(DatasetGraph dataset) {
        return Txn.calculateWrite(dataset, () -> refreshIn(dataset));
    }

    /**
     * Computes the aggregates of a local store loaded before there were any (it has data but no site graph), before
     * the VoID statistics were among them (no {@code <site#void>}: {@code queries/aggregates/0-void.ru}), or before one
     * of today's whole site lists was (no {@code <site#NAME> site:size}, NAME any of {@link SiteLists#wholeLists()}:
     * the reconciliation names came with {@code oai-types}, the per-correspondence lists with {@code network}), so
     * that such a store can be served as it is; a store that has them is left as it is. (A remote store is never
     * given: its server is a front, which writes nothing.)
     */
    public static void ensure(ArchiveStore store) {
        DatasetGraph dataset = store.datasetGraph();
        boolean missing = Txn.calculateRead(dataset, () -> ArchiveStore.mintedBase(dataset).map(b -> {
            Node site = AggregateParameters.of(b).site();
            return !dataset.contains(site, NodeFactory.createURI(site.getURI() + "#void"), VOID.triples.asNode(), Node.ANY)
                    || SiteLists.wholeLists().stream().anyMatch(name -> !dataset.contains(site,
                            NodeFactory.createURI(site.getURI() + "#" + name), SITE.size.asNode(), Node.ANY));
        }).orElse(false));
        if (missing) refresh(dataset);
    }

    /** Replaces the site graph of the remote store whose data {@code data} reads, through {@code connection}. */
    public static void refresh(DatasetGraph data, RDFConnection connection) {
        ArchiveStore.mintedBase(data).ifPresent(base -> {
            AggregateParameters p = AggregateParameters.of(base);
            connection.update(request(p));
            SiteLists.write(new SiteLists.Store() {
                @Override
                public void select(Query query, Consumer<QuerySolution> row) {
                    connection.querySelect(query, row);
                }

                @Override
                public void update(UpdateRequest request) {
                    connection.update(request);
                }
            }, p);
            ReconcileNames.Source names = NamedEntities.unionShown(connection) ? NamedEntities.remote(connection::querySelect)
                    : (b, each) -> EntityByEntityNames.read(data, b, each);
            ReconcileNames.write(names, p.site(), base, connection::update);
        });
    }

    /**
     * The name of the list {@code name} of one thing ({@code of}), e.g. the passages naming a person:
     * {@code passages-} and the MD5 of its IRI in hexadecimal, which a page computes to find the list.
     */
    public static String listName(String name, Node of) {
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(of.toString().getBytes(StandardCharsets.UTF_8));
            return name + "-" + java.util.HexFormat.of().formatHex(md5);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java", e);
        }
    }

    /** The site graph dropped, then every aggregate's update, with its parameters ({@code ?site}...) bound. */
    static UpdateRequest request(AggregateParameters parameters) {
        UpdateRequest request = UpdateFactory.create();
        request.add(new UpdateDrop(parameters.site(), true));
        for (String text : updates()) {
            UpdateTransformOps.transform(UpdateFactory.create(text), parameters.bindings())
                    .getOperations().forEach(request::add);
        }
        return request;
    }

    private static List<String> updates() {
        List<String> texts = new ArrayList<>();
        Path folder = ClasspathFolders.path(FOLDER)
                .orElseThrow(() -> new IllegalStateException("no " + FOLDER + " on the classpath"));
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ru")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the aggregates in " + folder, e);
        }
        return texts;
    }
}
