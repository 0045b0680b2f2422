package org.archivelod.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.archivelod.vocab.CRM;
import org.archivelod.vocab.PROV;

/**
 * The official vocabularies in {@code ontology/official/} (CIDOC-CRM, DCMI Terms, Web Annotation, SKOS,
 * PROV-O, VoID, DCAT), read once from the classpath and shared: which terms each declares, and the CRM schema.
 */
public final class OfficialVocabularies {
    /** Where the official files are on the classpath. */
    public static final String FOLDER = "ontology/official/";
    public static final String CRM_FILE = "CIDOC_CRM_v7.1.3.rdf";

    private final List<OfficialVocabulary> vocabularies;
    private final CrmSchema crmSchema;

    private OfficialVocabularies() {
        Graph crm = read(CRM_FILE, Lang.RDFXML);
        this.crmSchema = new CrmSchema(crm);
        this.vocabularies = List.of(
                vocabulary(CRM_FILE, CRM.NS, crm),
                vocabulary("dublin_core_terms.ttl", DCTerms.NS, read("dublin_core_terms.ttl", Lang.TURTLE)),
                vocabulary("oa.ttl", OA.NS, read("oa.ttl", Lang.TURTLE)),
                vocabulary("skos.rdf", SKOS.uri, read("skos.rdf", Lang.RDFXML)),
                vocabulary("prov-o.ttl", PROV.NS, read("prov-o.ttl", Lang.TURTLE)),
                vocabulary("void.ttl", VOID.NS, read("void.ttl", Lang.TURTLE)),
                vocabulary("dcat3.ttl", DCAT.NS, read("dcat3.ttl", Lang.TURTLE)));
    }

    /** The shared instance; the files are parsed on first use. */
    public static OfficialVocabularies get() {
        return Holder.INSTANCE;
    }

    public List<OfficialVocabulary> vocabularies() { return vocabularies; }

    public CrmSchema crmSchema() { return crmSchema; }

    /** The vocabulary whose namespace the IRI is in, if it is one of the checked namespaces. */
    public Optional<OfficialVocabulary> covering(String iri) {
        return vocabularies.stream().filter(v -> v.covers(iri)).findFirst();
    }

    private static OfficialVocabulary vocabulary(String file, String namespace, Graph graph) {
        Set<String> terms = new HashSet<>();
        graph.find().forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(namespace)) terms.add(s.getURI());
        });
        return new OfficialVocabulary(file, namespace, terms);
    }

    private static Graph read(String file, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = OfficialVocabularies.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IllegalStateException("not on the classpath: " + FOLDER + file);
            RDFParser.source(in).lang(lang).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + file, e);
        }
        return graph;
    }

    private static final class Holder {
        static final OfficialVocabularies INSTANCE = new OfficialVocabularies();
    }
}
