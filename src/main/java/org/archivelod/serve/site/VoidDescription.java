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
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.archivelod.dump.CanonicalOrder;
import org.archivelod.dump.DumpFile;
import org.archivelod.uri.UriScheme;

/**
 * The dataset description served at {@code /void}: VoID and DCAT, with the triple count and the entities per class
 * (counted once per release, at load, into the site graph; the distinct subjects are not counted), the SPARQL endpoint,
 * URI space, the vocabularies used, each dump as a distribution with its byte size and SPDX SHA-256 checksum, and the terms in two layers, as the data states them: the licence of our
 * metadata ({@code dcterms:license}, CC0 by default) and the rights statement of the archive's texts ({@code dcterms:rights},
 * a rightsstatements.org IRI, beside the rights sentences exactly as the records print them).
 */
public final class VoidDescription {
    private static final String SPDX = "http://spdx.org/rdf/terms#";

    private VoidDescription() {}

    /**
     * The description, its statistics read from the site graph ({@code queries/site/void-statistics.rq}: what
     * {@code queries/aggregates/0-void.ru} counted at load), a few rows whatever the size of the collection.
     */
    public static Model describe(SiteAggregatesView aggregates, String base, List<DumpFile> dumps) {
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
        Terms terms = statistics(Statistics.read(aggregates), m, dataset, base);
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

    /** What the site graph says of the published data: counts, classes with their entities, properties, terms. */
    private record Statistics(String triples, Map<Node, String> classes, TreeSet<String> vocabularies,
            TreeSet<String> rights, Terms terms) {
        static Statistics read(SiteAggregatesView aggregates) {
            String[] triples = {"0"};
            Map<Node, String> classes = new TreeMap<>(CanonicalOrder.NODES);
            TreeSet<String> vocabularies = new TreeSet<>();
            TreeSet<String> rights = new TreeSet<>();
            Terms terms = new Terms(new TreeSet<>(), new TreeSet<>());
            for (Map<String, RDFNode> row : aggregates.select("void-statistics", Map.of())) {
                RDFNode value = row.get("value");
                switch (row.get("what").asLiteral().getLexicalForm()) {
                    case "triples" -> triples[0] = row.get("n").asLiteral().getLexicalForm();
                    case "class" -> {
                        classes.put(value.asNode(), row.get("n").asLiteral().getLexicalForm());
                        vocabularies.add(namespace(value.asResource().getURI()));
                    }
                    case "property" -> vocabularies.add(namespace(value.asResource().getURI()));
                    case "license" -> terms.licences().add(value.asResource().getURI());
                    default -> {
                        if (value.isLiteral()) rights.add(value.asLiteral().getLexicalForm());
                        else terms.textRights().add(value.asResource().getURI());
                    }
                }
            }
            return new Statistics(triples[0], classes, vocabularies, rights, terms);
        }
    }

    private static Terms statistics(Statistics read, Model m, Resource dataset, String base) {
        dataset.addLiteral(VOID.triples, m.createTypedLiteral(read.triples(), XSDDatatype.XSDinteger));
        read.vocabularies().forEach(ns -> dataset.addProperty(VOID.vocabulary, m.createResource(ns)));
        read.rights().forEach(text -> dataset.addProperty(DCTerms.rights, text));
        read.terms().licences().forEach(iri -> dataset.addProperty(DCTerms.license, m.createResource(iri)));
        read.terms().textRights().forEach(iri -> dataset.addProperty(DCTerms.rights, m.createResource(iri)));
        int n = 0;
        for (Map.Entry<Node, String> c : read.classes().entrySet()) {
            dataset.addProperty(VOID.classPartition, m.createResource(base + "void#class-" + (++n))
                    .addProperty(VOID._class, m.createResource(c.getKey().getURI()))
                    .addLiteral(VOID.entities, m.createTypedLiteral(c.getValue(), XSDDatatype.XSDinteger)));
        }
        return read.terms();
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, cut + 1);
    }
}
