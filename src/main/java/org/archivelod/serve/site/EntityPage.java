package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.vocab.CRM;

/**
 * What the HTML page of an entity shows: its label, alternative names, types, every statement about it with
 * labelled links (but not the curators' {@code skos:editorialNote}s), one page of the statements of others that point at it
 * ("referred to in", {@link ReferredTo}), links to its data in each format and, for a document, its full text with the
 * mentions linked. Built inside a read transaction.
 */
public record EntityPage(String iri, String kind, String label, List<String> altLabels, List<Link> types,
        List<Statement> statements, ReferredTo.Page referredTo, List<Alternate> alternates,
        List<DocumentText.Paragraph> text) {

    /** One property of the entity with its values. */
    public record Statement(Link property, List<Link> values) {}

    /** A statement of another entity about this one. */
    public record Incoming(Link subject, Link property) {}

    /** The entity's data in one format. */
    public record Alternate(String mediaType, String href, String extension) {}

    /** A type in the "Type:" line, with what goes before it ("" for the first, ", " for the others). */
    public record Listed(String separator, Link link) {}

    /** The types as one line: "Letter", "Person", "Document, Linguistic Object" (no trailing separator). */
    public List<Listed> typeLine() {
        List<Listed> line = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) line.add(new Listed(i == 0 ? "" : ", ", types.get(i)));
        return line;
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public boolean hasAltLabels() {
        return !altLabels.isEmpty();
    }

    /** "Chou En-lai; 周恩来": the other names, separated. */
    public String altLabelText() {
        return String.join("; ", altLabels);
    }

    public boolean hasIncoming() {
        return !referredTo.rows().isEmpty();
    }

    /** This page's statements pointing at the entity. */
    public List<Incoming> incoming() {
        return referredTo.rows();
    }

    /** How many statements point at the entity, or which of them this page shows when they need several pages. */
    public String incomingCount() {
        return referredTo.countLabel();
    }

    /** The page, with {@code referredTo} its page of the statements pointing at {@code entity}. */
    public static EntityPage build(DatasetGraph store, Labels labels, EntityPath path, Node entity, ReferredTo.Page referredTo) {
        List<String> altLabels = new ArrayList<>();
        List<Link> types = new ArrayList<>();
        List<Link> kinds = new ArrayList<>();
        Map<String, List<Link>> byProperty = new TreeMap<>();
        Map<String, Link> properties = new TreeMap<>();
        String fullText = null;
        // the union: a statement restated in every document graph that names the entity (an archive in thousands) is
        // read, and its terms labelled, once, where each copy was
        for (var it = store.find(Quad.unionGraph, entity, Node.ANY, Node.ANY); it.hasNext(); ) {
            var quad = it.next();
            Node p = quad.getPredicate();
            Node o = quad.getObject();
            if (p.equals(CRM.P2_has_type.asNode()) && o.isURI() && !"concept".equals(path.kind())) {
                kinds.add(labels.link(o));     // the kind in the dataset's own terms ("letter"), among the statements too
            }
            if (p.equals(RDF.type.asNode())) {
                types.add(labels.link(o));
            } else if (p.equals(SKOS.altLabel.asNode()) && o.isLiteral()) {
                altLabels.add(o.getLiteralLexicalForm());
            } else if (p.equals(RDFS.label.asNode()) || p.equals(SKOS.editorialNote.asNode())) {
                // the curators' editorial notes are working notes: in the data, not on the page
                continue;
            } else if (p.equals(CRM.P190_has_symbolic_content.asNode()) && "document".equals(path.kind())) {
                fullText = o.getLiteralLexicalForm();
            } else {
                Link property = labels.link(p);
                String key = property.label() + " " + p.getURI();
                properties.putIfAbsent(key, property);
                byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(labels.link(o));
            }
        }
        List<Statement> statements = new ArrayList<>();
        byProperty.forEach((key, values) -> statements.add(new Statement(properties.get(key),
                values.stream().distinct().sorted(Comparator.comparing(Link::label)).toList())));
        List<DocumentText.Paragraph> text = fullText == null ? List.of()
                : DocumentText.paragraphs(store, labels, entity, fullText);
        return new EntityPage(entity.getURI(), path.kind(), labels.label(entity),
                altLabels.stream().distinct().sorted().toList(),
                (kinds.isEmpty() ? types : kinds).stream().distinct().sorted(Comparator.comparing(Link::label)).toList(),
                statements, referredTo, alternates(path), text);
    }

    private static List<Alternate> alternates(EntityPath path) {
        List<Alternate> alternates = new ArrayList<>();
        for (DataFormat f : DataFormat.values()) {
            alternates.add(new Alternate(f.mediaType(), path.dataPath(f), f.extension()));
        }
        return alternates;
    }
}
