package org.archivelod.serve;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.store.ArchiveStore;

/**
 * A TDB2 store of {@code graphs} small document graphs, each restating the software that converted it (its
 * {@value #STATEMENTS} statements, as every document graph of a release does) and pointing at it once (the
 * conversion of that document, with its label): an entity with a copy of each of its statements per graph.
 */
final class RestatedEntity {
    static final String SOFTWARE = ServeFixtures.BASE + "id/software/archive-lod-0-1-0";
    static final String DATA = "/data/software/archive-lod-0-1-0";
    static final int STATEMENTS = 5;
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private RestatedEntity() {}

    static Node software() {
        return NodeFactory.createURI(SOFTWARE);
    }

    /** The store, in {@code folder}: {@code graphs} document graphs. */
    static ArchiveStore store(Path folder, int graphs) {
        return fill(ArchiveStore.open(folder), graphs);
    }

    /** The same, in memory. */
    static ArchiveStore inMemory(int graphs) {
        return fill(ArchiveStore.inMemory(), graphs);
    }

    private static ArchiveStore fill(ArchiveStore store, int graphs) {
        DatasetGraph stored = store.datasetGraph();
        Node software = software();
        Txn.executeWrite(stored, () -> {
            for (int i = 1; i <= graphs; i++) {
                Node graph = NodeFactory.createURI(ServeFixtures.BASE + "graph/document/d" + i);
                stored.add(graph, software, RDF.type.asNode(), NodeFactory.createURI(PROV + "SoftwareAgent"));
                stored.add(graph, software, RDFS.label.asNode(), NodeFactory.createLiteralString("archive-lod 0.1.0"));
                stored.add(graph, software, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString("0.1.0"));
                stored.add(graph, software, RDFS.comment.asNode(), NodeFactory.createLiteralString("converts archival records to RDF"));
                stored.add(graph, software, DCTerms.license.asNode(), NodeFactory.createURI("https://www.apache.org/licenses/LICENSE-2.0"));
                Node conversion = NodeFactory.createURI(ServeFixtures.BASE + "id/event/d" + i + "/conversion");
                stored.add(graph, conversion, NodeFactory.createURI(PROV + "wasAssociatedWith"), software);
                stored.add(graph, conversion, RDFS.label.asNode(), NodeFactory.createLiteralString("conversion of document d" + i));
            }
        });
        return store;
    }
}
