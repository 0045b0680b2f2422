package org.archivelod.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.archivelod.text.NameFolding;
import org.archivelod.vocab.CRM;
import org.archivelod.vocab.SITE;

/**
 * The reconciliation service's name index, written into the site graph at each load beside the other aggregates, so
 * that a query reads only the entities it could match, however many the store holds. The entities are every person,
 * group, place and document under {@code {base}id/}, with the label ({@code rdfs:label}, English first) and every other
 * name the data gives — {@code rdfs:label}s and {@code skos:prefLabel}s in other languages, {@code skos:altLabel}s, the
 * {@code crm:P190_has_symbolic_content} of each {@code crm:E41_Appellation} it {@code crm:P1_is_identified_by}, and a
 * document's {@code dcterms:title} — read in one streaming query a kind ({@link NamedEntities}).
 * Each becomes, in the site graph: {@code <entity> site:kind "person" ; site:label "…" ; site:names "[…]" (the other
 * names, a JSON array in the order found) ; site:date "…" ; site:key "w zhou", "n Zhou Enlai", "p zho", "d 1950"…}:
 * a word of a name folded ({@link NameFolding#fold}), a name as written ({@link NameFolding#spaced}), the first one to
 * {@value #PREFIX} letters of a folded name or word, every start of the date. Memory holds one batch of statements.
 */
public final class ReconcileNames {
    /** The kinds of entity reconciled against (the kind as in {@code {base}id/person/…}) and the class they are typed with. */
    public static final Map<String, Resource> KINDS = kinds();
    /** How many first letters of a folded name or word are keys (suggest finds the rest among those). */
    public static final int PREFIX = 3;
    private static final int BATCH = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReconcileNames() {}

    /** Where the entities come from: tells {@code each} every entity minted under {@code base}. */
    interface Source {
        void read(String base, Consumer<Named> each);
    }

    /** An entity as the index holds it: its IRI, kind, label, other names and a document's date. */
    public record Named(Node iri, String kind, String label, List<String> variants, Optional<String> date) {}

    private static Map<String, Resource> kinds() {
        Map<String, Resource> kinds = new LinkedHashMap<>();
        kinds.put("person", CRM.E21_Person);
        kinds.put("group", CRM.E74_Group);
        kinds.put("place", CRM.E53_Place);
        kinds.put("document", CRM.E31_Document);
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /** The label of an entity with the literals {@code labels} (its {@code rdfs:label}s): the English one, else one without a language, else the first. */
    static Optional<String> label(List<Node> labels) {
        return labels.stream().filter(l -> l.getLiteralLanguage().equals("en")).findFirst()
                .or(() -> labels.stream().filter(l -> l.getLiteralLanguage().isEmpty()).findFirst())
                .or(() -> labels.stream().findFirst())
                .map(Node::getLiteralLexicalForm);
    }

    /** The key of a word of a folded name. */
    public static String wordKey(String word) {
        return "w " + word;
    }

    /** The key of a name as written (spaces aside). */
    public static String nameKey(String name) {
        return "n " + NameFolding.spaced(name);
    }

    /** The key of the names and words that start with {@code folded} (its first {@value #PREFIX} letters at most). */
    public static String prefixKey(String folded) {
        return "p " + folded.substring(0, Math.min(PREFIX, folded.length()));
    }

    /** The key of the dates that start with {@code start}. */
    public static String dateKey(String start) {
        return "d " + start;
    }

    /** The keys {@code e} is found by. */
    static Set<String> keys(Named e) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(e.variants());
        names.add(0, e.label());
        for (String name : names) {
            if (!NameFolding.spaced(name).isEmpty()) keys.add(nameKey(name));
            String folded = NameFolding.fold(name);
            if (folded.isEmpty()) continue;
            prefixes(folded, keys);
            for (String word : folded.split(" ")) {
                keys.add(wordKey(word));
                prefixes(word, keys);
            }
        }
        e.date().ifPresent(d -> {
            for (int end = 1; end <= d.length(); end++) keys.add(dateKey(d.substring(0, end)));
        });
        return keys;
    }

    private static void prefixes(String folded, Set<String> keys) {
        for (int end = 1; end <= Math.min(PREFIX, folded.length()); end++) keys.add(prefixKey(folded.substring(0, end)));
    }

    /** The other names as the index writes them: a JSON array of strings. */
    public static String encode(List<String> variants) {
        try {
            return JSON.writeValueAsString(variants);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write names as JSON", e);
        }
    }

    /** The other names from {@link #encode}. */
    public static List<String> decode(String json) {
        try {
            return List.copyOf(JSON.readValue(json, new TypeReference<List<String>>() {}));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON array of names: " + json, e);
        }
    }

    /**
     * Writes the index of the {@code entities} minted under {@code base} into {@code site}, through {@code update}
     * ({@value #BATCH} statements a request), inside the caller's transaction.
     */
    static void write(Source entities, Node site, String base, Consumer<UpdateRequest> update) {
        Batch batch = new Batch(site, update);
        entities.read(base, e -> {
            batch.add(e.iri(), SITE.kind.asNode(), NodeFactory.createLiteralString(e.kind()));
            batch.add(e.iri(), SITE.label.asNode(), NodeFactory.createLiteralString(e.label()));
            batch.add(e.iri(), SITE.names.asNode(), NodeFactory.createLiteralString(encode(e.variants())));
            e.date().ifPresent(d -> batch.add(e.iri(), SITE.date.asNode(), NodeFactory.createLiteralString(d)));
            keys(e).forEach(k -> batch.add(e.iri(), SITE.key.asNode(), NodeFactory.createLiteralString(k)));
        });
        batch.flush();
    }

    /**
     * Tells {@code each} every entity of the data of the embedded dataset {@code data} minted under {@code base}, inside
     * the caller's transaction: one streaming query a kind ({@link NamedEntities}).
     */
    public static void read(DatasetGraph data, String base, Consumer<Named> each) {
        NamedEntities.local(data).read(base, each);
    }

    /** Statements of the site graph, sent {@value #BATCH} at a time. */
    private static final class Batch {
        private final Node site;
        private final Consumer<UpdateRequest> update;
        private QuadDataAcc quads = new QuadDataAcc();

        Batch(Node site, Consumer<UpdateRequest> update) {
            this.site = site;
            this.update = update;
        }

        void add(Node s, Node p, Node o) {
            quads.addQuad(Quad.create(site, s, p, o));
            if (quads.getQuads().size() >= BATCH) flush();
        }

        void flush() {
            if (quads.getQuads().isEmpty()) return;
            UpdateRequest request = UpdateFactory.create();
            request.add(new UpdateDataInsert(quads));
            update.accept(request);
            quads = new QuadDataAcc();
        }
    }
}
