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
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.archivelod.store.HaltPoints;
import org.archivelod.store.RemoteDatasetGraph;
import org.archivelod.vocab.Prefixes;
import org.archivelod.io.AtomicFiles;
import org.archivelod.io.Checksums;
import org.archivelod.io.RdfFormat;
import org.archivelod.io.SideThread;

/**
 * Writes the dataset dumps: {@code archive-lod.trig} (named graphs), {@code archive-lod.ttl} and
 * {@code archive-lod.nt.gz} (the union as one graph), {@code archive-lod.jsonld}, and {@code SHA256SUMS}.
 * Output is deterministic: statements are sorted and prefixes fixed, so the same data gives the same bytes.
 * Each file is written beside its target and moved into place, so readers never see a half-written dump; all five
 * are written before any is moved (the JSON-LD on a second thread, beside the others), so that a fault while writing
 * (a full disk) replaces none, and the old {@code SHA256SUMS} goes before the new dumps come, so that it never lists
 * files it does not describe.
 *
 * <pre>{@code
 * List<DumpFile> files = new DumpWriter().write(store.datasetGraph(), Path.of("dumps"));
 * }</pre>
 */
public final class DumpWriter {
    private static final String STEM = "archive-lod";
    public static final String TRIG = RdfFormat.TRIG.fileName(STEM);
    public static final String TURTLE = RdfFormat.TURTLE.fileName(STEM);
    public static final String NTRIPLES_GZ = RdfFormat.NTRIPLES.fileName(STEM) + "." + RdfFormat.GZIP;
    public static final String JSONLD = RdfFormat.JSONLD.fileName(STEM);
    public static final String SUMS = "SHA256SUMS";

    /** Writes every dump of {@code dataset} into {@code folder} (created if needed); returns them with checksums. */
    public List<DumpFile> write(DatasetGraph dataset, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : List.of(TRIG, TURTLE, NTRIPLES_GZ, JSONLD, SUMS)) AtomicFiles.removeLeftovers(folder.resolve(name));
        // one graph at a time, each sorted and read once for all four files: memory holds the largest graph (a
        // document), not the dataset; a remote store is asked for a batch of graphs at a time
        List<Node> graphs = Txn.calculateRead(dataset, () -> CanonicalOrder.graphNames(dataset));
        GraphReader reader = dataset instanceof RemoteDatasetGraph remote ? new BatchedReader(remote, graphs)
                : g -> Txn.calculateRead(dataset, () -> CanonicalOrder.statements(dataset, g));
        try (AtomicFiles.Pending trig = AtomicFiles.begin(folder.resolve(TRIG));
             AtomicFiles.Pending turtle = AtomicFiles.begin(folder.resolve(TURTLE));
             AtomicFiles.Pending ntriples = AtomicFiles.begin(folder.resolve(NTRIPLES_GZ));
             AtomicFiles.Pending jsonld = AtomicFiles.begin(folder.resolve(JSONLD));
             AtomicFiles.Pending sums = AtomicFiles.begin(folder.resolve(SUMS));
             // JSON-LD (compacting each graph with the context: half the dumps' time) is written on a thread of its own;
             // closed first, so that it no longer writes when the files are
             SideThread jsonSide = new SideThread("archive-lod-dump-jsonld", 16)) {
            StreamRDF trigOut = started(trig.out(), RdfFormat.TRIG.streamingFormat());
            StreamRDF turtleOut = started(turtle.out(), RdfFormat.TURTLE.streamingFormat());
            // GZIPOutputStream writes a fixed header (no file name, modification time 0): same input, same bytes.
            GZIPOutputStream gzip = new GZIPOutputStream(ntriples.out(), 1 << 16);
            Writer ntOut = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
            JsonLdDump jsonOut = new JsonLdDump(jsonld.out());
            for (Node g : graphs) {
                List<CanonicalOrder.Statement> statements = reader.statements(g);
                jsonSide.run(() -> jsonOut.graph(g, statements));
                for (CanonicalOrder.Statement s : statements) {
                    trigOut.quad(Quad.create(g, s.triple()));
                    // Turtle holds the union: a triple stated in two graphs is written twice, which any reader takes as once
                    turtleOut.triple(s.triple());
                    ntOut.write(s.ntLine());
                    ntOut.write('\n');
                }
            }
            jsonSide.finish();
            trigOut.finish();
            turtleOut.finish();
            ntOut.flush();
            gzip.finish();
            jsonOut.finish();
            List<DumpFile> files = new ArrayList<>();
            List<AtomicFiles.Pending> dumps = List.of(trig, turtle, ntriples, jsonld);
            for (int i = 0; i < dumps.size(); i++) {
                String name = List.of(TRIG, TURTLE, NTRIPLES_GZ, JSONLD).get(i);
                Path written = dumps.get(i).finish();
                files.add(new DumpFile(name, MEDIA_TYPES.get(name), Files.size(written), Checksums.sha256(written)));
            }
            writeSums(sums.out(), files);
            sums.finish();
            // everything is written: only moves are left, which need no space
            Files.deleteIfExists(folder.resolve(SUMS));
            for (AtomicFiles.Pending file : dumps) {
                file.commit();
                HaltPoints.reach("dumps");   // a test's real halt, with one dump moved and the others not
            }
            sums.commit();
            return List.copyOf(files);
        }
    }

    /** The sorted statements of one graph. */
    private interface GraphReader {
        List<CanonicalOrder.Statement> statements(Node graph);
    }

    /** Reads a remote store's graphs {@value #BATCH} at a time, in the order they are written. */
    private static final class BatchedReader implements GraphReader {
        private static final int BATCH = 100;
        private final RemoteDatasetGraph remote;
        private final List<Node> order;
        private Map<Node, List<Triple>> batch = Map.of();
        private int next;

        BatchedReader(RemoteDatasetGraph remote, List<Node> order) {
            this.remote = remote;
            this.order = order;
        }

        @Override
        public List<CanonicalOrder.Statement> statements(Node graph) {
            if (Quad.isDefaultGraph(graph)) return CanonicalOrder.statements(remote, graph);
            if (!batch.containsKey(graph)) {
                int at = next < order.size() && order.get(next).equals(graph) ? next : order.indexOf(graph);
                List<Node> names = order.subList(at, Math.min(order.size(), at + BATCH)).stream()
                        .filter(n -> !Quad.isDefaultGraph(n)).toList();
                batch = remote.namedGraphs(names);
                next = at + names.size();
            }
            return CanonicalOrder.sorted(batch.getOrDefault(graph, List.of()).iterator());
        }
    }

    private static StreamRDF started(OutputStream out, RDFFormat format) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        Prefixes.standard().forEach(writer::prefix);
        return writer;
    }

    /**
     * The dumps in {@code folder} as its {@code SHA256SUMS} lists them, when it lists every dump and each is there;
     * empty otherwise (none written yet, or a write that did not finish).
     */
    public static Optional<List<DumpFile>> listed(Path folder) throws IOException {
        Path sums = folder.resolve(SUMS);
        if (!Files.isRegularFile(sums)) return Optional.empty();
        List<DumpFile> files = new ArrayList<>();
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            String[] shaName = line.split("  ", 2);
            if (shaName.length != 2 || !Files.isRegularFile(folder.resolve(shaName[1]))) return Optional.empty();
            files.add(new DumpFile(shaName[1], MEDIA_TYPES.getOrDefault(shaName[1], "application/octet-stream"),
                    Files.size(folder.resolve(shaName[1])), shaName[0]));
        }
        return files.stream().map(DumpFile::name).toList().equals(List.of(TRIG, TURTLE, NTRIPLES_GZ, JSONLD))
                ? Optional.of(List.copyOf(files)) : Optional.empty();
    }

    private static final java.util.Map<String, String> MEDIA_TYPES = java.util.Map.of(TRIG, RdfFormat.TRIG.mediaType(),
            TURTLE, RdfFormat.TURTLE.mediaType(), NTRIPLES_GZ, RdfFormat.NTRIPLES.mediaType(), JSONLD, RdfFormat.JSONLD.mediaType());

    private static void writeSums(OutputStream out, List<DumpFile> files) throws IOException {
        StringBuilder sums = new StringBuilder();
        files.forEach(f -> sums.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        out.write(sums.toString().getBytes(StandardCharsets.UTF_8));
    }
}
