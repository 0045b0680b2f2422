package org.archivelod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SPARQL 1.1 Service Description terms used to describe {@code /sparql} (https://www.w3.org/TR/sparql11-service-description/). */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    /** The W3C's unique URIs for media formats (https://www.w3.org/ns/formats/). */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    public static final Resource Service = r("Service");
    public static final Resource Dataset = r("Dataset");
    public static final Resource Graph = r("Graph");
    public static final Resource SPARQL11Query = r("SPARQL11Query");
    public static final Resource SPARQL11Update = r("SPARQL11Update");
    public static final Resource UnionDefaultGraph = r("UnionDefaultGraph");
    public static final Resource BasicFederatedQuery = r("BasicFederatedQuery");

    public static final Property endpoint = p("endpoint");
    public static final Property supportedLanguage = p("supportedLanguage");
    public static final Property resultFormat = p("resultFormat");
    public static final Property feature = p("feature");
    public static final Property defaultDataset = p("defaultDataset");
    public static final Property defaultGraph = p("defaultGraph");

    private SD() {}

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
