package org.archivelod.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes every output uses, in a fixed order. */
public final class Prefixes {
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

    /** The vocabularies and the dataset's own namespaces under {@code base}. */
    public static Map<String, String> all(String base) {
        Map<String, String> m = vocabularies();
        String b = base.endsWith("/") ? base : base + "/";
        m.put("id", b + "id/");
        m.put("person", b + "id/person/");
        m.put("group", b + "id/group/");
        m.put("place", b + "id/place/");
        m.put("event", b + "id/event/");
        m.put("document", b + "id/document/");
        m.put("concept", b + "id/concept/");
        m.put("annotation", b + "id/annotation/");
        m.put("graph", b + "graph/");
        return m;
    }

    public static PrefixMapping mapping(String base) {
        return PrefixMapping.Factory.create().setNsPrefixes(all(base)).lock();
    }
}
