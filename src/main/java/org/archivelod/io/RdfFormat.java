package org.archivelod.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The one table of the RDF formats the tool reads and writes: the file extension, the media type, the syntax to read
 * it with, whether it holds named graphs (quads) or one graph (triples), the writer for a stream of statements (the
 * formats that stream; Turtle and TriG in blocks, so that memory holds one subject's statements) and the writer for
 * one whole, readable description (a page's data, a query's answer). {@code convert}, {@code load}, {@code validate},
 * {@code query}, the server and the dumps all read it here.
 *
 * <pre>{@code
 * RdfFormat.ofFile(Path.of("out.trig"))          // Optional[TRIG]
 * RdfFormat.ofInput(Path.of("all.nt.gz"))        // Optional[NTRIPLES], read through gzip
 * RdfFormat.TRIG.streamingFormat()                // RDFFormat.TRIG_BLOCKS
 * RdfFormat.byExtension("jsonld").get().quads()   // true: a named graph object per graph
 * }</pre>
 */
public enum RdfFormat {
    TURTLE("ttl", "text/turtle", Lang.TURTLE, false, RDFFormat.TURTLE_BLOCKS, RDFFormat.TURTLE_PRETTY),
    /** JSON-LD 1.1 (written whole, not streamed: a graph object holds its nodes). */
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, true, null, RDFFormat.JSONLD11),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES, false, RDFFormat.NTRIPLES, RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML, false, null, RDFFormat.RDFXML_PRETTY),
    TRIG("trig", "application/trig", Lang.TRIG, true, RDFFormat.TRIG_BLOCKS, RDFFormat.TRIG_PRETTY),
    NQUADS("nq", "application/n-quads", Lang.NQUADS, true, RDFFormat.NQUADS, RDFFormat.NQUADS);

    /** The extension of a gzip-compressed file, which the readers open transparently ({@code .nt.gz}). */
    public static final String GZIP = "gz";

    private final String extension;
    private final String mediaType;
    private final Lang lang;
    private final boolean quads;
    private final RDFFormat streaming;
    private final RDFFormat pretty;

    RdfFormat(String extension, String mediaType, Lang lang, boolean quads, RDFFormat streaming, RDFFormat pretty) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.lang = lang;
        this.quads = quads;
        this.streaming = streaming;
        this.pretty = pretty;
    }

    /** The file extension, without the dot. */
    public String extension() { return extension; }

    public String mediaType() { return mediaType; }

    /** The syntax to read it with. */
    public Lang lang() { return lang; }

    /** Whether it holds named graphs (TriG, N-Quads, JSON-LD) rather than one graph. */
    public boolean quads() { return quads; }

    /** Whether statements can be written as they come ({@link #streamingFormat()}), rather than from a whole dataset. */
    public boolean streams() { return streaming != null; }

    /** Whether each statement is a line of its own (N-Triples, N-Quads): records can be serialized apart and joined. */
    public boolean lineBased() { return this == NTRIPLES || this == NQUADS; }

    /** The writer for a stream of statements; fails for a format that does not stream. */
    public RDFFormat streamingFormat() {
        if (streaming == null) throw new IllegalStateException(this + " is not written as a stream");
        return streaming;
    }

    /** The writer for one whole description, for a person to read. */
    public RDFFormat prettyFormat() { return pretty; }

    /** The writer for a file of many documents: streaming where the format streams, else the whole-dataset writer. */
    public RDFFormat fileFormat() { return streams() ? streaming : pretty; }

    /** Whether a conversion can write it: it streams, or it holds the documents' named graphs (JSON-LD, written whole). */
    public boolean convertible() { return streams() || quads; }

    /** The format of an extension ({@code ttl}, in any case); empty for others. */
    public static Optional<RdfFormat> byExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }

    /** The format of a file to write, by its extension ({@code out.trig}); empty for others. */
    public static Optional<RdfFormat> ofFile(Path file) {
        return byLastExtension(file.getFileName().toString());
    }

    /** The format of a file to read, by its extension, a final {@code .gz} set aside ({@code all.nt.gz}); empty for others. */
    public static Optional<RdfFormat> ofInput(Path file) {
        String name = file.getFileName().toString();
        return byLastExtension(gzipped(file) ? name.substring(0, name.length() - GZIP.length() - 1) : name);
    }

    private static Optional<RdfFormat> byLastExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byExtension(name.substring(dot + 1));
    }

    /** Whether the file name ends in {@code .gz}. */
    public static boolean gzipped(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + GZIP);
    }

    /** The name of a file of this format: {@code stem.ext}. */
    public String fileName(String stem) { return stem + "." + extension; }
}
