package org.archivelod.serve.site;

import java.util.Iterator;
import java.util.Optional;
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
 * Callers hold a read transaction on the store.
 */
public final class Labels {
    private final DatasetGraph store;
    private final TermLabels terms;
    private final String base;
    private final String language;

    public Labels(DatasetGraph store, TermLabels terms, String base) {
        this(store, terms, base, "en");
    }

    private Labels(DatasetGraph store, TermLabels terms, String base, String language) {
        this.store = store;
        this.terms = terms;
        this.base = base;
        this.language = language;
    }

    /** The same labels, preferring {@code language} (a primary subtag such as "ru" or "zh") where the data has it. */
    public Labels in(String language) {
        return new Labels(store, terms, base, language);
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

    private Optional<String> first(Node node, Node property) {
        Iterator<Quad> it = store.find(Node.ANY, node, property, Node.ANY);
        String best = null;
        while (it.hasNext()) {
            Node o = it.next().getObject();
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
        Iterator<Quad> it = store.find(Node.ANY, node, property, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
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
