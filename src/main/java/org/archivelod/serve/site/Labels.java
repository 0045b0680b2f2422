package org.archivelod.serve.site;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns RDF terms into what a reader sees: the label of an entity (rdfs:label, else skos:prefLabel, else the
 * official vocabulary label, else the end of the IRI) and a link to its page here or, for outside IRIs such as
 * Wikidata, to the outside page. In a language other than English ({@link #in}), a label the data has in that
 * language comes first with the English one alongside: "Иосиф Виссарионович Сталин (Joseph Stalin)".
 * Made for one page: what it reads of a thing's labels is kept, with the instances {@link #in} and {@link #knowing}
 * make of it, so a thing the page names many times (a correspondent on every row and arrow of {@code /network}) is read
 * once. Callers hold a read transaction on the store.
 */
public final class Labels {
    private final DatasetGraph store;
    private final TermLabels terms;
    private final String base;
    private final String language;
    /** Labels read with a page's other statements: node → rdfs:label and skos:prefLabel → every value, in the store's order. */
    private final Map<Node, Map<Node, List<Node>>> known;
    /** The values read from the store so far, by node and property, in the store's order. */
    private final Map<Asked, List<Node>> read;

    /** A node's values of a labelling property. */
    private record Asked(Node node, Node property) {}

    public Labels(DatasetGraph store, TermLabels terms, String base) {
        this(store, terms, base, "en", Map.of(), new ConcurrentHashMap<>());
    }

    private Labels(DatasetGraph store, TermLabels terms, String base, String language, Map<Node, Map<Node, List<Node>>> known,
            Map<Asked, List<Node>> read) {
        this.store = store;
        this.terms = terms;
        this.base = base;
        this.language = language;
        this.known = known;
        this.read = read;
    }

    /** The same labels, preferring {@code language} (a primary subtag such as "ru" or "zh") where the data has it. */
    public Labels in(String language) {
        return new Labels(store, terms, base, language, known, read);
    }

    /**
     * The same labels, taking those of the nodes of {@code labelled} from it rather than from the store: each node's
     * every {@code rdfs:label} and {@code skos:prefLabel} value, in the store's order, read with a page's other
     * statements (so a front does not ask for them again).
     */
    Labels knowing(Map<Node, Map<Node, List<Node>>> labelled) {
        Map<Node, Map<Node, List<Node>>> all = new HashMap<>(known);
        all.putAll(labelled);
        return new Labels(store, terms, base, language, all, read);
    }

    public String language() {
        return language;
    }

    public String label(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        String english = englishLabel(node);
        if (!language.equals("en")) {
            Optional<String> local = inLanguage(node, SKOS.prefLabel.asNode()).or(() -> inLanguage(node, RDFS.label.asNode()));
            if (local.isPresent() && !local.get().equals(english)) {
                return local.get() + " (" + english + ")";
            }
        }
        return english;
    }

    /** The label in English (or without language), whatever language was chosen. */
    public String englishLabel(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return first(node, RDFS.label.asNode())
                .or(() -> first(node, SKOS.prefLabel.asNode()))
                .or(() -> terms.label(node))
                .orElseGet(() -> localName(node));
    }

    /** A link to the node: {@code /page/…} for this dataset's entities, the IRI itself for others, none for literals. */
    public Link link(Node node) {
        if (node.isLiteral()) {
            return Link.text(node.getLiteralLexicalForm());
        }
        if (!node.isURI()) {
            return Link.text(label(node));
        }
        return unlabelled(node, label(node));
    }

    /**
     * Where {@link #link} links {@code node} to, without reading its label: a row that prints its own title (a
     * document's, read with the row) needs only this.
     */
    public Link unlabelled(Node node, String label) {
        if (!node.isURI()) {
            return new Link(label, "", false);
        }
        return EntityPath.ofIri(node.getURI(), base)
                .map(path -> new Link(label, path.pagePath(), false))
                .orElseGet(() -> new Link(label, node.getURI(), true));
    }

    /** The values of {@code property} on {@code node}: known with the page, or read from the store once a page. */
    private Iterator<Node> values(Node node, Node property) {
        Map<Node, List<Node>> given = known.get(node);
        if (given != null && given.containsKey(property)) return given.get(property).iterator();
        // the union: a label restated in every document graph naming the thing is read once
        return read.computeIfAbsent(new Asked(node, property),
                asked -> Iter.toList(Iter.map(store.find(Quad.unionGraph, node, property, Node.ANY), Quad::getObject))).iterator();
    }

    private Optional<String> first(Node node, Node property) {
        Iterator<Node> it = values(node, property);
        String best = null;
        while (it.hasNext()) {
            Node o = it.next();
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                if (best == null || lang.startsWith("en")) {
                    best = o.getLiteralLexicalForm();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<String> inLanguage(Node node, Node property) {
        Iterator<Node> it = values(node, property);
        while (it.hasNext()) {
            Node o = it.next();
            if (o.isLiteral() && o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT).split("-")[0].equals(language)) {
                return Optional.of(o.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    private static String localName(Node node) {
        String iri = node.isURI() ? node.getURI() : node.toString();
        String tail = iri.replaceAll("[/#]+$", "");
        int cut = Math.max(tail.lastIndexOf('/'), tail.lastIndexOf('#'));
        return (cut >= 0 ? tail.substring(cut + 1) : tail).replace('_', ' ');
    }
}
