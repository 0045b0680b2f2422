package org.archivelod.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.io.Checksums;
import org.archivelod.mapping.AuthorityMapper;
import org.archivelod.mapping.Concepts;
import org.archivelod.mapping.DocumentMapper;
import org.archivelod.mapping.GraphEmitter;
import org.archivelod.uri.IriMinter;
import org.archivelod.mapping.ProvenanceMapper;
import org.archivelod.mapping.SourceFile;
import org.archivelod.parse.RecordFormatException;
import org.archivelod.parse.SourceText;
import org.archivelod.parse.WilsonCenterRecordParser;
import org.archivelod.reconcile.AuthorityException;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.reconcile.CurationFiles;
import org.archivelod.reconcile.Gazetteer;
import org.archivelod.reconcile.RecordReconciler;
import org.archivelod.record.ArchiveRecord;
import org.archivelod.validate.DocumentValidator;
import org.archivelod.validate.ValidationReport;

/**
 * Converts documents into quads: the vocabulary graph, the authority graph, then one named graph per document in
 * path order, so that the same input gives the same quads in the same order. Records are read and mapped in parallel
 * ({@link ConversionSettings#threads()}) and written in path order; a bounded window of records is in memory at a time.
 *
 * <pre>{@code
 * new Conversion(settings).run(List.of(Path.of("data/documents")), StreamRDFLib.dataset(dsg));
 * }</pre>
 */
public final class Conversion {
    private final IriMinter iris;
    private final Concepts concepts;
    private final AuthorityFile authority;
    private final AuthorityMapper authorityMapper;
    private final RecordReconciler reconciler;
    private final DocumentMapper mapper;
    private final CurationFiles curation;
    private final WilsonCenterRecordParser parser = new WilsonCenterRecordParser();
    private final int threads;
    private final org.archivelod.mapping.Licences licences;
    private final boolean validate;

    public Conversion(ConversionSettings settings) throws ConversionException {
        this.threads = settings.threads();
        this.iris = new IriMinter(settings.base());
        this.concepts = new Concepts(iris);
        try {
            this.authority = AuthorityFile.read(settings.authorityDir());
        } catch (AuthorityException e) {
            throw new ConversionException(e.getMessage(), e);
        }
        Gazetteer gazetteer = Gazetteer.load();
        this.authorityMapper = new AuthorityMapper(iris, concepts, gazetteer::lookup);
        this.reconciler = new RecordReconciler(authority, gazetteer);
        this.mapper = new DocumentMapper(iris, concepts, authorityMapper, new ProvenanceMapper(iris, Version.get(), settings.licences()));
        this.licences = settings.licences();
        this.validate = settings.validate();
        Path parent = settings.authorityDir().toAbsolutePath().getParent();
        this.curation = new CurationFiles(parent.resolve("curation"), authority);
    }

    /** Converts every record of the inputs; stops at the first bad one with a {@link ConversionException}. */
    public ConversionSummary run(List<Path> inputs, StreamRDF out) throws ConversionException {
        return run(inputs, out, false, p -> {});
    }

    /**
     * Converts every record of the inputs. With {@code keepGoing}, a bad record is skipped and listed in the summary;
     * {@code progress} is told of each record done.
     */
    public ConversionSummary run(List<Path> inputs, StreamRDF out, boolean keepGoing, Consumer<Path> progress) throws ConversionException {
        return run(inputs, out, keepGoing, progress, true);
    }

    /**
     * Converts every record of the inputs, reading and mapping up to {@link ConversionSettings#threads()} records at a
     * time and writing them in input order, so that the output is the same for any number of threads. Files are listed
     * one folder at a time and only a bounded window of records is in memory. {@code collectCandidates} keeps the people
     * found by convention for the summary (their number grows with the corpus; leave it off when they are not wanted).
     */
    public ConversionSummary run(List<Path> inputs, StreamRDF out, boolean keepGoing, Consumer<Path> progress,
                                 boolean collectCandidates) throws ConversionException {
        return run(inputs, out, Problems.of(keepGoing, p -> {}), progress, collectCandidates);
    }

    /**
     * Converts every record of the inputs as {@link #run(List, StreamRDF, boolean, Consumer, boolean)} does, telling
     * {@code problems} of each record that cannot be used: its policy stops the run or skips the record.
     */
    public ConversionSummary run(List<Path> inputs, StreamRDF out, ProblemHandler problems, Consumer<Path> progress,
                                 boolean collectCandidates) throws ConversionException {
        return run(inputs, toStream(out), null, problems, progress, collectCandidates);
    }

    /**
     * Converts every record into a line-based format ({@link RDFFormat#NTRIPLES} or {@link RDFFormat#NQUADS}), each
     * record serialized on the thread that converted it, so that the writing thread only copies bytes. The bytes are
     * those {@link StreamRDFWriter} writes for the quads of {@link #run} in that format.
     */
    public ConversionSummary runLines(List<Path> inputs, OutputStream out, RDFFormat format, boolean keepGoing,
                                      Consumer<Path> progress, boolean collectCandidates) throws ConversionException, IOException {
        return runLines(inputs, out, format, Problems.of(keepGoing, p -> {}), progress, collectCandidates);
    }

    /** {@link #runLines(List, OutputStream, RDFFormat, boolean, Consumer, boolean)}, telling {@code problems} of bad records. */
    public ConversionSummary runLines(List<Path> inputs, OutputStream out, RDFFormat format, ProblemHandler problems,
                                      Consumer<Path> progress, boolean collectCandidates) throws ConversionException, IOException {
        boolean quadsFormat = format.equals(RDFFormat.NQUADS);
        if (!quadsFormat && !format.equals(RDFFormat.NTRIPLES)) throw new IllegalArgumentException("not a line-based format: " + format);
        Function<List<Quad>, byte[]> encoder = quads -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(quads.size() * 160);
            StreamRDF w = StreamRDFWriter.getWriterStream(bytes, format);
            w.start();
            for (Quad q : quads) {
                if (quadsFormat) w.quad(q); else w.triple(q.asTriple());
            }
            w.finish();
            return bytes.toByteArray();
        };
        try {
            return run(inputs, new Output() {
                @Override
                public void head(List<Quad> quads) { write(encoder.apply(quads)); }

                @Override
                public void record(ConvertedRecord r) { write(r.encoded()); }

                private void write(byte[] bytes) {
                    try {
                        out.write(bytes);
                    } catch (IOException e) {
                        throw new WriteFailure(e);
                    }
                }
            }, encoder, problems, progress, collectCandidates);
        } catch (WriteFailure e) {
            throw e.getCause();
        }
    }

    /** The output could not be written (as opposed to an input that could not be listed). */
    private static final class WriteFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause);
        }
    }

    /** Where converted quads go: to a {@link StreamRDF}, or as bytes already in the output's format. */
    private interface Output {
        default void start() {}

        void head(List<Quad> quads);

        void record(ConvertedRecord r);

        default void finish() {}
    }

    private static Output toStream(StreamRDF out) {
        return new Output() {
            @Override
            public void start() { out.start(); }

            @Override
            public void head(List<Quad> quads) { quads.forEach(out::quad); }

            @Override
            public void record(ConvertedRecord r) { r.quads().forEach(out::quad); }

            @Override
            public void finish() { out.finish(); }
        };
    }

    private ConversionSummary run(List<Path> inputs, Output out, Function<List<Quad>, byte[]> encoder,
                                  ProblemHandler problems, Consumer<Path> progress, boolean collectCandidates) throws ConversionException {
        Iterator<Path> files = RecordFiles.iterate(inputs);
        List<String> failures = new ArrayList<>();
        java.util.SortedSet<String> candidates = new java.util.TreeSet<>();
        MissingFields incomplete = new MissingFields();
        Consumer<String> candidateSink = collectCandidates ? candidates::add : c -> {};
        long quads = 0;
        int documents = 0;
        out.start();
        List<Quad> head = new ArrayList<>();
        StreamRDF headSink = collector(head);
        graph(headSink, iris.vocabularyGraph(), concepts.graph().find().toList());
        // the concepts and the authority file are our metadata: under the metadata licence
        headSink.quad(Quad.create(iris.vocabularyGraph(), iris.vocabularyGraph(), DCTerms.license.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(licences.metadata())));
        GraphEmitter a = new GraphEmitter(iris.authorityGraph());
        a.add(iris.authorityGraph(), DCTerms.license, org.apache.jena.graph.NodeFactory.createURI(licences.metadata()));
        authorityMapper.map(authority, a);
        a.flush(headSink);
        Function<Path, ConvertedRecord> convertOne = validate ? validated(head, problems) : this::convert;
        out.head(head);
        quads += head.size();
        Function<Path, ConvertedRecord> step = encoder == null ? convertOne : file -> {
            ConvertedRecord r = convertOne.apply(file);
            return r.failure() != null ? r
                    : new ConvertedRecord(file, List.of(), r.candidates(), null, encoder.apply(r.quads()), r.quads().size(), r.missing());
        };
        try (RecordPipeline records = new RecordPipeline(files, step, threads)) {
            while (records.hasNext()) {
                ConvertedRecord r = records.next();
                if (r.failure() != null) {
                    problems.error(r.failure());   // throws unless the policy goes on
                    failures.add(r.failure().getMessage());
                } else {
                    out.record(r);
                    r.candidates().forEach(candidateSink);
                    incomplete.add(r.file(), r.missing());
                    quads += r.count();
                    documents++;
                }
                progress.accept(r.file());
            }
        } catch (WriteFailure e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw new ConversionException(e.getMessage(), e);
        }
        out.finish();
        return new ConversionSummary(documents, quads, List.copyOf(failures), List.copyOf(candidates), incomplete.summary());
    }

    /**
     * Converting that validates each document with the shared graphs of {@code head} (checked once, first), on the
     * thread that converted it; a document that does not conform becomes a failure.
     */
    private Function<Path, ConvertedRecord> validated(List<Quad> head, ProblemHandler problems) throws ConversionException {
        DocumentValidator check = new DocumentValidator(head);
        ValidationReport shared = check.validateShared();
        if (!shared.conforms()) problems.fatal(new NonConformingException("the concepts and the authority file", shared));
        return file -> {
            ConvertedRecord r = convert(file);
            if (r.failure() != null) return r;
            ValidationReport report = check.validate(r.quads());
            return report.conforms() ? r
                    : new ConvertedRecord(file, List.of(), List.of(), new NonConformingException(file.toString(), report), null, 0, List.of());
        };
    }

    private static StreamRDF collector(List<Quad> into) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { into.add(quad); }
        };
    }

    /** Reads, parses and maps one record into memory; never throws (a failure is part of the result). */
    private ConvertedRecord convert(Path file) {
        List<Quad> quads = new ArrayList<>(1024);
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try {
            convert(file, collector(quads), found::add, missing::addAll);
            return new ConvertedRecord(file, quads, found, null, null, quads.size(), missing);
        } catch (ConversionException e) {
            return new ConvertedRecord(file, List.of(), List.of(), e, null, 0, List.of());
        }
    }

    private int convert(Path file, StreamRDF out, Consumer<String> candidates, Consumer<List<String>> missing) throws ConversionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConversionException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        try {
            ArchiveRecord record = parser.parse(file.toString(), SourceText.lines(file.toString(), bytes));
            missing.accept(record.missing());
            var reconciliation = reconciler.reconcile(record, curation.eventsFor(file, record.body().text()));
            return mapper.map(record, reconciliation, new SourceFile(file.getFileName().toString(), Checksums.sha256(bytes)), out, candidates);
        } catch (RecordFormatException e) {
            throw new ConversionException(e.source(), e.line(), e.problem(), e);
        } catch (AuthorityException e) {
            throw new ConversionException(e.getMessage(), e);
        }
    }

    private static int graph(StreamRDF out, org.apache.jena.graph.Node graph, List<Triple> triples) {
        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(java.util.Comparator.comparing((Triple t) -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().toString()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : sorted) out.quad(Quad.create(graph, t));
        return sorted.size();
    }
}
