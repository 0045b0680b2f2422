package org.archivelod.serve.oai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.pipeline.IriRedirects;
import org.archivelod.serve.oai.DocumentCatalogue.Entry;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;

/**
 * The reference for the tests: OAI-PMH's catalogue as the server read it before the sets became site lists — every
 * document of the store with its sets, and every set with its name, read at once through the Jena API — to compare
 * what is now read a page at a time with what the whole store says.
 */
record WholeCatalogue(List<Entry> entries, Map<String, String> sets) {
    static WholeCatalogue read(DatasetGraph store, String base) {
        return Txn.calculateRead(store, () -> {
            TreeMap<String, Entry> documents = new TreeMap<>();
            TreeMap<String, String> names = new TreeMap<>();
            store.find(Node.ANY, Node.ANY, RDF.type.asNode(), CRM.E31_Document.asNode()).forEachRemaining(q -> {
                Node d = q.getSubject();
                if (!d.isURI() || documents.containsKey(d.getURI())) return;
                documents.put(d.getURI(), new Entry(d.getURI(), d, DocumentCatalogue.specs(store, d), false));
                for (Node archive : DocumentCatalogue.archives(store, d)) DocumentCatalogue.specPart(archive).ifPresent(p ->
                        names.computeIfAbsent("archive:" + p, k -> DocumentCatalogue.label(store, archive, RDFS.label.asNode())));
                for (Node type : DocumentCatalogue.objects(store, d, DCTerms.type.asNode())) DocumentCatalogue.specPart(type).ifPresent(p ->
                        names.computeIfAbsent("type:" + p, k -> DocumentCatalogue.label(store, type, SKOS.prefLabel.asNode())));
            });
            String documentIris = UriScheme.at(base).documentSpace();
            store.find(IriRedirects.graph(base), Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY).forEachRemaining(q -> {
                Node old = q.getSubject();
                if (old.isURI() && old.getURI().startsWith(documentIris) && old.getURI().indexOf('/', documentIris.length()) < 0
                        && !documents.containsKey(old.getURI())) {
                    documents.put(old.getURI(), new Entry(old.getURI(), old, List.of(), true));
                }
            });
            Map<String, String> sets = new java.util.LinkedHashMap<>();
            sets.put("archive", "Documents by the archive that keeps them (the original or a copy)");
            names.forEach((spec, name) -> { if (spec.startsWith("archive:")) sets.put(spec, name); });
            sets.put("type", "Documents by type");
            names.forEach((spec, name) -> { if (spec.startsWith("type:")) sets.put(spec, name); });
            return new WholeCatalogue(new ArrayList<>(documents.values()), sets);
        });
    }

    /** The records in {@code spec}, a leaf set or one of the two top sets, by IRI. */
    List<Entry> inSet(String spec) {
        return entries.stream().filter(e -> e.sets().stream().anyMatch(s -> s.equals(spec) || s.startsWith(spec + ":"))).toList();
    }
}
