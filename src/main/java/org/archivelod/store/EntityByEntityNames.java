package org.archivelod.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;

/**
 * The entities of the reconciliation name index read through the Jena API, entity by entity and property by property
 * across every published graph, the subjects of a remote store fetched in batches ({@link RemoteDatasetGraph#willRead}):
 * how {@link ReconcileNames} read them before its streaming query ({@link NamedEntities}), kept for a remote store that
 * does not show the union of its graphs as its default graph, and as the tests' reference. Its reads grow with the
 * square of the graphs restating an entity's appellation: not for a large store.
 */
final class EntityByEntityNames {
    private EntityByEntityNames() {}

    /** Tells {@code each} every entity of the published data of {@code data} minted under {@code base}, in a read transaction. */
    static void read(DatasetGraph data, String base, Consumer<ReconcileNames.Named> each) {
        DatasetGraph published = new WithoutSiteGraph(data);
        String space = UriScheme.at(base).idSpace();
        for (Map.Entry<String, Resource> kind : ReconcileNames.KINDS.entrySet()) {
            Set<Node> subjects = new LinkedHashSet<>();
            published.find(Node.ANY, Node.ANY, RDF.type.asNode(), kind.getValue().asNode()).forEachRemaining(q -> {
                Node s = q.getSubject();
                if (s.isURI() && s.getURI().startsWith(space + kind.getKey() + "/")) subjects.add(s);
            });
            if (data instanceof RemoteDatasetGraph remote) remote.willRead(subjects);
            for (Node s : subjects) entity(published, s, kind.getKey()).ifPresent(each);
        }
    }

    private static Optional<ReconcileNames.Named> entity(DatasetGraph data, Node s, String kind) {
        List<Node> labels = objects(data, s, RDFS.label.asNode());
        Optional<String> label = ReconcileNames.label(labels);
        if (label.isEmpty()) return Optional.empty();
        Set<String> names = new LinkedHashSet<>();
        labels.forEach(l -> names.add(l.getLiteralLexicalForm()));
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), DCTerms.title.asNode())) {
            objects(data, s, p).forEach(l -> names.add(l.getLiteralLexicalForm()));
        }
        for (Quad q : quads(data, s, CRM.P1_is_identified_by.asNode())) {
            Node name = q.getObject();
            if (data.contains(Node.ANY, name, RDF.type.asNode(), CRM.E41_Appellation.asNode())) {
                objects(data, name, CRM.P190_has_symbolic_content.asNode()).forEach(l -> names.add(l.getLiteralLexicalForm()));
            }
        }
        names.remove(label.get());
        Optional<String> date = objects(data, s, DCTerms.date.asNode()).stream().map(Node::getLiteralLexicalForm).findFirst();
        return Optional.of(new ReconcileNames.Named(s, kind, label.get(), List.copyOf(names), date));
    }

    private static List<Node> objects(DatasetGraph data, Node s, Node p) {
        Set<Node> found = new LinkedHashSet<>();
        for (Quad q : quads(data, s, p)) {
            if (q.getObject().isLiteral()) found.add(q.getObject());
        }
        return List.copyOf(found);
    }

    private static List<Quad> quads(DatasetGraph data, Node s, Node p) {
        List<Quad> quads = new ArrayList<>();
        data.find(Node.ANY, s, p, Node.ANY).forEachRemaining(quads::add);
        return quads;
    }
}
