package org.archivelod.serve.site;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.archivelod.vocab.SD;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}: the endpoint, the query language (and update, when allowed),
 * the result formats it writes, that the default graph is the union of the named graphs, and the dataset it serves
 * (the one {@code /void} describes).
 */
public final class ServiceDescription {
    private static final List<String> RESULT_FORMATS = List.of(
            "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    private ServiceDescription() {}

    public static Model describe(String base, boolean allowUpdate) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD.NS).setNsPrefix("formats", SD.FORMATS).setNsPrefix("void", VOID.NS)
                .setNsPrefix("dcterms", DCTerms.NS);
        Resource endpoint = m.createResource(base + "sparql");
        endpoint.addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, endpoint)
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph)
                .addProperty(DCTerms.title, "SPARQL endpoint of the Archive LOD dataset", "en");
        if (allowUpdate) {
            endpoint.addProperty(SD.supportedLanguage, SD.SPARQL11Update);
        }
        RESULT_FORMATS.forEach(f -> endpoint.addProperty(SD.resultFormat, m.createResource(SD.FORMATS + f)));
        Resource dataset = m.createResource(base + "void#archive-lod").addProperty(RDF.type, SD.Dataset)
                .addProperty(SD.defaultGraph, m.createResource().addProperty(RDF.type, SD.Graph));
        endpoint.addProperty(SD.defaultDataset, dataset);
        return m;
    }
}
