package org.archivelod.serve.oai;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.vocab.CRM;

/**
 * What OAI-PMH says of a document: the sets it belongs to, {@code archive:{slug}} for every archive that keeps the
 * original or a copy (directly, or through the holdings the carrier is part of) and {@code type:{slug}} for its
 * document type; a document IRI an earlier release named and this one replaced ({@code dcterms:isReplacedBy} in the
 * redirects graph: it answers 301 on the linked-data routes) is a deleted record in no set, so that a harvester drops
 * the old identifier when it picks up the new one. Read for one record at a time, through the Jena API (matching
 * nodes, never query strings); which records a list holds, and which sets there are, come from the site lists written
 * at load ({@link ListedRecords}, {@link ArchiveSets}).
 */
final class DocumentCatalogue {
    static final String ARCHIVE = "archive";
    static final String TYPE = "type";
    /** OAI-PMH's setSpec: unreserved URI characters, parts separated by ':'. */
    private static final Pattern SPEC_PART = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

    /** A document and the leaf sets it is in, sorted; a deleted one (a replaced IRI) is in no set. */
    record Entry(String identifier, Node document, List<String> sets, boolean deleted) {}

    private DocumentCatalogue() {}

    /** The leaf sets {@code document} is in, sorted: its archives' and its type's. Callers hold a read transaction. */
    static List<String> specs(DatasetGraph store, Node document) {
        Set<String> specs = new TreeSet<>();
        for (Node archive : archives(store, document)) specPart(archive).ifPresent(p -> specs.add(ARCHIVE + ":" + p));
        for (Node type : objects(store, document, DCTerms.type.asNode())) specPart(type).ifPresent(p -> specs.add(TYPE + ":" + p));
        return List.copyOf(specs);
    }

    /**
     * The archives that keep the document: the keepers of the objects that carry the text it shows the features of,
     * or of the curated holdings those objects are part of (a delo of an opis of a fond of the archive).
     */
    static Set<Node> archives(DatasetGraph store, Node document) {
        Set<Node> keepers = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        for (Node original : objects(store, document, CRM.P130_shows_features_of.asNode())) {
            store.find(Node.ANY, Node.ANY, CRM.P128_carries.asNode(), original).forEachRemaining(q -> {
                Deque<Node> todo = new ArrayDeque<>(List.of(q.getSubject()));
                Set<Node> seen = new HashSet<>();
                while (!todo.isEmpty()) {
                    Node n = todo.pop();
                    if (!seen.add(n)) continue;
                    keepers.addAll(objects(store, n, CRM.P50_has_current_keeper.asNode()));
                    todo.addAll(objects(store, n, CRM.P46i_forms_part_of.asNode()));
                }
            });
        }
        return keepers;
    }

    /** The last segment of an IRI as a setSpec part; percent signs (of non-ASCII IRIs) become '.'. */
    static Optional<String> specPart(Node node) {
        if (!node.isURI()) return Optional.empty();
        String iri = node.getURI();
        String part = iri.substring(iri.lastIndexOf('/') + 1).replace('%', '.');
        return SPEC_PART.matcher(part).matches() ? Optional.of(part) : Optional.empty();
    }

    static List<Node> objects(DatasetGraph store, Node s, Node p) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        store.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return List.copyOf(out);
    }

    /** The English (or else any) literal of {@code p}, else the IRI. */
    static String label(DatasetGraph store, Node s, Node p) {
        String best = null;
        var it = store.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && (best == null || o.getLiteralLanguage().startsWith("en"))) best = o.getLiteralLexicalForm();
        }
        return best != null ? best : s.toString();
    }
}
