package org.archivelod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.archivelod.store.ArchiveStore;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity restated in every document graph that names it (an archive, a translator) is read for its page once per
 * statement, not once per graph restating it: what its page reads does not grow with the documents naming it.
 */
class EntityPageReadsTest {
    private static final String BASE = "http://localhost:3030/";

    @Test
    void anArchiveRestatedInManyDocumentGraphs_isReadOncePerStatement(@TempDir Path folder) {
        Node archive = NodeFactory.createURI(BASE + "id/group/an-archive");
        Node kind = NodeFactory.createURI(BASE + "id/concept/group-type/archive");
        int graphs = 400;
        try (ArchiveStore store = ArchiveStore.open(folder.resolve("store"))) {
            DatasetGraph stored = store.datasetGraph();
            Txn.executeWrite(stored, () -> {
                for (int i = 1; i <= graphs; i++) {
                    Node graph = NodeFactory.createURI(BASE + "graph/document/d" + i);
                    stored.add(graph, archive, RDF.type.asNode(), CRM.E74_Group.asNode());
                    stored.add(graph, archive, RDFS.label.asNode(), NodeFactory.createLiteralLang("An Archive", "en"));
                    stored.add(graph, archive, CRM.P2_has_type.asNode(), kind);
                }
                stored.add(NodeFactory.createURI(BASE + "graph/authority"), kind, RDFS.label.asNode(),
                        NodeFactory.createLiteralLang("archive", "en"));
            });
            AtomicLong read = new AtomicLong();
            DatasetGraph counted = new DatasetGraphWrapper(store.publishedData()) {
                @Override
                public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                    return Iter.map(super.find(g, s, p, o), q -> {
                        read.incrementAndGet();
                        return q;
                    });
                }
            };
            EntityPath path = EntityPath.ofIri(archive.getURI(), BASE).orElseThrow();
            EntityPage page = Txn.calculateRead(stored, () -> EntityPage.build(counted,
                    new Labels(counted, TermLabels.fromClasspath(), BASE), path, archive, new ReferredTo.Page(List.of(), 1, false)));
            assertEquals("An Archive", page.label());
            assertEquals(List.of("archive"), page.types().stream().map(Link::label).toList());
            // its three statements and their terms' labels, each once: a few dozen quads, not one per graph (1,200 and more)
            assertTrue(read.get() < 40, read.get() + " quads read");
        }
    }
}
