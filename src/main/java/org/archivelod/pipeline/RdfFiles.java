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
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : formatNamed(name.substring(dot + 1));
    }

    /** The format for its usual extension without the dot: trig, nq, nt, ttl or jsonld. */
    public static Optional<RDFFormat> formatNamed(String extension) {
        return Optional.ofNullable(switch (extension.toLowerCase(Locale.ROOT)) {
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "nq" -> RDFFormat.NQUADS;
            case "nt" -> RDFFormat.NTRIPLES;
            case "ttl" -> RDFFormat.TURTLE_BLOCKS;
            case "jsonld" -> RDFFormat.JSONLD11;
            default -> null;
        });
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
