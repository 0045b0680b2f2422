package org.archivelod.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Converts documents into quads: the vocabulary graph, the authority graph, then one named graph per document,
 * in a stable order, so that the same input gives the same quads in the same order.
 *
 * <pre>{@code
 * new Conversion(settings).run(List.of(Path.of("data/documents")), StreamRDFLib.dataset(dsg));
 * }</pre>
 */
public final class Conversion {
    private final ConversionSettings settings;

    public Conversion(ConversionSettings settings) {
        this.settings = settings;
    }

    /** Converts every {@code .txt} record found in the inputs (files or folders); throws on the first bad record. */
    public ConversionSummary run(List<Path> inputs, StreamRDF out) {
        throw new UnsupportedOperationException("in progress: " + settings + inputs + out);
    }
}
