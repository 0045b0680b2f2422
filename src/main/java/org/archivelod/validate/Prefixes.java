package org.archivelod.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.archivelod.vocab.CRM;

/** The prefixes reports use to write terms briefly ({@code crm:E21_Person}); data resources stay as full IRIs. */
final class Prefixes {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String SHAPE = "https://w3id.org/archive-lod/shapes#";

    static final PrefixMapping REPORT = PrefixMapping.Factory.create()
            .setNsPrefix("crm", CRM.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("dcat", DCAT.NS)
            .setNsPrefix("sh", SH)
            .setNsPrefix("shape", SHAPE)
            .lock();

    private static final int MAX_LITERAL = 60;

    private Prefixes() {}

    /** A term in prefixed form when a prefix fits, else {@code <iri>}; long literals are shortened. */
    static String brief(Node node) {
        if (node.isLiteral() && node.getLiteralLexicalForm().length() > MAX_LITERAL) {
            String lex = node.getLiteralLexicalForm();
            return FmtUtils.stringForNode(shortened(node, lex.substring(0, MAX_LITERAL) + "…"), REPORT);
        }
        return FmtUtils.stringForNode(node, REPORT);
    }

    private static Node shortened(Node literal, String lex) {
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty()
                ? NodeFactory.createLiteralDT(lex, literal.getLiteralDatatype())
                : NodeFactory.createLiteralLang(lex, lang);
    }
}
