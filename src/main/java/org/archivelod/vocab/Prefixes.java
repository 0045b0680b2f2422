package org.archivelod.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.archivelod.uri.UriScheme;

/**
 * Every prefix the tool writes, in a fixed order: the vocabularies of the application profile (at the top of every
 * Turtle, TriG and JSON-LD file), the dataset's own namespaces under a base (for a converted file), and those the
 * validation report uses to write terms briefly ({@code crm:E21_Person}).
 */
public final class Prefixes {
    /** SHACL, for the terms of a validation report. */
    public static final String SH = "http://www.w3.org/ns/shacl#";
    /** The namespace of our shapes ({@code ontology/shapes.ttl}). */
    public static final String SHAPE = "https://w3id.org/archive-lod/shapes#";

    private static final PrefixMapping REPORT = PrefixMapping.Factory.create()
            .setNsPrefix("crm", CRM.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("dcat", DCAT.NS)
            .setNsPrefix("sh", SH)
            .setNsPrefix("shape", SHAPE)
            .lock();

    private Prefixes() {}

    /** The vocabularies of the application profile, without the dataset's own namespaces. */
    public static Map<String, String> vocabularies() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("crm", CRM.NS);
        m.put("dcterms", DCTerms.NS);
        m.put("rdf", RDF.uri);
        m.put("rdfs", RDFS.uri);
        m.put("skos", SKOS.uri);
        m.put("owl", OWL.NS);
        m.put("xsd", XSD.NS);
        m.put("prov", PROV.NS);
        m.put("oa", OA.NS);
        return m;
    }

    /** The vocabularies and the dataset's own namespaces under {@code base} ({@link UriScheme#namespaces()}). */
    public static Map<String, String> all(String base) {
        Map<String, String> m = vocabularies();
        m.putAll(UriScheme.at(base).namespaces());
        return m;
    }

    /** The vocabulary prefixes in prefix order: the fixed head of every Turtle, TriG and JSON-LD file the tool writes. */
    public static PrefixMap standard() {
        PrefixMap map = PrefixMapFactory.create();
        vocabularies().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> map.add(e.getKey(), e.getValue()));
        return map;
    }

    /** The prefixes a validation report writes terms with: the profile's, VoID, DCAT, SHACL and our shapes. */
    public static PrefixMapping report() {
        return REPORT;
    }
}
