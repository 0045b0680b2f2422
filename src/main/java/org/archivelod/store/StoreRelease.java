package org.archivelod.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.io.SideThread;
import org.archivelod.uri.UriScheme;

/**
 * The release a store holds, described in the store itself so that any number of stateless fronts read the same
 * identity with one small query: the graph {@code {base}graph/release} ({@link UriScheme#releaseGraph()}) says
 * {@code <graph> dcterms:identifier "sha256…"; dcterms:issued "…"^^xsd:dateTime}. The id is the SHA-256 of the
 * previous release's id and of every quad of the load, in the order sent, so the same loads give the same id.
 */
public record StoreRelease(String id, Instant issued) {
    /** The release in its graph, and whether the default graph shows it too (what a front's start judges the store by). */
    private static final Query READ = QueryFactory.create("SELECT ?id ?issued ?shown { GRAPH ?release { ?release <"
            + DCTerms.identifier.getURI() + "> ?id ; <" + DCTerms.issued.getURI() + "> ?issued } BIND(EXISTS { ?release <"
            + DCTerms.identifier.getURI() + "> ?any } AS ?shown) } LIMIT 1");

    /**
     * A release as read from a store, with whether the store's default graph shows its description too, as a store
     * does whose default graph is the union of its named graphs (what the site's queries need).
     */
    public record Shown(StoreRelease release, boolean inDefaultGraph) {}

    public StoreRelease {
        issued = issued.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The graph that holds the release of a dataset minted under {@code base}. */
    public static Node graph(String base) {
        return NodeFactory.createURI(UriScheme.at(base).releaseGraph());
    }

    /** The release described in the graph {@code release} of the SPARQL service {@code queryService} (one query); empty if none. */
    public static Optional<StoreRelease> read(String queryService, Node release) {
        return readShown(queryService, release).map(Shown::release);
    }

    /**
     * Like {@link #read}, with whether the store's default graph shows the description too: one small query, where
     * a front's start asked two (the release, then whether its default graph shows it).
     */
    public static Optional<Shown> readShown(String queryService, Node release) {
        try (QueryExec qe = SelectRequests.to(queryService).query(READ).substitution("release", release).build()) {
            RowSet rows = qe.select();
            if (!rows.hasNext()) return Optional.empty();
            Binding row = rows.next();
            Node issued = row.get("issued");
            Node shown = row.get("shown");
            return Optional.of(new Shown(new StoreRelease(row.get("id").getLiteralLexicalForm(),
                    issued.isLiteral() ? Instant.parse(issued.getLiteralLexicalForm()) : Instant.EPOCH),
                    shown != null && shown.isLiteral() && "true".equals(shown.getLiteralLexicalForm())));
        }
    }

    /** The statements of this release, for the graph {@code release}. */
    public Graph describe(Node release) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(release, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        g.add(release, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(issued.toString(), XSDDatatype.XSDdateTime));
        return g;
    }

    /**
     * Computes the id of a release while its quads are sent; the previous release's id is added at the end. The quads
     * are digested on a thread of their own, in the order sent, {@value #BATCH} at a time ({@link SideThread}), so that a
     * load's thread only hands them over: putting each quad in text form was an eighth of a load's time on its thread.
     * Each quad is digested as its line of N-Quads (UTF-8), written by Jena's streaming N-Quads writer into the digest:
     * formatting each quad alone ({@code NodeFmtLib.str}) cost that thread more CPU than the rest of a 10^5 load's.
     */
    public static final class Digest {
        private static final int BATCH = 4096;
        private final MessageDigest content = sha256();
        /** N-Quads lines into {@link #content}, buffered: flushed by {@link #release} before the digest is read. */
        private final StreamRDF lines = StreamRDFWriter.getWriterStream(
                new BufferedOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), content), 1 << 16),
                RDFFormat.NQUADS_UTF8);
        private final SideThread side = new SideThread("archive-lod-release-digest", 4);
        private List<Quad> batch = new ArrayList<>(BATCH);

        public Digest() {
            lines.start();
        }

        public void add(Quad quad) {
            batch.add(quad);
            if (batch.size() == BATCH) {
                List<Quad> full = batch;
                batch = new ArrayList<>(BATCH);
                side.run(() -> digest(full));
            }
        }

        private void digest(List<Quad> quads) {
            quads.forEach(lines::quad);
        }

        /** The release of the quads added on top of {@code previous}, issued at {@code now}; asked once, at the end. */
        public StoreRelease release(Optional<StoreRelease> previous, Instant now) {
            try {
                side.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // digesting reads and writes no file
            }
            digest(batch);
            batch = new ArrayList<>(BATCH);
            lines.finish();   // flushes the lines buffered into the digest
            MessageDigest id = sha256();
            previous.ifPresent(p -> id.update((p.id() + "\n").getBytes(StandardCharsets.UTF_8)));
            id.update(content.digest());
            return new StoreRelease(HexFormat.of().formatHex(id.digest()), now);
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java", e);
            }
        }
    }
}
