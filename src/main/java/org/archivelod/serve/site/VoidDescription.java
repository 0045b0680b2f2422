package org.archivelod.serve.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.archivelod.dump.CanonicalOrder;
import org.archivelod.dump.DumpFile;
import org.archivelod.uri.UriScheme;

/**
 * The dataset description served at {@code /void}: VoID and DCAT, with the triple count, distinct subjects,
 * entities per class, the SPARQL endpoint, URI space, the vocabularies used, each dump as a distribution with
 * its byte size and SPDX SHA-256 checksum, and the terms in two layers, as the data states them: the licence of our
 * metadata ({@code dcterms:license}, CC0 by default) and the rights statement of the archive's texts ({@code dcterms:rights},
 * a rightsstatements.org IRI, beside the rights sentences exactly as the records print them).
 */
public final class VoidDescription {
    private static final String SPDX = "http://spdx.org/rdf/terms#";

    private VoidDescription() {}

    public static Model describe(DatasetGraph store, String base, List<DumpFile> dumps) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("spdx", SPDX).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource dataset = m.createResource(base + "void#archive-lod")
                .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, SchemaOrg.DATASET_TITLE, "en")
                .addProperty(VOID.sparqlEndpoint, m.createResource(base + "sparql"))
                .addProperty(VOID.uriSpace, UriScheme.at(base).idSpace())
                .addProperty(VOID.rootResource, m.createResource(base));
        m.createResource(base + "void").addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "Description of the Archive LOD dataset", "en")
                .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/primaryTopic"), dataset);
        Terms terms = Txn.calculateRead(store, () -> statistics(store, m, dataset, base));
        terms.licences().forEach(iri -> m.createResource(base + "void").addProperty(DCTerms.license, m.createResource(iri)));
        for (DumpFile dump : dumps) {
            Resource file = m.createResource(base + "dumps/" + dump.name());
            // a dump holds our metadata and the archive's texts: both terms apply
            terms.licences().forEach(iri -> file.addProperty(DCTerms.license, m.createResource(iri)));
            terms.textRights().forEach(iri -> file.addProperty(DCTerms.rights, m.createResource(iri)));
            dataset.addProperty(VOID.dataDump, file).addProperty(DCAT.distribution, file);
            file.addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + dump.mediaType()))
                    .addLiteral(DCAT.byteSize, m.createTypedLiteral(String.valueOf(dump.size()), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(m.createProperty(SPDX, "checksum"), m.createResource(file.getURI() + "#sha256")
                            .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                            .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                            .addProperty(m.createProperty(SPDX, "checksumValue"), dump.sha256(), XSDDatatype.XSDhexBinary));
        }
        return m;
    }

    /** The terms the data states: licences of the metadata and rights statements (IRIs) of the texts. */
    private record Terms(TreeSet<String> licences, TreeSet<String> textRights) {}

    private static Terms statistics(DatasetGraph store, Model m, Resource dataset, String base) {
        var union = store.getUnionGraph();
        TreeSet<String> vocabularies = new TreeSet<>();
        TreeSet<String> rights = new TreeSet<>();
        Terms terms = new Terms(new TreeSet<>(), new TreeSet<>());
        Map<Node, Integer> classes = new TreeMap<>(CanonicalOrder.NODES);
        long subjects = union.find().mapWith(t -> t.getSubject()).toSet().size();
        union.find().forEachRemaining(t -> {
            vocabularies.add(namespace(t.getPredicate().getURI()));
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                vocabularies.add(namespace(t.getObject().getURI()));
                classes.merge(t.getObject(), 1, Integer::sum);
            }
            if (t.getPredicate().equals(DCTerms.rights.asNode()) && t.getObject().isLiteral()) {
                rights.add(t.getObject().getLiteralLexicalForm());
            }
            if (t.getPredicate().equals(DCTerms.rights.asNode()) && t.getObject().isURI()) {
                terms.textRights().add(t.getObject().getURI());
            }
            if (t.getPredicate().equals(DCTerms.license.asNode()) && t.getObject().isURI()) {
                terms.licences().add(t.getObject().getURI());
            }
        });
        dataset.addLiteral(VOID.triples, m.createTypedLiteral(String.valueOf(union.size()), XSDDatatype.XSDinteger));
        dataset.addLiteral(VOID.distinctSubjects, m.createTypedLiteral(String.valueOf(subjects), XSDDatatype.XSDinteger));
        vocabularies.forEach(ns -> dataset.addProperty(VOID.vocabulary, m.createResource(ns)));
        rights.forEach(text -> dataset.addProperty(DCTerms.rights, text));
        terms.licences().forEach(iri -> dataset.addProperty(DCTerms.license, m.createResource(iri)));
        terms.textRights().forEach(iri -> dataset.addProperty(DCTerms.rights, m.createResource(iri)));
        int n = 0;
        for (Map.Entry<Node, Integer> c : classes.entrySet()) {
            dataset.addProperty(VOID.classPartition, m.createResource(base + "void#class-" + (++n))
                    .addProperty(VOID._class, m.createResource(c.getKey().getURI()))
                    .addLiteral(VOID.entities, m.createTypedLiteral(String.valueOf(c.getValue()), XSDDatatype.XSDinteger)));
        }
        return terms;
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, cut + 1);
    }
}
