package org.archivelod.cmif;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * The CMIF file of a store: its letters ({@link Letters}) under a header that cites the dataset, names the archives
 * that published the records as editors, and gives the file's address under {@code base}.
 *
 * <pre>{@code
 * CmifExport.write(store, "https://example.org/", Optional.of(released), out);
 * }</pre>
 */
public final class CmifExport {
    /** The file's name on the site, {@code {base}cmif.xml}. */
    public static final String FILE = "cmif.xml";
    static final String DATASET = "Archive LOD: Wilson Center Digital Archive records as linked data";

    private CmifExport() {}

    /** Writes the CMIF file; {@code published} is the release time of the data (none: the header's date stays empty). */
    public static int write(DatasetGraph store, String base, Optional<Instant> published, OutputStream out)
            throws XMLStreamException, IOException {
        List<Letter> letters = Letters.read(store);
        new CmifWriter().write(header(store, base, published), letters, out);
        return letters.size();
    }

    static CmifWriter.Header header(DatasetGraph store, String base, Optional<Instant> published) {
        TreeSet<String> editors = new TreeSet<>();
        TreeSet<String> licences = new TreeSet<>();
        store.executeRead(() -> {
            store.find(Node.ANY, Node.ANY, DCTerms.publisher.asNode(), Node.ANY).forEachRemaining(q ->
                    store.find(Node.ANY, q.getObject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> {
                        Node label = l.getObject();
                        if (label.isLiteral() && (label.getLiteralLanguage().isEmpty() || label.getLiteralLanguage().startsWith("en"))) {
                            editors.add(label.getLiteralLexicalForm());
                        }
                    }));
            store.find(Node.ANY, Node.ANY, DCTerms.license.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI()) licences.add(q.getObject().getURI());
            });
        });
        if (editors.isEmpty()) editors.add("Archive LOD");
        return new CmifWriter.Header("Correspondence in " + DATASET, List.copyOf(editors), DATASET, "Archive LOD",
                base, base + FILE, published.map(t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(t.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))),
                List.copyOf(licences));
    }
}
