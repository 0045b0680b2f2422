package org.archivelod.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the dataset dumps: {@code archive-lod.trig} (named graphs), {@code archive-lod.ttl} and
 * {@code archive-lod.nt.gz} (the union as one graph), {@code archive-lod.jsonld}, and {@code SHA256SUMS}.
 * Output is deterministic: statements are sorted and prefixes fixed, so the same data gives the same bytes.
 * Each file is written beside its target and moved into place, so readers never see a half-written dump.
 *
 * <pre>{@code
 * List<DumpFile> files = new DumpWriter().write(store.datasetGraph(), Path.of("dumps"));
 * }</pre>
 */
public final class DumpWriter {
    public static final String TRIG = "archive-lod.trig";
    public static final String TURTLE = "archive-lod.ttl";
    public static final String NTRIPLES_GZ = "archive-lod.nt.gz";
    public static final String JSONLD = "archive-lod.jsonld";
    public static final String SUMS = "SHA256SUMS";

    /** Writes every dump of {@code dataset} into {@code folder} (created if needed); returns them with checksums. */
    public List<DumpFile> write(DatasetGraph dataset, Path folder) throws IOException {
        Files.createDirectories(folder);
        // one graph at a time, each sorted: memory holds the largest graph (a document), not the dataset
        List<Node> graphs = Txn.calculateRead(dataset, () -> CanonicalOrder.graphNames(dataset));
        GraphSource source = g -> Txn.calculateRead(dataset, () -> CanonicalOrder.statements(dataset, g));
        List<DumpFile> files = new ArrayList<>();
        files.add(writeFile(folder, TRIG, "application/trig", out -> stream(out, RDFFormat.TRIG_BLOCKS, graphs, source, true)));
        files.add(writeFile(folder, TURTLE, "text/turtle", out -> stream(out, RDFFormat.TURTLE_BLOCKS, graphs, source, false)));
        files.add(writeFile(folder, NTRIPLES_GZ, "application/n-triples", out -> writeNTriplesGzip(out, graphs, source)));
        files.add(writeFile(folder, JSONLD, "application/ld+json", out -> JsonLdDump.write(out, graphs, source)));
        writeFile(folder, SUMS, "text/plain", out -> writeSums(out, files));
        return List.copyOf(files);
    }

    /**
     * The dumps already in {@code folder} when its {@code SHA256SUMS} lists them all (a store's loader removes that file
     * whenever it changes the data), else freshly written ones: a server restarted on the same store need not write
     * them again.
     */
    public List<DumpFile> reuseOrWrite(DatasetGraph dataset, Path folder) throws IOException {
        Path sums = folder.resolve(SUMS);
        if (Files.isRegularFile(sums)) {
            List<DumpFile> files = new ArrayList<>();
            for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
                String[] shaName = line.split("  ", 2);
                if (shaName.length != 2 || !Files.isRegularFile(folder.resolve(shaName[1]))) return write(dataset, folder);
                files.add(new DumpFile(shaName[1], MEDIA_TYPES.getOrDefault(shaName[1], "application/octet-stream"),
                        Files.size(folder.resolve(shaName[1])), shaName[0]));
            }
            if (files.stream().map(DumpFile::name).toList().equals(List.of(TRIG, TURTLE, NTRIPLES_GZ, JSONLD))) return List.copyOf(files);
        }
        return write(dataset, folder);
    }

    private static final java.util.Map<String, String> MEDIA_TYPES = java.util.Map.of(TRIG, "application/trig", TURTLE, "text/turtle",
            NTRIPLES_GZ, "application/n-triples", JSONLD, "application/ld+json");

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static DumpFile writeFile(Path folder, String name, String mediaType, Content content) throws IOException {
        Path target = folder.resolve(name);
        AtomicFiles.write(target, content::writeTo);
        return new DumpFile(name, mediaType, Files.size(target), Checksums.sha256(target));
    }

    /** The sorted statements of one graph of the dataset. */
    @FunctionalInterface
    interface GraphSource {
        List<CanonicalOrder.Statement> statements(Node graph);
    }

    /**
     * TriG (with graph names) or Turtle (the union: each graph's triples in turn; a triple stated in two graphs is
     * written twice, which any reader takes as once).
     */
    private static void stream(OutputStream out, RDFFormat format, List<Node> graphs, GraphSource source, boolean quads) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        DumpPrefixes.standard().forEach(writer::prefix);
        for (Node g : graphs) {
            for (CanonicalOrder.Statement s : source.statements(g)) {
                if (quads) writer.quad(Quad.create(g, s.triple()));
                else writer.triple(s.triple());
            }
        }
        writer.finish();
    }

    private static void writeNTriplesGzip(OutputStream out, List<Node> graphs, GraphSource source) throws IOException {
        // GZIPOutputStream writes a fixed header (no file name, modification time 0): same input, same bytes.
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        Writer text = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
        for (Node g : graphs) {
            for (CanonicalOrder.Statement s : source.statements(g)) {
                text.write(s.ntLine());
                text.write('\n');
            }
        }
        text.flush();
        gzip.finish();
    }

    private static void writeSums(OutputStream out, List<DumpFile> files) throws IOException {
        StringBuilder sums = new StringBuilder();
        files.forEach(f -> sums.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        out.write(sums.toString().getBytes(StandardCharsets.UTF_8));
    }
}
