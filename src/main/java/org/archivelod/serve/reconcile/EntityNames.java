package org.archivelod.serve.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.vocab.CRM;
import org.archivelod.uri.UriScheme;

/**
 * The entities the service reconciles against, read from the store through Jena's graph API: every person, group,
 * place and document under {@code {base}id/}, with the label ({@code rdfs:label}, English first) and every other name
 * the data gives — {@code rdfs:label}s and {@code skos:prefLabel}s in other languages, {@code skos:altLabel}s, the
 * {@code crm:P190_has_symbolic_content} of each {@code crm:E41_Appellation} it {@code crm:P1_is_identified_by}, and a
 * document's {@code dcterms:title}.
 */
public final class EntityNames {
    private final List<Entity> entities;
    private final Map<Node, Entity> byIri;

    private EntityNames(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        this.byIri = new LinkedHashMap<>();
        entities.forEach(e -> byIri.put(e.iri(), e));
    }

    /** Reads the entities of {@code data} minted under {@code base}, in a read transaction of its own. */
    public static EntityNames read(DatasetGraph data, String base) {
        return Txn.calculateRead(data, () -> {
            List<Entity> entities = new ArrayList<>();
            String space = UriScheme.at(base).idSpace();
            for (EntityType type : EntityType.ALL) {
                Set<Node> subjects = new LinkedHashSet<>();
                data.find(Node.ANY, Node.ANY, RDF.type.asNode(), type.crmClass().asNode())
                        .forEachRemaining(q -> subjects.add(q.getSubject()));
                for (Node s : subjects) {
                    if (s.isURI() && s.getURI().startsWith(space + type.id() + "/")) {
                        entity(data, s, s.getURI().substring(space.length()), type).ifPresent(entities::add);
                    }
                }
            }
            entities.sort(Comparator.comparing(Entity::id));
            return new EntityNames(entities);
        });
    }

    public List<Entity> all() {
        return entities;
    }

    public Optional<Entity> byIri(Node iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    private static Optional<Entity> entity(DatasetGraph data, Node s, String id, EntityType type) {
        List<Node> labels = objects(data, s, RDFS.label.asNode());
        Optional<String> label = labels.stream().filter(l -> l.getLiteralLanguage().equals("en")).findFirst()
                .or(() -> labels.stream().filter(l -> l.getLiteralLanguage().isEmpty()).findFirst())
                .or(() -> labels.stream().findFirst())
                .map(Node::getLiteralLexicalForm);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        labels.forEach(l -> names.add(l.getLiteralLexicalForm()));
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), DCTerms.title.asNode())) {
            objects(data, s, p).forEach(l -> names.add(l.getLiteralLexicalForm()));
        }
        for (Quad q : iterable(data, s, CRM.P1_is_identified_by.asNode())) {
            Node name = q.getObject();
            if (data.contains(Node.ANY, name, RDF.type.asNode(), CRM.E41_Appellation.asNode())) {
                objects(data, name, CRM.P190_has_symbolic_content.asNode()).forEach(l -> names.add(l.getLiteralLexicalForm()));
            }
        }
        names.remove(label.get());
        Optional<String> date = objects(data, s, DCTerms.date.asNode()).stream().map(Node::getLiteralLexicalForm).findFirst();
        return Optional.of(new Entity(s, id, type, label.get(), List.copyOf(names), date));
    }

    /** The literal objects of {@code s p} in any graph, without repeats, in the order found. */
    private static List<Node> objects(DatasetGraph data, Node s, Node p) {
        Set<Node> found = new LinkedHashSet<>();
        for (Quad q : iterable(data, s, p)) {
            if (q.getObject().isLiteral()) {
                found.add(q.getObject());
            }
        }
        return List.copyOf(found);
    }

    private static Iterable<Quad> iterable(DatasetGraph data, Node s, Node p) {
        List<Quad> quads = new ArrayList<>();
        data.find(Node.ANY, s, p, Node.ANY).forEachRemaining(quads::add);
        return quads;
    }
}
