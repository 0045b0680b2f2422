package org.archivelod.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.io.RdfFormat;

/**
 * Reads RDF files into a dataset, choosing the syntax by extension ({@link RdfFormat}: {@code .trig .ttl .nt .nq .jsonld .rdf},
 * each optionally {@code .gz}); a bad file becomes a {@link ConversionException} that names the file and line (the
 * parser's exception its cause), and the parser's warnings go to a {@link ProblemHandler}.
 */
public final class RdfFileReader {
    private final ProblemHandler problems;

    public RdfFileReader(ProblemHandler problems) {
        this.problems = problems;
    }

    /** The syntax of a file by its extension, or null when the extension is not one of ours. */
    public static Lang langOf(Path file) {
        return RdfFormat.ofInput(file).map(RdfFormat::lang).orElse(null);
    }

    /** Adds the file's triples or quads to the dataset (triples go to the default graph). */
    public void read(Path file, DatasetGraph into) throws ConversionException {
        read(file, StreamRDFLib.dataset(into));
    }

    /** Sends the file's triples or quads to {@code into}, as they are parsed. */
    public void read(Path file, StreamRDF into) throws ConversionException {
        Lang lang = langOf(file);
        if (lang == null) {
            throw new ConversionException(file.toString(), 0, "unknown RDF syntax; expected a file ending in"
                    + " .trig, .ttl, .nt, .nq, .jsonld or .rdf (optionally .gz)", null);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConversionException(file.toString(), 0, "no such readable file", null);
        }
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(lang).base(file.toUri().toString()).errorHandler(new Errors(file)).parse(into);
        } catch (RiotParseException e) {
            throw new ConversionException(file + ": " + (e.getLine() > 0 ? "line " + e.getLine() + ": " : "") + e.getOriginalMessage(), e);
        } catch (JenaException | IOException | UncheckedIOException e) {
            throw new ConversionException(file.toString(), 0, e.getMessage(), e);
        }
    }

    /** A parser's warning as a report line: {@code file: line N: warning: …}. */
    public static String warningLine(ProblemHandler.Problem warning) {
        return warning.file() + ": " + (warning.line() > 0 ? "line " + warning.line() + ": " : "") + "warning: " + warning.message();
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return RdfFormat.gzipped(file) ? new GZIPInputStream(in) : in;
    }

    /** Turns parser errors into exceptions carrying the line, and reports warnings. */
    private final class Errors implements ErrorHandler {
        private final Path file;

        Errors(Path file) { this.file = file; }

        @Override
        public void warning(String message, long line, long col) {
            problems.warning(file.toString(), line, message);
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
