package org.archivelod.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;

/**
 * A dataset graph that is only read: every change is refused with a word ({@link #readOnly}), its graphs are views of
 * its {@code find}, and transactions are accepted and do nothing. A subclass says how to find quads.
 */
abstract class ReadOnlyDatasetGraph extends DatasetGraphBaseFind {
    private final Transactional transactional = TransactionalNull.create();
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final String readOnly;

    /** {@code readOnly}: what a refused change is told, e.g. where such data is written instead. */
    ReadOnlyDatasetGraph(String readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    private UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException(readOnly);
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public void begin(TxnType type) { transactional.begin(type); }

    @Override
    public void begin(ReadWrite readWrite) { transactional.begin(readWrite); }

    @Override
    public boolean promote(Promote mode) { return transactional.promote(mode); }

    @Override
    public void commit() { transactional.commit(); }

    @Override
    public void abort() { transactional.abort(); }

    @Override
    public void end() { transactional.end(); }

    @Override
    public ReadWrite transactionMode() { return transactional.transactionMode(); }

    @Override
    public TxnType transactionType() { return transactional.transactionType(); }

    @Override
    public boolean isInTransaction() { return transactional.isInTransaction(); }
}
