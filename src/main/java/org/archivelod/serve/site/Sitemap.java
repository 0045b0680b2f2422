package org.archivelod.serve.site;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;

/**
 * The site's pages for search engines (sitemaps.org 0.9): the home page, then the page of every document, person,
 * group, place and event, in IRI order. Up to {@link #PER_FILE} addresses it is one file; beyond, {@code sitemap.xml}
 * is an index of numbered parts ({@code sitemaps/1.xml}, …) of that many each. Written with the JDK's
 * {@link XMLStreamWriter}, which escapes.
 */
public record Sitemap(String base, List<String> urls, int perFile) {
    /** The most addresses one sitemap file may list (sitemaps.org). */
    static final int PER_FILE = 50_000;
    public static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Where the parts of an index are served: {@code {base}sitemaps/{n}.xml}. */
    public static final String PARTS = "sitemaps/";
    private static final List<Node> KINDS = List.of(CRM.E31_Document.asNode(), CRM.E21_Person.asNode(),
            CRM.E74_Group.asNode(), CRM.E53_Place.asNode(), CRM.E5_Event.asNode());

    /** The sitemap of the store's pages; callers hold a read transaction. */
    public static Sitemap of(DatasetGraph store, String base) {
        TreeSet<String> pages = new TreeSet<>();
        for (Node kind : KINDS) {
            store.find(Node.ANY, Node.ANY, RDF.type.asNode(), kind).forEachRemaining(q -> {
                if (q.getSubject().isURI()) {
                    EntityPath.ofIri(q.getSubject().getURI(), base)
                            .ifPresent(path -> pages.add(UriScheme.at(base).page(path.relative())));
                }
            });
        }
        List<String> urls = new ArrayList<>(pages.size() + 1);
        urls.add(base);
        urls.addAll(pages);
        return new Sitemap(base, List.copyOf(urls), PER_FILE);
    }

    /** True when the addresses need more than one file, so that {@code sitemap.xml} is an index. */
    public boolean indexed() {
        return urls.size() > perFile;
    }

    public int parts() {
        return (urls.size() + perFile - 1) / perFile;
    }

    /** {@code sitemap.xml}: the one urlset, or the index of the parts. */
    public byte[] main() {
        if (!indexed()) return urlset(urls);
        return xml(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(NS);
            for (int n = 1; n <= parts(); n++) {
                w.writeCharacters("\n");
                w.writeStartElement("sitemap");
                element(w, "loc", base + PARTS + n + ".xml");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    /** Part {@code n} (from 1) of an index. */
    public byte[] part(int n) {
        return urlset(urls.subList((n - 1) * perFile, Math.min(urls.size(), n * perFile)));
    }

    private static byte[] urlset(List<String> urls) {
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NS);
            for (String url : urls) {
                w.writeCharacters("\n");
                w.writeStartElement("url");
                element(w, "loc", url);
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a sitemap", e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
