package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.archivelod.dump.CanonicalOrder;

/**
 * A small RDF description (the dataset's VoID, the SPARQL service description) as a page a person can read: one
 * section per subject, in canonical order, each statement as the property's label and its value (IRIs as links).
 */
public final class DescriptionPage {
    record Row(String property, Link value) {}

    record Section(String subject, List<Row> rows) {}

    private DescriptionPage() {}

    public static Map<String, Object> scope(String title, String intro, Graph description, TermLabels terms) {
        PrefixMapping prefixes = description.getPrefixMapping();
        List<Section> sections = new ArrayList<>();
        description.find().mapWith(t -> t.getSubject()).toSet().stream().sorted(CanonicalOrder.NODES).forEach(subject -> {
            List<Row> rows = description.find(subject, Node.ANY, Node.ANY).toList().stream()
                    .sorted(Comparator.comparing(Triple::getPredicate, CanonicalOrder.NODES)
                            .thenComparing(Triple::getObject, CanonicalOrder.NODES))
                    .map(t -> new Row(terms.label(t.getPredicate()).orElse(prefixes.shortForm(t.getPredicate().getURI())),
                            value(t.getObject())))
                    .toList();
            sections.add(new Section(subject.isURI() ? subject.getURI() : "(a part of the description)", rows));
        });
        return Map.of("title", title, "intro", intro, "sections", sections);
    }

    private static Link value(Node node) {
        if (node.isURI()) {
            return new Link(node.getURI(), node.getURI(), false);
        }
        if (node.isLiteral()) {
            return Link.text(node.getLiteralLexicalForm());
        }
        return Link.text(NodeFmtLib.strTTL(node));
    }
}
