package org.archivelod.dump;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.archivelod.vocab.CRM;

/** The fixed prefixes written at the top of every Turtle, TriG and JSON-LD file the tool produces. */
public final class DumpPrefixes {
    private DumpPrefixes() {}

    /** The vocabulary prefixes of the application profile. */
    public static PrefixMap standard() {
        PrefixMap map = PrefixMapFactory.create();
        map.add("crm", CRM.NS);
        map.add("dcterms", DCTerms.NS);
        map.add("oa", "http://www.w3.org/ns/oa#");
        map.add("owl", OWL.NS);
        map.add("prov", "http://www.w3.org/ns/prov#");
        map.add("rdf", RDF.uri);
        map.add("rdfs", RDFS.uri);
        map.add("skos", SKOS.uri);
        map.add("xsd", XSD.NS);
        return map;
    }
}
