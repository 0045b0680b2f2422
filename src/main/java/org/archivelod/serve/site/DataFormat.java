package org.archivelod.serve.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;
import org.archivelod.io.RdfFormat;

/** The RDF formats an entity's data is served in ({@link RdfFormat}'s table), by file extension (DESIGN §2) and by media type. */
public enum DataFormat {
    TURTLE(RdfFormat.TURTLE),
    JSONLD(RdfFormat.JSONLD),
    NTRIPLES(RdfFormat.NTRIPLES),
    RDFXML(RdfFormat.RDFXML),
    TRIG(RdfFormat.TRIG),
    NQUADS(RdfFormat.NQUADS);

    public static final String HTML = "text/html";
    /** Plain JSON is answered with JSON-LD (a JSON-LD document is JSON); offered last, so it never wins a tie. */
    public static final String JSON = "application/json";

    /** What {@code /data/…} offers, Turtle first (the answer to {@code Accept: *}{@code /*}), plain JSON last. */
    public static final AcceptList DATA_OFFER = AcceptList.create(offer(false));
    /** What {@code /id/…} and {@code /page/…} negotiate between: HTML first, then every data format. */
    public static final AcceptList ID_OFFER = AcceptList.create(offer(true));
    /** What a data resource that also has a page offers: every data format first (for {@code *}{@code /*}), HTML last. */
    public static final AcceptList DATA_THEN_PAGE_OFFER = AcceptList.create(
            java.util.stream.Stream.concat(java.util.stream.Stream.of(offer(false)), java.util.stream.Stream.of(HTML))
                    .toArray(String[]::new));

    private final RdfFormat rdf;

    DataFormat(RdfFormat rdf) {
        this.rdf = rdf;
    }

    public String extension() {
        return rdf.extension();
    }

    public String mediaType() {
        return rdf.mediaType();
    }

    /** The writer of one whole description ({@link RdfFormat#prettyFormat()}). */
    public RDFFormat format() {
        return rdf.prettyFormat();
    }

    /** Whether the format carries named graphs (then the description is in the default graph, and the graphs beside it). */
    public boolean isDataset() {
        return rdf.quads();
    }

    public static Optional<DataFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(extension)).findFirst();
    }

    /** The format of a chosen media type ({@code application/json} is JSON-LD); empty for HTML and unknown types. */
    public static Optional<DataFormat> byMediaType(MediaType type) {
        String chosen = type.getContentTypeStr().toLowerCase(Locale.ROOT);
        if (chosen.equals(JSON)) {
            return Optional.of(JSONLD);
        }
        return Arrays.stream(values()).filter(f -> f.mediaType().equals(chosen)).findFirst();
    }

    /** The media types offered, in order of preference, for a person to read (e.g. in a 406 answer). */
    public static List<String> offered(boolean withHtml) {
        return List.of(offer(withHtml));
    }

    private static String[] offer(boolean withHtml) {
        List<String> all = new ArrayList<>();
        if (withHtml) {
            all.add(HTML);
        }
        Arrays.stream(values()).map(DataFormat::mediaType).forEach(all::add);
        all.add(JSON);
        return all.toArray(String[]::new);
    }
}
