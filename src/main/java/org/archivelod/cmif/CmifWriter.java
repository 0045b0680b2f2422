package org.archivelod.cmif;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes letters as a CMIF file (the TEI Correspondence SIG's Correspondence Metadata Interchange Format): a TEI
 * header whose {@code sourceDesc} cites the dataset, and one {@code correspDesc} per sending, with the senders and
 * addressees as {@code persName}/{@code orgName} ({@code @ref}: their authority IRI where we have one, else ours), the
 * places where the data states them, and the date ({@code @when} for a day; {@code @notBefore}/{@code @notAfter} for a
 * month or a year). The XML is written by the JDK's {@link XMLStreamWriter}, which escapes; characters XML 1.0 does not
 * allow are left out. Same letters, same bytes.
 *
 * <pre>{@code
 * new CmifWriter().write(header, Letters.read(store), out);
 * }</pre>
 */
public final class CmifWriter {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** The {@code xml:id} of the dataset's {@code bibl}, which every {@code correspDesc/@source} points to. */
    static final String SOURCE_ID = "archive-lod";

    /**
     * What the header says: the file's title, its editors, the dataset cited as source, the site (publisher), the file's
     * own URL, when it was published (an xsd:dateTime, or none) and the licence IRIs of the data (none when it states none).
     */
    public record Header(String title, List<String> editors, String dataset, String publisher, String siteUrl, String fileUrl,
            Optional<String> published, List<String> licences) {}

    public void write(Header header, List<Letter> letters, OutputStream out) throws XMLStreamException, IOException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        Indenting w = new Indenting(xml);
        xml.writeStartDocument("UTF-8", "1.0");
        w.start("TEI");
        xml.writeDefaultNamespace(TEI);
        w.start("teiHeader");
        w.start("fileDesc");
        w.start("titleStmt");
        w.text("title", header.title());
        for (String editor : header.editors()) w.text("editor", editor);
        w.end();
        publicationStmt(w, header);
        w.start("sourceDesc");
        w.start("bibl");
        xml.writeAttribute("type", "online");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "id", SOURCE_ID);
        xml.writeCharacters(clean(header.dataset()) + ", ");
        xml.writeStartElement("ref");
        xml.writeAttribute("target", header.siteUrl());
        xml.writeCharacters(header.siteUrl());
        xml.writeEndElement();
        w.endInline();
        w.end();
        w.end();
        w.start("profileDesc");
        for (Letter letter : letters) correspDesc(w, letter);
        w.end();
        w.end();
        w.start("text");
        w.start("body");
        w.empty("p");
        w.end();
        w.end();
        w.end();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        out.write('\n');
    }

    private static void publicationStmt(Indenting w, Header header) throws XMLStreamException {
        XMLStreamWriter xml = w.xml;
        w.start("publicationStmt");
        w.start("publisher");
        xml.writeStartElement("ref");
        xml.writeAttribute("target", header.siteUrl());
        xml.writeCharacters(clean(header.publisher()));
        xml.writeEndElement();
        w.endInline();
        w.start("idno");
        xml.writeAttribute("type", "url");
        xml.writeCharacters(header.fileUrl());
        w.endInline();
        w.empty("date");
        header.published().ifPresent(when -> attribute(xml, "when", when));
        w.start("availability");
        if (header.licences().isEmpty()) {
            w.text("p", "The data states no licence. Each record's rights are as the archive states them on its page.");
        } else {
            for (String licence : header.licences()) {
                w.start("licence");
                xml.writeAttribute("target", licence);
                xml.writeCharacters(licence);
                w.endInline();
            }
        }
        w.end();
        w.end();
    }

    private static void correspDesc(Indenting w, Letter letter) throws XMLStreamException {
        XMLStreamWriter xml = w.xml;
        w.start("correspDesc");
        xml.writeAttribute("ref", letter.document());
        xml.writeAttribute("source", "#" + SOURCE_ID);
        w.start("correspAction");
        xml.writeAttribute("type", "sent");
        names(w, letter.senders());
        names(w, letter.placesSent());
        if (letter.date().isPresent()) {
            Letter.Date date = letter.date().get();
            w.empty("date");
            if (date.day()) {
                xml.writeAttribute("when", date.first().toString());
            } else {
                xml.writeAttribute("notBefore", date.first().toString());
                xml.writeAttribute("notAfter", date.last().toString());
            }
        }
        w.end();
        if (!letter.addressees().isEmpty() || !letter.placesReceived().isEmpty()) {
            w.start("correspAction");
            xml.writeAttribute("type", "received");
            names(w, letter.addressees());
            names(w, letter.placesReceived());
            w.end();
        }
        w.end();
    }

    private static void names(Indenting w, List<Letter.Party> parties) throws XMLStreamException {
        for (Letter.Party p : parties) {
            w.start(switch (p.kind()) {
                case PERSON -> "persName";
                case ORGANISATION -> "orgName";
                case PLACE -> "placeName";
            });
            w.xml.writeAttribute("ref", p.ref());
            w.xml.writeCharacters(clean(p.name()));
            w.endInline();
        }
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text without the characters XML 1.0 cannot carry (controls other than tab and line breaks, lone surrogates). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Elements one to a line, indented by depth, so that the file reads and diffs well. */
    private static final class Indenting {
        private final XMLStreamWriter xml;
        private int depth;

        Indenting(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void start(String name) throws XMLStreamException {
            newline();
            xml.writeStartElement(name);
            depth++;
        }

        void empty(String name) throws XMLStreamException {
            newline();
            xml.writeEmptyElement(name);
        }

        void text(String name, String text) throws XMLStreamException {
            start(name);
            xml.writeCharacters(clean(text));
            endInline();
        }

        /** Ends an element whose content stays on its line. */
        void endInline() throws XMLStreamException {
            depth--;
            xml.writeEndElement();
        }

        /** Ends an element whose children were written on lines of their own. */
        void end() throws XMLStreamException {
            depth--;
            newline();
            xml.writeEndElement();
        }

        private void newline() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
