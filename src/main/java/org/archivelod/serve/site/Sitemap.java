package org.archivelod.serve.site;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.archivelod.uri.UriScheme;

/**
 * The site's pages for search engines (sitemaps.org 0.9): the home page, then the page of every document, person,
 * group, place and event, in IRI order. Up to {@link #PART} addresses it is one file; beyond, {@code sitemap.xml}
 * is an index of numbered parts ({@code sitemaps/1.xml}, …) of that many each (sitemaps.org allows up to
 * {@link #MOST_PER_FILE}). The addresses are read a part at a time from the site list {@code sitemap}, written at load
 * ({@code queries/aggregates/lists/sitemap.rq}), so that no file needs the whole list. Written with the JDK's
 * {@link XMLStreamWriter}, which escapes.
 */
public final class Sitemap {
    /** The most addresses one sitemap file may list (sitemaps.org). */
    static final int MOST_PER_FILE = 50_000;
    /** The addresses one file lists here: ten pages of the site list, so that a file is a few small reads. */
    public static final int PART = 10 * Paging.SIZE;
    public static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Where the parts of an index are served: {@code {base}sitemaps/{n}.xml}. */
    public static final String PARTS = "sitemaps/";
    private static final String LIST = "sitemap";

    /** Addresses {@code from} to {@code to} (exclusive) of the whole list, the home page being address 0. */
    @FunctionalInterface
    public interface Addresses {
        List<String> range(int from, int to);
    }

    private final String base;
    private final int count;
    private final int perFile;
    private final Addresses addresses;

    private Sitemap(String base, int count, int perFile, Addresses addresses) {
        if (perFile < 1 || perFile > MOST_PER_FILE) throw new IllegalArgumentException("a sitemap file lists 1 to 50,000 addresses");
        this.base = base;
        this.count = count;
        this.perFile = perFile;
        this.addresses = addresses;
    }

    /** A sitemap of the addresses given, {@code perFile} a file. */
    public static Sitemap listed(String base, List<String> urls, int perFile) {
        List<String> all = List.copyOf(urls);
        return new Sitemap(base, all.size(), perFile, (from, to) -> all.subList(from, to));
    }

    /**
     * The sitemap of the store's pages, as the site graph lists them: one lookup for the list's size now, and for a
     * file only the pages of the list it shows.
     */
    public static Sitemap of(SiteAggregatesView aggregates, String base) {
        UriScheme uris = UriScheme.at(base);
        return new Sitemap(base, 1 + aggregates.size(LIST), PART, (from, to) -> {
            List<String> urls = new ArrayList<>();
            if (from == 0) urls.add(base);
            int first = Math.max(1, from);
            for (int page = (first - 1) / Paging.SIZE + 1; page <= (to - 2) / Paging.SIZE + 1; page++) {
                int position = (page - 1) * Paging.SIZE;
                for (SiteAggregatesView.Entry e : aggregates.page(LIST, page)) {
                    position++;
                    if (position < first || position >= to || !e.item().isURI()) continue;
                    EntityPath.ofIri(e.item().getURI(), base).ifPresent(path -> urls.add(uris.page(path.relative())));
                }
            }
            return urls;
        });
    }

    /** True when the addresses need more than one file, so that {@code sitemap.xml} is an index. */
    public boolean indexed() {
        return count > perFile;
    }

    public int parts() {
        return (count + perFile - 1) / perFile;
    }

    /** {@code sitemap.xml}: the one urlset, or the index of the parts. */
    public byte[] main() {
        if (!indexed()) return urlset(addresses.range(0, count));
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
        return urlset(addresses.range((n - 1) * perFile, Math.min(count, n * perFile)));
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
