package org.archivelod.evaluate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.vocab.CRM;
import org.apache.jena.vocabulary.OA;
import org.archivelod.uri.UriScheme;

/**
 * What a conversion states about each document, read back from its quads: the fields, the parties by role and every
 * person, group and place the document's texts name, each with all the names the data gives it (labels, appellations
 * and the words the annotations quote in this document).
 */
final class ConvertedFacts {
    /** An entity of the conversion: IRI, kind ("person", "group", "place" or "other"), label and names. */
    record Entity(String iri, String kind, String label, Set<String> names) {}

    /** One converted document. */
    record DocumentFacts(String file, String title, String date, String type, String recordId,
                         Map<String, List<Entity>> parties, List<Entity> archives, List<Entity> named) {}

    private final DatasetGraph data;

    private ConvertedFacts(DatasetGraph data) {
        this.data = data;
    }

    /** The documents of the dataset by the file name they were converted from. */
    static Map<String, DocumentFacts> read(DatasetGraph data) {
        ConvertedFacts f = new ConvertedFacts(data);
        Map<String, DocumentFacts> out = new TreeMap<>();
        Iterator<Quad> docs = data.find(Node.ANY, Node.ANY, RDF.type.asNode(), CRM.E31_Document.asNode());
        List<Quad> list = new ArrayList<>();
        docs.forEachRemaining(list::add);
        for (Quad q : list) {
            DocumentFacts d = f.document(q.getGraph(), q.getSubject());
            out.put(d.file(), d);
        }
        return out;
    }

    private DocumentFacts document(Node g, Node doc) {
        String file = one(g, one(g, g, node("http://www.w3.org/ns/prov#wasDerivedFrom")).orElse(Node.ANY), RDFS.label.asNode())
                .map(Node::getLiteralLexicalForm).orElse(doc.getURI());
        String title = literal(g, doc, DCTerms.title.asNode());
        String date = literal(g, doc, DCTerms.date.asNode());
        // "document of unstated kind" says that the page states no type: no value, not a wrong one
        String type = one(g, doc, DCTerms.type.asNode()).map(t -> UriScheme.lastSegment(t.getURI()))
                .filter(t -> !t.equals("unspecified")).orElse(null);
        String recordId = null;
        for (Node id : objects(g, doc, CRM.P1_is_identified_by.asNode())) {
            boolean isRecordId = objects(g, id, CRM.P2_has_type.asNode()).stream().anyMatch(t -> t.getURI().endsWith("/record-id"));
            if (isRecordId) recordId = literal(g, id, CRM.P190_has_symbolic_content.asNode());
        }
        Map<String, List<Entity>> parties = new LinkedHashMap<>();
        parties.put("creators", entities(g, objects(g, doc, DCTerms.creator.asNode())));
        parties.put("addressees", entities(g, actors(g, "sending", CRM.P11_had_participant)));
        parties.put("intermediaries", entities(g, actors(g, "transmission", CRM.P14_carried_out_by)));
        parties.put("translators", entities(g, objects(g, doc, DCTerms.contributor.asNode())));
        Set<Node> keepers = new LinkedHashSet<>();
        data.find(g, Node.ANY, CRM.P50_has_current_keeper.asNode(), Node.ANY).forEachRemaining(q -> keepers.add(q.getObject()));
        Set<Node> named = new LinkedHashSet<>();
        data.find(g, Node.ANY, CRM.P67_refers_to.asNode(), Node.ANY).forEachRemaining(q -> named.add(q.getObject()));
        for (List<Entity> p : parties.values()) p.forEach(e -> named.add(node(e.iri())));
        // the publisher and the funder of the web edition are the archive's boilerplate, not names the record prints
        Set<Node> edition = new LinkedHashSet<>(actors(g, "publication", CRM.P14_carried_out_by));
        edition.addAll(actors(g, "funding", CRM.P14_carried_out_by));
        data.find(g, Node.ANY, CRM.P11_had_participant.asNode(), Node.ANY).forEachRemaining(q -> named.add(q.getObject()));
        data.find(g, Node.ANY, CRM.P14_carried_out_by.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!edition.contains(q.getObject())) named.add(q.getObject());
        });
        named.addAll(keepers);
        List<Entity> namedEntities = entities(g, named).stream().filter(e -> !e.kind().equals("other")).toList();
        return new DocumentFacts(file, title, date, type, recordId, parties, entities(g, keepers), namedEntities);
    }

    /** The actors (by {@code role}) of the graph's activities of one type ("sending", "transmission"). */
    private Set<Node> actors(Node g, String activityType, org.apache.jena.rdf.model.Property role) {
        Set<Node> out = new LinkedHashSet<>();
        data.find(g, Node.ANY, CRM.P2_has_type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && UriScheme.isActivityType(q.getObject().getURI(), activityType)) {
                out.addAll(objects(g, q.getSubject(), role.asNode()));
            }
        });
        return out;
    }

    private List<Entity> entities(Node g, Iterable<Node> nodes) {
        List<Entity> out = new ArrayList<>();
        for (Node n : nodes) if (n.isURI()) out.add(entity(g, n));
        return out;
    }

    private Entity entity(Node g, Node n) {
        Set<String> names = new LinkedHashSet<>();
        for (org.apache.jena.rdf.model.Property p : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)) {
            for (Node l : objects(Node.ANY, n, p.asNode())) if (l.isLiteral()) names.add(l.getLiteralLexicalForm());
        }
        for (Node a : objects(Node.ANY, n, CRM.P1_is_identified_by.asNode())) {
            for (Node l : objects(Node.ANY, a, CRM.P190_has_symbolic_content.asNode())) names.add(l.getLiteralLexicalForm());
        }
        data.find(g, Node.ANY, OA.hasBody.asNode(), n).forEachRemaining(q -> {
            for (Node target : objects(g, q.getSubject(), OA.hasTarget.asNode())) {
                for (Node selector : objects(g, target, OA.hasSelector.asNode())) {
                    for (Node exact : objects(g, selector, OA.exact.asNode())) names.add(exact.getLiteralLexicalForm());
                }
            }
        });
        String label = objects(Node.ANY, n, RDFS.label.asNode()).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .sorted().findFirst().orElse(n.getURI());
        return new Entity(n.getURI(), kind(n), label, names);
    }

    private String kind(Node n) {
        Set<Node> types = new LinkedHashSet<>(objects(Node.ANY, n, RDF.type.asNode()));
        if (types.contains(CRM.E21_Person.asNode())) return "person";
        if (types.contains(CRM.E74_Group.asNode())) return "group";
        if (types.contains(CRM.E53_Place.asNode())) return "place";
        return "other";
    }

    private List<Node> objects(Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        data.find(g, s, p, Node.ANY).forEachRemaining(q -> { if (!out.contains(q.getObject())) out.add(q.getObject()); });
        return out;
    }

    private Optional<Node> one(Node g, Node s, Node p) {
        List<Node> all = objects(g, s, p);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private String literal(Node g, Node s, Node p) {
        return one(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null);
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }
}
