package org.archivelod.serve.oai;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.pipeline.IriRedirects;
import org.archivelod.vocab.CRM;
import org.archivelod.uri.UriScheme;

/**
 * The documents OAI-PMH lists, in the order of their IRIs, each with the sets it belongs to: {@code archive:{slug}} for
 * every archive that keeps the original or a copy (directly, or through the holdings the carrier is part of) and
 * {@code type:{slug}} for its document type; and, as deleted records, the IRIs of documents an earlier release named
 * and this one replaced ({@code dcterms:isReplacedBy} in the redirects graph: they answer 301 on the linked-data
 * routes), so that a harvester drops the old identifier when it picks up the new one. Read once from the store
 * (through the Jena API, matching nodes, never query strings), like the other aggregates of a release, for what needs
 * every document's sets: ListSets and the lists of one set. The lists of every record and single records are read
 * from the site graph's list instead ({@link ListedRecords}), a page at a time.
 */
final class DocumentCatalogue {
    static final String ARCHIVE = "archive";
    static final String TYPE = "type";
    /** OAI-PMH's setSpec: unreserved URI characters, parts separated by ':'. */
    private static final Pattern SPEC_PART = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

    /** A document and the leaf sets it is in, sorted; a deleted one (a replaced IRI) is in no set. */
    record Entry(String identifier, Node document, List<String> sets, boolean deleted) {
        /** Whether the document is in {@code spec}, a leaf set or one of the two top sets. */
        boolean inSet(String spec) {
            return sets.stream().anyMatch(s -> s.equals(spec) || s.startsWith(spec + ":"));
        }
    }

    /** A set as ListSets shows it. */
    record SetInfo(String spec, String name) {}

    private final List<Entry> entries;
    private final List<SetInfo> sets;

    private DocumentCatalogue(List<Entry> entries, List<SetInfo> sets) {
        this.entries = List.copyOf(entries);
        this.sets = List.copyOf(sets);
    }

    static DocumentCatalogue read(DatasetGraph store, String base) {
        return Txn.calculateRead(store, () -> {
            TreeMap<String, Entry> documents = new TreeMap<>();
            TreeMap<String, String> setNames = new TreeMap<>();
            store.find(Node.ANY, Node.ANY, RDF.type.asNode(), CRM.E31_Document.asNode()).forEachRemaining(q -> {
                Node d = q.getSubject();
                if (!d.isURI() || documents.containsKey(d.getURI())) return;
                documents.put(d.getURI(), new Entry(d.getURI(), d,
                        specs(store, d, (spec, thing, p) -> setNames.computeIfAbsent(spec, k -> label(store, thing, p))), false));
            });
            String documentIris = UriScheme.at(base).documentSpace();
            store.find(IriRedirects.graph(base), Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY).forEachRemaining(q -> {
                Node old = q.getSubject();
                if (old.isURI() && old.getURI().startsWith(documentIris) && old.getURI().indexOf('/', documentIris.length()) < 0
                        && !documents.containsKey(old.getURI())) {
                    documents.put(old.getURI(), new Entry(old.getURI(), old, List.of(), true));
                }
            });
            List<SetInfo> sets = new ArrayList<>();
            sets.add(new SetInfo(ARCHIVE, "Documents by the archive that keeps them (the original or a copy)"));
            setNames.forEach((spec, name) -> { if (spec.startsWith(ARCHIVE + ":")) sets.add(new SetInfo(spec, name)); });
            sets.add(new SetInfo(TYPE, "Documents by type"));
            setNames.forEach((spec, name) -> { if (spec.startsWith(TYPE + ":")) sets.add(new SetInfo(spec, name)); });
            return new DocumentCatalogue(new ArrayList<>(documents.values()), sets);
        });
    }

    /** Told the sets a document is in: the spec, the archive or type it stands for and the property of its name. */
    @FunctionalInterface
    interface Named {
        void set(String spec, Node thing, Node nameProperty);
    }

    /** The leaf sets {@code document} is in, sorted: its archives' and its type's. Callers hold a read transaction. */
    static List<String> specs(DatasetGraph store, Node document, Named named) {
        Set<String> specs = new TreeSet<>();
        for (Node archive : archives(store, document)) {
            specPart(archive).ifPresent(p -> {
                specs.add(ARCHIVE + ":" + p);
                named.set(ARCHIVE + ":" + p, archive, RDFS.label.asNode());
            });
        }
        for (Node type : objects(store, document, DCTerms.type.asNode())) {
            specPart(type).ifPresent(p -> {
                specs.add(TYPE + ":" + p);
                named.set(TYPE + ":" + p, type, SKOS.prefLabel.asNode());
            });
        }
        return List.copyOf(specs);
    }

    /** Every document, by IRI. */
    List<Entry> entries() {
        return entries;
    }

    /** The sets: the two top sets, each followed by its members, by spec. */
    List<SetInfo> sets() {
        return sets;
    }

    boolean hasSet(String spec) {
        return sets.stream().anyMatch(s -> s.spec().equals(spec));
    }

    /**
     * The archives that keep the document: the keepers of the objects that carry the text it shows the features of,
     * or of the curated holdings those objects are part of (a delo of an opis of a fond of the archive).
     */
    private static Set<Node> archives(DatasetGraph store, Node document) {
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
    private static Optional<String> specPart(Node node) {
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
