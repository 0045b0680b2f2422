package org.archivelod.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.archivelod.uri.UriScheme;

/**
 * The release a store holds, described in the store itself so that any number of stateless fronts read the same
 * identity with one small query: the graph {@code {base}graph/release} ({@link UriScheme#releaseGraph()}) says
 * {@code <graph> dcterms:identifier "sha256…"; dcterms:issued "…"^^xsd:dateTime}. The id is the SHA-256 of the
 * previous release's id and of every quad of the load, in the order sent, so the same loads give the same id.
 */
public record StoreRelease(String id, Instant issued) {
    private static final Query READ = QueryFactory.create("SELECT ?id ?issued { GRAPH ?release { ?release <"
            + DCTerms.identifier.getURI() + "> ?id ; <" + DCTerms.issued.getURI() + "> ?issued } } LIMIT 1");

    private static final Query SEEN_AS_DEFAULT = QueryFactory.create("ASK { ?release <" + DCTerms.identifier.getURI() + "> ?id }");

    public StoreRelease {
        issued = issued.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The graph that holds the release of a dataset minted under {@code base}. */
    public static Node graph(String base) {
        return NodeFactory.createURI(UriScheme.at(base).releaseGraph());
    }

    /** The release described in the graph {@code release} of the SPARQL service {@code queryService} (one query); empty if none. */
    public static Optional<StoreRelease> read(String queryService, Node release) {
        try (QueryExec qe = QueryExecHTTP.service(queryService).query(READ).substitution("release", release).build()) {
            RowSet rows = qe.select();
            if (!rows.hasNext()) return Optional.empty();
            Binding row = rows.next();
            Node issued = row.get("issued");
            return Optional.of(new StoreRelease(row.get("id").getLiteralLexicalForm(),
                    issued.isLiteral() ? Instant.parse(issued.getLiteralLexicalForm()) : Instant.EPOCH));
        }
    }

    /**
     * Whether the store shows the release description in its default graph too, as a store does whose default graph
     * is the union of its named graphs (what the site's queries need); one small query.
     */
    public static boolean seenInDefaultGraph(String queryService, Node release) {
        try (QueryExec qe = QueryExecHTTP.service(queryService).query(SEEN_AS_DEFAULT).substitution("release", release).build()) {
            return qe.ask();
        }
    }

    /** The statements of this release, for the graph {@code release}. */
    public Graph describe(Node release) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(release, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        g.add(release, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(issued.toString(), XSDDatatype.XSDdateTime));
        return g;
    }

    /** Computes the id of a release while its quads are sent; the previous release's id is added at the end. */
    public static final class Digest {
        private final MessageDigest content = sha256();

        public void add(Quad quad) {
            content.update((NodeFmtLib.str(quad) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        /** The release of the quads added on top of {@code previous}, issued at {@code now}. */
        public StoreRelease release(Optional<StoreRelease> previous, Instant now) {
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
