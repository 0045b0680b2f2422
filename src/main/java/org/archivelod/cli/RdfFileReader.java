package org.archivelod.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.io.RdfFormat;

/**
 * Reads RDF files into a dataset, choosing the syntax by extension ({@link RdfFormat}: {@code .trig .ttl .nt .nq .jsonld .rdf},
 * each optionally {@code .gz}); a bad file becomes an {@link UnreadableInputException} that names the file and
 * line, and parser warnings go to a consumer as {@code file: line N: warning: …}.
 */
public final class RdfFileReader {
    private final Consumer<String> warnings;

    public RdfFileReader(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** The syntax of a file by its extension, or null when the extension is not one of ours. */
    public static Lang langOf(Path file) {
        return RdfFormat.ofInput(file).map(RdfFormat::lang).orElse(null);
    }

    /** Adds the file's triples or quads to the dataset (triples go to the default graph). */
    public void read(Path file, DatasetGraph into) throws UnreadableInputException {
        Lang lang = langOf(file);
        if (lang == null) {
            throw new UnreadableInputException(file + ": unknown RDF syntax; expected a file ending in"
                    + " .trig, .ttl, .nt, .nq, .jsonld or .rdf (optionally .gz)");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableInputException(file + ": no such readable file");
        }
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(lang).base(file.toUri().toString()).errorHandler(new Errors(file)).parse(into);
        } catch (RiotParseException e) {
            throw new UnreadableInputException(where(file, e.getLine()) + e.getOriginalMessage());
        } catch (JenaException | IOException | UncheckedIOException e) {
            throw new UnreadableInputException(file + ": " + e.getMessage());
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return RdfFormat.gzipped(file) ? new GZIPInputStream(in) : in;
    }

    private static String where(Path file, long line) {
        return line > 0 ? file + ": line " + line + ": " : file + ": ";
    }

    /** Turns parser errors into exceptions carrying the line, and reports warnings. */
    private final class Errors implements ErrorHandler {
        private final Path file;

        Errors(Path file) { this.file = file; }

        @Override
        public void warning(String message, long line, long col) {
            warnings.accept(where(file, line) + "warning: " + message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    }
}
