package org.archivelod.serve.oai;

import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.serve.site.EntityDescriber;
import org.archivelod.vocab.Prefixes;

/**
 * A document as RDF/XML: the description {@code /data/document/….rdf} gives (every statement about the document, the
 * statements that point at it, and the labels of both ends), so that a harvester gets the CIDOC-CRM and Dublin Core
 * terms themselves, not only their Dublin Core summary.
 */
final class RdfRecord {
    static final String PREFIX = "rdf";
    static final String NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /** The schema we serve for the format: any RDF/XML inside {@code rdf:RDF} (XML Schema cannot say more about RDF). */
    static final String SCHEMA_PATH = "oai/rdf.xsd";

    private RdfRecord() {}

    /** The {@code rdf:RDF} element describing {@code document}, UTF-8 (the XML declaration is dropped on copying). */
    static byte[] of(DatasetGraph store, Node document) {
        Graph description = new EntityDescriber(store).describeGraph(document);
        Prefixes.standard().forEach((prefix, iri) -> description.getPrefixMapping().setNsPrefix(prefix, iri));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, RDFFormat.RDFXML_PLAIN);
        return out.toByteArray();
    }
}
