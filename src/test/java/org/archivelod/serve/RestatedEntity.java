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
 * conversion of that document, with its label): an entity with a copy of each of its statements per graph. The first
 * document, {@code d1}, has a long record of its own in its graph ({@value #RECORD} statements about it and as many
 * annotations pointing at it, as the seed letter has) and is pointed at from {@value #REPLIES} other documents' graphs.
 */
final class RestatedEntity {
    static final String SOFTWARE = ServeFixtures.BASE + "id/software/archive-lod-0-1-0";
    static final String DATA = "/data/software/archive-lod-0-1-0";
    static final int STATEMENTS = 5;
    static final String DOCUMENT = ServeFixtures.BASE + "id/document/d1";
    static final String DOCUMENT_DATA = "/data/document/d1";
    static final Node DOCUMENT_GRAPH = NodeFactory.createURI(ServeFixtures.BASE + "graph/document/d1");
    /** The statements about d1 in its own graph, and the annotations pointing at it there. */
    static final int RECORD = 100;
    /** The statements pointing at d1 from other documents' graphs. */
    static final int REPLIES = 100;
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private RestatedEntity() {}

    static Node software() {
        return NodeFactory.createURI(SOFTWARE);
    }

    static Node document() {
        return NodeFactory.createURI(DOCUMENT);
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
                if (i > 1 && i <= REPLIES + 1) {
                    stored.add(graph, NodeFactory.createURI(ServeFixtures.BASE + "id/document/d" + i), DCTerms.references.asNode(), document());
                }
            }
            for (int j = 1; j <= RECORD; j++) {
                stored.add(DOCUMENT_GRAPH, document(), DCTerms.subject.asNode(), NodeFactory.createURI(ServeFixtures.BASE + "id/concept/subject/s" + j));
                Node annotation = NodeFactory.createURI(ServeFixtures.BASE + "id/annotation/d1/a" + j);
                stored.add(DOCUMENT_GRAPH, annotation, NodeFactory.createURI(OA + "hasSource"), document());
                stored.add(DOCUMENT_GRAPH, annotation, RDFS.label.asNode(), NodeFactory.createLiteralString("mention " + j));
            }
        });
        return store;
    }
}
