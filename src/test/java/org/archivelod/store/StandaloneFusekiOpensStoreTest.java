package org.archivelod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.cmds.FusekiMain;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store our commands wrote opens in Fuseki's own command, as README's deployment runs it
 * ({@code --tdb2 --loc STORE}): Fuseki 5.6 takes a top-level {@code tdb.cfg} for a TDB1 database and refuses it.
 */
class StandaloneFusekiOpensStoreTest {
    @Test
    void fusekisCommand_servesAStoreWeWrote(@TempDir Path dir) {
        Path folder = dir.resolve("store");
        try (ArchiveStore store = ArchiveStore.open(folder)) {
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(Quad.create(
                    NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s"),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI("http://example.org/o"))));
        }
        assertFalse(Files.exists(folder.resolve("tdb.cfg")), "no tdb.cfg for Fuseki to misread");
        FusekiServer fuseki = FusekiMain.build("--localhost", "--port=0", "--tdb2", "--loc=" + folder,
                "--set", "tdb:unionDefaultGraph=true", "/ds");
        fuseki.start();
        try (RDFConnection conn = RDFConnection.connect("http://localhost:" + fuseki.getHttpPort() + "/ds")) {
            long[] rows = {0};
            conn.querySelect("SELECT * { ?s ?p ?o }", row -> rows[0]++);
            assertEquals(1, rows[0], "the union default graph holds the stored quad");
        } finally {
            fuseki.stop();
        }
    }
}
