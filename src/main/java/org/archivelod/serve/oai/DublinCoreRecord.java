package org.archivelod.serve.oai;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.vocab.CRM;

/**
 * A document as unqualified Dublin Core ({@code oai_dc}), from what its graph states: title, creator (the authors),
 * subject (every person, group, place and event the text names), description (the summary), publisher,
 * contributor (translators), date, type (the document type, and DCMI's "Text"), identifier (the document's IRI, and
 * the archive's record page when the record gives its number), source (the archive citation as printed), language
 * (English: the edition converted is the English one) and rights (as printed, and a rights statement's IRI where the
 * document has one). Written with the JDK's XML stream writer.
 */
final class DublinCoreRecord {
    static final String PREFIX = "oai_dc";
    static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** The Wilson Center Digital Archive's record pages, named by the record number its pages print. */
    static final String RECORD_PAGE = "https://digitalarchive.wilsoncenter.org/document/";
    private static final Pattern RECORD_NUMBER = Pattern.compile("[0-9]+");
    /** Characters XML 1.0 cannot carry. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private DublinCoreRecord() {}

    /** The {@code oai_dc:dc} element of {@code document}, UTF-8, without XML declaration. */
    static byte[] of(DatasetGraph store, Node document) {
        return Txn.calculateRead(store, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
                w.setPrefix(PREFIX, NAMESPACE);
                w.setPrefix("dc", DC);
                w.writeStartElement(PREFIX, "dc", NAMESPACE);
                w.writeNamespace(PREFIX, NAMESPACE);
                w.writeNamespace("dc", DC);
                w.writeNamespace("xsi", XSI);
                w.writeAttribute("xsi", XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
                literals(w, "title", store, document, DCTerms.title.asNode());
                labels(w, "creator", store, document, DCTerms.creator.asNode());
                labels(w, "subject", store, document, CRM.P67_refers_to.asNode());
                literals(w, "description", store, document, DCTerms.abstract_.asNode());
                labels(w, "publisher", store, document, DCTerms.publisher.asNode());
                labels(w, "contributor", store, document, DCTerms.contributor.asNode());
                literals(w, "date", store, document, DCTerms.date.asNode());
                labels(w, "type", store, document, DCTerms.type.asNode());
                element(w, "type", "Text", "");
                element(w, "identifier", document.getURI(), "");
                recordNumber(store, document).ifPresent(n -> element(w, "identifier", RECORD_PAGE + n, ""));
                literals(w, "source", store, document, DCTerms.source.asNode());
                element(w, "language", "en", "");
                literals(w, "rights", store, document, DCTerms.rights.asNode());
                iris(w, "rights", store, document, DCTerms.rights.asNode());
                w.writeEndElement();
                w.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write Dublin Core of " + document + ": " + e.getMessage(), e);
            }
            return out.toByteArray();
        });
    }

    /** The archive's record number: the identifier of type "record id" the document is identified by. */
    static Optional<String> recordNumber(DatasetGraph store, Node document) {
        List<String> numbers = new ArrayList<>();
        store.find(Node.ANY, document, CRM.P1_is_identified_by.asNode(), Node.ANY).forEachRemaining(q -> {
            Node id = q.getObject();
            boolean recordId = DocumentCatalogue.objects(store, id, CRM.P2_has_type.asNode()).stream()
                    .anyMatch(t -> t.isURI() && t.getURI().endsWith("/record-id"));
            if (!recordId) return;
            store.find(Node.ANY, id, CRM.P190_has_symbolic_content.asNode(), Node.ANY).forEachRemaining(c -> {
                if (c.getObject().isLiteral() && RECORD_NUMBER.matcher(c.getObject().getLiteralLexicalForm()).matches())
                    numbers.add(c.getObject().getLiteralLexicalForm());
            });
        });
        return numbers.stream().sorted().findFirst();
    }

    /** Each literal value of {@code p}, with its language; the same value once. */
    private static void literals(XMLStreamWriter w, String name, DatasetGraph store, Node s, Node p) {
        Set<Node> values = new LinkedHashSet<>();
        store.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> { if (q.getObject().isLiteral()) values.add(q.getObject()); });
        values.stream().sorted(Comparator.comparing(Node::getLiteralLexicalForm))
                .forEach(v -> element(w, name, v.getLiteralLexicalForm(), v.getLiteralLanguage()));
    }

    /** Each IRI value of {@code p} as it is (a rights statement's IRI), sorted. */
    private static void iris(XMLStreamWriter w, String name, DatasetGraph store, Node s, Node p) {
        Set<String> values = new java.util.TreeSet<>();
        store.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> { if (q.getObject().isURI()) values.add(q.getObject().getURI()); });
        values.forEach(v -> element(w, name, v, ""));
    }

    /** The label (rdfs:label, else skos:prefLabel) of each thing {@code p} points to, sorted; things without one are left out. */
    private static void labels(XMLStreamWriter w, String name, DatasetGraph store, Node s, Node p) {
        Set<String> values = new java.util.TreeSet<>();
        store.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> label(store, q.getObject()).ifPresent(values::add));
        values.forEach(v -> element(w, name, v, ""));
    }

    private static Optional<String> label(DatasetGraph store, Node thing) {
        if (thing.isLiteral()) return Optional.of(thing.getLiteralLexicalForm());
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            String found = DocumentCatalogue.label(store, thing, p);
            if (!found.equals(thing.toString())) return Optional.of(found);
        }
        return Optional.empty();
    }

    private static void element(XMLStreamWriter w, String name, String text, String language) {
        try {
            w.writeStartElement("dc", name, DC);
            if (!language.isEmpty()) w.writeAttribute("xml", XML, "lang", language);
            w.writeCharacters(NOT_XML.matcher(text).replaceAll("\uFFFD"));
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
