package org.archivelod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.io.ClasspathFolders;
import org.archivelod.uri.UriScheme;

/**
 * The site's aggregates, computed once per release at the end of each load: the SPARQL Updates of
 * {@code queries/aggregates/*.ru} (in name order, {@code ?site} bound to {@link UriScheme#siteGraph()}) replace the
 * site graph with what the pages count and list (the collection's size and years, documents per year, type and
 * archive, how many documents name each entity, who wrote to whom and how often). Plain SPARQL 1.1 Update, so the same
 * files serve an embedded TDB2 store (inside the load's transaction where there is one) and a remote store.
 *
 * <pre>{@code
 * Txn.executeWrite(dataset, () -> SiteAggregates.refreshIn(dataset));
 * }</pre>
 */
public final class SiteAggregates {
    private static final String FOLDER = "/queries/aggregates";

    private SiteAggregates() {}

    /**
     * Replaces the site graph of {@code dataset} with aggregates of its data, inside the caller's write transaction.
     * A store without data (no concepts to read its base from) is left without aggregates. Returns the site graph.
     */
    public static Optional<Node> refreshIn(DatasetGraph dataset) {
        Optional<String> base = mintedBase(dataset);
        base.ifPresent(b -> UpdateAction.execute(request(b), dataset));
        return base.map(b -> NodeFactory.createURI(UriScheme.at(b).siteGraph()));
    }

    /** Like {@link #refreshIn}, in a write transaction of its own. */
    public static Optional<Node> refresh(DatasetGraph dataset) {
        return Txn.calculateWrite(dataset, () -> refreshIn(dataset));
    }

    /** Replaces the site graph of the remote store whose data {@code data} reads, through {@code connection}. */
    public static void refresh(DatasetGraph data, RDFConnection connection) {
        mintedBase(data).ifPresent(b -> connection.update(request(b)));
    }

    /** The site graph dropped, then every aggregate's update, with {@code ?site} bound to the site graph. */
    static UpdateRequest request(String base) {
        Node site = NodeFactory.createURI(UriScheme.at(base).siteGraph());
        UpdateRequest request = UpdateFactory.create();
        request.add(new UpdateDrop(site, true));
        for (String text : updates()) {
            UpdateTransformOps.transform(UpdateFactory.create(text), Map.of(Var.alloc("site"), site))
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

    /** The base the store's data was minted under, read from its concepts ({@code {base}id/concept/…}). */
    private static Optional<String> mintedBase(DatasetGraph dataset) {
        var concepts = dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode());
        while (concepts.hasNext()) {
            Node concept = concepts.next().getSubject();
            Optional<String> base = concept.isURI() ? UriScheme.baseOfConcept(concept.getURI()) : Optional.empty();
            if (base.isPresent()) return base;
        }
        return Optional.empty();
    }
}
