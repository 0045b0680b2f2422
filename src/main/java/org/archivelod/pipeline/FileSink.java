package org.archivelod.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.archivelod.io.AtomicFiles;
import org.archivelod.io.RdfFormat;
import org.archivelod.store.DatasetLoader.QuadSource;
import org.archivelod.vocab.Prefixes;

/**
 * An RDF file in one {@link RdfFormat}, written whole or not at all (an earlier file stays until the new one is
 * complete), or a stream such as standard output, which cannot be taken back. Streaming formats are written as the
 * quads arrive, with the tool's prefixes; triple formats drop the graph names; JSON-LD, whose named-graph objects hold
 * their nodes, is gathered and written at the end.
 */
public final class FileSink implements Sink {
    private final Path file;
    private final OutputStream stream;
    private final RdfFormat format;
    private final String base;

    private FileSink(Path file, OutputStream stream, RdfFormat format, String base) {
        this.file = file;
        this.stream = stream;
        this.format = format;
        this.base = base;
    }

    /** The file {@code file} in {@code format}, prefixes under {@code base}. */
    public static FileSink file(Path file, RdfFormat format, String base) {
        return new FileSink(file, null, format, base);
    }

    /** A stream (standard output, for a pipe) in {@code format}. */
    public static FileSink stream(OutputStream out, RdfFormat format, String base) {
        return new FileSink(null, out, format, base);
    }

    public RdfFormat format() {
        return format;
    }

    @Override
    public <E extends Exception> long write(QuadSource<E> source) throws E, IOException {
        long[] count = {0};
        bytes(out -> {
            DatasetGraph gathered = format.streams() ? null : DatasetGraphFactory.createTxnMem();
            StreamRDF target = gathered != null ? StreamRDFLib.dataset(gathered) : writer(out);
            source.sendTo(counting(target, count));
            if (gathered != null) {
                Prefixes.all(base).forEach(gathered.prefixes()::add);
                RDFDataMgr.write(out, gathered, format.fileFormat());
            }
        });
        return count[0];
    }

    /** Runs {@code writing} on the output: a file's temporary twin, moved into place when it returns; or the stream. */
    <E extends Exception> void bytes(AtomicFiles.Writing<E> writing) throws E, IOException {
        if (file != null) {
            AtomicFiles.write(file, writing);
            return;
        }
        OutputStream out = new BufferedOutputStream(stream, 1 << 16);
        writing.to(out);
        out.flush();
    }

    @Override
    public String place() {
        return file != null ? file.toString() : "standard output";
    }

    @Override
    public String stillHolds() {
        if (file == null) return "the output is incomplete";
        return "no output was written" + (Files.exists(file) ? " (" + file + " is as it was)" : "");
    }

    /** A streaming writer with the tool's prefixes; for triple formats, each quad's graph name is dropped. */
    private StreamRDF writer(OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.streamingFormat());
        boolean quads = format.quads();
        return new StreamRDFWrapper(writer) {
            @Override
            public void start() {
                super.start();
                Prefixes.all(base).forEach(this::prefix);
            }

            @Override
            public void quad(Quad q) {
                if (quads) super.quad(q); else super.triple(q.asTriple());
            }
        };
    }

    private static StreamRDF counting(StreamRDF sink, long[] count) {
        return new StreamRDFWrapper(sink) {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                count[0]++;
                super.triple(triple);
            }

            @Override
            public void quad(Quad quad) {
                count[0]++;
                super.quad(quad);
            }
        };
    }
}
