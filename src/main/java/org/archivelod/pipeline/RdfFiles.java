package org.archivelod.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.archivelod.dump.AtomicFiles;
import org.apache.jena.riot.RDFFormat;

/** Output formats by file extension, and writing a file so that it appears whole or not at all. */
public final class RdfFiles {
    private RdfFiles() {}

    /** The streaming format for an output file name: .trig .nq .nt .ttl; JSON-LD (.jsonld) is written from a whole dataset. */
    public static Optional<RDFFormat> formatFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".trig")) return Optional.of(RDFFormat.TRIG_BLOCKS);
        if (name.endsWith(".nq")) return Optional.of(RDFFormat.NQUADS);
        if (name.endsWith(".nt")) return Optional.of(RDFFormat.NTRIPLES);
        if (name.endsWith(".ttl")) return Optional.of(RDFFormat.TURTLE_BLOCKS);
        if (name.endsWith(".jsonld")) return Optional.of(RDFFormat.JSONLD11);
        return Optional.empty();
    }

    public static boolean holdsQuads(RDFFormat format) {
        Lang lang = format.getLang();
        return lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS) || lang.equals(Lang.JSONLD11) || lang.equals(Lang.JSONLD);
    }

    /** Writes {@code target} whole or not at all (see {@link AtomicFiles}). */
    public static <E extends Exception> void writeAtomically(Path target, AtomicFiles.Writing<E> writing) throws E, IOException {
        AtomicFiles.write(target, writing);
    }
}
