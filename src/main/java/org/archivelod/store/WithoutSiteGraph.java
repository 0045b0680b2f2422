package org.archivelod.store;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.graph.GraphZero;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.archivelod.uri.UriScheme;

/**
 * The published data of a dataset: every graph but the site graph of aggregates ({@link SiteAggregates}) and the release
 * description ({@link StoreRelease}), so that a description, a page's statements or its "referred to in" never show the
 * site's own bookkeeping. Reads only; the
 * transactions are the dataset's.
 */
final class WithoutSiteGraph extends DatasetGraphWrapper {
    WithoutSiteGraph(DatasetGraph base) {
        super(base);
    }

    private static boolean published(Node graph) {
        return !(graph.isURI() && UriScheme.isBookkeepingGraph(graph.getURI()));
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isUnionGraph(g)) {
            // a remote store reads a subject's statements in the union itself: once each, not once per graph restating it;
            // TDB2 skips the copies in its index, by node id
            Iterator<Triple> triples = RemoteDatasetGraph.behind(getWrapped()).flatMap(remote -> remote.findPublished(s, p, o))
                    .or(() -> IndexedUnion.find(getWrapped(), s, p, o, WithoutSiteGraph::published))
                    .orElseGet(() -> Iter.distinct(Iter.map(findNG(Node.ANY, s, p, o), Quad::asTriple)));
            return Iter.map(triples, t -> Quad.create(g, t));
        }
        return g != null && g.isConcrete() && !published(g) ? Iter.nullIterator()
                : Iter.filter(super.find(g, s, p, o), q -> published(q.getGraph()));
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return Iter.filter(super.findNG(g, s, p, o), q -> published(q.getGraph()));
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    /**
     * Whether a published graph holds a quad matching the pattern. Of a remote store, what a subject many graphs restate
     * says is known without reading its copies ({@link RemoteDatasetGraph#publishedHas}): whether {@code /id/software/…}
     * existed, or was a person, was asked of its every copy (90,000 quads at 3×10^4 documents), at each view.
     */
    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (!SparqlQuads.concrete(g) && SparqlQuads.concrete(s)) {
            Optional<Boolean> known = RemoteDatasetGraph.behind(getWrapped()).flatMap(remote -> remote.publishedHas(s, p, o));
            if (known.isPresent()) return known.get();
        }
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return published(graphNode) && super.containsGraph(graphNode);
    }

    /** The union of the published graphs only (the wrapped dataset's union would hold the site graph too). */
    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return published(graphNode) ? super.getGraph(graphNode) : GraphZero.instance();
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.filter(super.listGraphNodes(), WithoutSiteGraph::published);
    }
}
