package org.archivelod.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.archivelod.dump.Checksums;
import org.archivelod.mapping.AuthorityMapper;
import org.archivelod.mapping.Concepts;
import org.archivelod.mapping.DocumentMapper;
import org.archivelod.mapping.GraphEmitter;
import org.archivelod.mapping.IriMinter;
import org.archivelod.mapping.ProvenanceMapper;
import org.archivelod.mapping.SourceFile;
import org.archivelod.parse.RecordFormatException;
import org.archivelod.parse.SourceText;
import org.archivelod.parse.WilsonCenterRecordParser;
import org.archivelod.reconcile.AuthorityException;
import org.archivelod.reconcile.AuthorityFile;
import org.archivelod.reconcile.CurationFiles;
import org.archivelod.reconcile.NameMatcher;
import org.archivelod.record.ArchiveRecord;

/**
 * Converts documents into quads: the vocabulary graph, the authority graph, then one named graph per document in
 * path order, so that the same input gives the same quads in the same order. One record is in memory at a time.
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
    private final DocumentMapper mapper;
    private final CurationFiles curation;
    private final WilsonCenterRecordParser parser = new WilsonCenterRecordParser();

    public Conversion(ConversionSettings settings) throws ConversionException {
        this.iris = new IriMinter(settings.base());
        this.concepts = new Concepts(iris);
        try {
            this.authority = AuthorityFile.read(settings.authorityDir());
        } catch (AuthorityException e) {
            throw new ConversionException(e.getMessage());
        }
        this.authorityMapper = new AuthorityMapper(iris, concepts);
        this.mapper = new DocumentMapper(iris, concepts, new NameMatcher(authority), authorityMapper,
                new ProvenanceMapper(iris, Version.get()));
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
        List<Path> files = RecordFiles.find(inputs);
        List<String> failures = new ArrayList<>();
        java.util.SortedSet<String> candidates = new java.util.TreeSet<>();
        long quads = 0;
        int documents = 0;
        out.start();
        quads += graph(out, iris.vocabularyGraph(), concepts.graph().find().toList());
        GraphEmitter a = new GraphEmitter(iris.authorityGraph());
        authorityMapper.map(authority, a);
        quads += a.flush(out);
        for (Path file : files) {
            try {
                quads += convert(file, out, candidates::add);
                documents++;
            } catch (ConversionException e) {
                if (!keepGoing) throw e;
                failures.add(e.getMessage());
            }
            progress.accept(file);
        }
        out.finish();
        return new ConversionSummary(documents, quads, List.copyOf(failures), List.copyOf(candidates));
    }

    private int convert(Path file, StreamRDF out, Consumer<String> candidates) throws ConversionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConversionException(file + ": cannot read: " + e.getMessage());
        }
        try {
            ArchiveRecord record = parser.parse(file.toString(), SourceText.lines(file.toString(), bytes));
            var events = curation.eventsFor(file, record.text());
            return mapper.map(record, new SourceFile(file.getFileName().toString(), Checksums.sha256(bytes)), events, out, candidates);
        } catch (RecordFormatException | AuthorityException e) {
            throw new ConversionException(e.getMessage());
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
