package org.archivelod.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.archivelod.uri.UriScheme;
import org.archivelod.validate.DatasetValidator;
import org.archivelod.validate.DocumentValidator;
import org.archivelod.validate.ValidationReport;

/**
 * {@code load}'s check of RDF files, before anything is loaded, as {@code convert} checks what it writes: each document
 * graph ({@code {base}graph/document/…}) against the profile with the shared graphs (the concepts, the authority file),
 * so that memory holds one document's graph beside the shared graphs. A first pass over every file keeps the quads
 * outside document graphs and sees whether each document graph comes in one run of quads (as our dumps and
 * {@code convert} write them); the shared graphs are checked once; a second pass checks each document graph as its run
 * ends. A file whose document graphs do not each come in one run (N-Quads sorted by subject) is checked as a
 * whole instead, in memory. The site's bookkeeping graphs, which a load writes again, are not checked.
 *
 * <pre>{@code
 * new LoadValidation(problems).check(List.of(Path.of("release.nq")));   // a document that does not conform: an error
 * }</pre>
 */
final class LoadValidation {
    /**
     * Statements outside document graphs that the check holds at most: the shared graphs of a release are a few
     * thousand (the concepts and the authority file); far more means data not laid out as ours, refused with a word
     * rather than read into memory.
     */
    static final int SHARED_LIMIT = 250_000;

    private final ProblemHandler problems;
    private final RdfFileReader reader;

    LoadValidation(ProblemHandler problems) {
        this.problems = problems;
        this.reader = new RdfFileReader(problems);
    }

    /** Checks {@code files} (RDF, read together): the shared graphs once, then each document graph. */
    void check(List<Path> files) throws ConversionException {
        if (files.isEmpty()) return;
        List<Quad> shared = new ArrayList<>();
        Set<Path> interleaved = new HashSet<>();
        for (Path file : files) {
            Layout layout = new Layout(shared);
            try {
                read(file, layout);
            } catch (Layout.TooShared e) {
                problems.fatal(new ConversionException(file.toString(), 0, "more than " + SHARED_LIMIT + " statements "
                        + "outside document graphs: not laid out as this tool writes releases, so it "
                        + "cannot be checked document by document; --no-validate loads it unchecked", null));
            }
            if (layout.interleaved) interleaved.add(file);
        }
        DocumentValidator check = new DocumentValidator(shared);
        ValidationReport sharedReport = check.validateShared();
        if (!sharedReport.conforms()) {
            problems.fatal(new NonConformingException(files.size() == 1 ? files.get(0) + ": the shared graphs"
                    : "the shared graphs of " + files, sharedReport));
        }
        for (Path file : files) {
            if (interleaved.contains(file)) {
                checkWhole(file, shared);
            } else {
                Runs runs = new Runs(file, check);
                read(file, runs);
                runs.end();
            }
        }
    }

    /** Reads {@code file} into {@code into}; malformed RDF is a {@link RiotException}, as when the file is loaded. */
    private void read(Path file, StreamRDF into) throws ConversionException {
        try {
            reader.read(file, into);
        } catch (ConversionException e) {
            if (e.getCause() instanceof RiotException) throw new RiotException(e.getMessage(), e.getCause());
            throw e;
        }
    }

    /** A file whose document graphs are interleaved, read into memory with the shared graphs and checked as a whole. */
    private void checkWhole(Path file, List<Quad> shared) throws ConversionException {
        DatasetGraph data = DatasetGraphFactory.create();
        shared.forEach(data::add);
        reader.read(file, data);
        List<Node> bookkeeping = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(g -> {
            if (kind(g) == Kind.BOOKKEEPING) bookkeeping.add(g);
        });
        bookkeeping.forEach(data::removeGraph);
        ValidationReport report = new DatasetValidator().validate(data);
        if (!report.conforms()) problems.error(new NonConformingException(file.toString(), report));
    }

    private enum Kind { DOCUMENT, SHARED, BOOKKEEPING }

    private static Kind kind(Node graph) {
        if (!graph.isURI()) return Kind.SHARED;
        if (UriScheme.isDocumentGraph(graph.getURI())) return Kind.DOCUMENT;
        return UriScheme.isBookkeepingGraph(graph.getURI()) ? Kind.BOOKKEEPING : Kind.SHARED;
    }

    /**
     * The first pass over a file: keeps the quads of the shared graphs, and sees whether each document graph comes in
     * one run of quads (it remembers the document graphs' names, not their quads).
     */
    private static final class Layout extends StreamRDFBase {
        private final List<Quad> shared;
        private final Set<Node> ended = new HashSet<>();
        private Node graph;
        boolean interleaved;

        Layout(List<Quad> shared) {
            this.shared = shared;
        }

        /** Thrown when the shared statements pass {@link #SHARED_LIMIT}. */
        static final class TooShared extends RuntimeException {
            private static final long serialVersionUID = 1L;

            TooShared() {
                super(null, null, false, false);
            }
        }

        @Override
        public void quad(Quad quad) {
            Kind kind = kind(quad.getGraph());
            if (kind == Kind.SHARED) share(quad);
            if (kind != Kind.DOCUMENT || quad.getGraph().equals(graph)) return;
            if (graph != null) ended.add(graph);
            graph = quad.getGraph();
            interleaved |= ended.contains(graph);
        }

        @Override
        public void triple(Triple triple) {
            share(Quad.create(Quad.defaultGraphIRI, triple));
        }

        private void share(Quad quad) {
            if (shared.size() >= SHARED_LIMIT) throw new TooShared();
            shared.add(quad);
        }
    }

    /** The second pass over a file whose document graphs each come in one run: each checked when its run ends. */
    private final class Runs extends StreamRDFBase {
        private final Path file;
        private final DocumentValidator check;
        private final List<Quad> run = new ArrayList<>();
        private Node graph;
        private ConversionException failure;

        Runs(Path file, DocumentValidator check) {
            this.file = file;
            this.check = check;
        }

        @Override
        public void quad(Quad quad) {
            if (failure != null || kind(quad.getGraph()) != Kind.DOCUMENT) return;
            if (!quad.getGraph().equals(graph)) {
                endRun();
                graph = quad.getGraph();
            }
            run.add(quad);
        }

        /** Ends the last run; throws what the policy made of a document that does not conform. */
        void end() throws ConversionException {
            endRun();
            if (failure != null) throw failure;
        }

        private void endRun() {
            if (run.isEmpty() || failure != null) return;
            ValidationReport report = check.validate(run);
            run.clear();
            if (report.conforms()) return;
            try {
                problems.error(new NonConformingException(file + ": document graph " + graph.getURI(), report));
            } catch (ConversionException e) {
                failure = e;   // the policy stops the run: no further document is checked
            }
        }
    }
}
