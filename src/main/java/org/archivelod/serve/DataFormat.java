package org.archivelod.serve;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/** The RDF formats an entity's data is served in, by file extension (as in DESIGN §2) and by media type. */
public enum DataFormat {
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY),
    TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY);

    public static final String HTML = "text/html";

    /** What {@code /data/…} offers, Turtle first (the answer to {@code Accept: *}{@code /*}). */
    public static final AcceptList DATA_OFFER = AcceptList.create(
            Arrays.stream(values()).map(DataFormat::mediaType).toArray(String[]::new));
    /** What {@code /id/…} and {@code /page/…} negotiate between: HTML first, then every data format. */
    public static final AcceptList ID_OFFER = AcceptList.create(concat(HTML));

    private final String extension;
    private final String mediaType;
    private final RDFFormat format;

    DataFormat(String extension, String mediaType, RDFFormat format) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.format = format;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public RDFFormat format() {
        return format;
    }

    public boolean isDataset() {
        return this == TRIG;
    }

    public static Optional<DataFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    public static Optional<DataFormat> byMediaType(MediaType type) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type.getContentTypeStr())).findFirst();
    }

    private static String[] concat(String first) {
        String[] all = new String[values().length + 1];
        all[0] = first;
        for (DataFormat f : values()) {
            all[f.ordinal() + 1] = f.mediaType;
        }
        return all;
    }
}
