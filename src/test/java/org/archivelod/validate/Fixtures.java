package org.archivelod.validate;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;

/** The validation fixtures under {@code src/test/resources/fixtures/validate/}. */
final class Fixtures {
    static final Path DIR = Path.of("src/test/resources/fixtures/validate");
    static final Path CONFORMING = DIR.resolve("conforming.trig");
    static final Path SHAPES = DIR.resolve("shapes");

    private Fixtures() {}

    /** A fresh copy of the conforming dataset. */
    static DatasetGraph conforming() {
        return read(CONFORMING);
    }

    static DatasetGraph read(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFDataMgr.read(dsg, file.toString());
        return dsg;
    }

    /** The conforming dataset changed by a SPARQL Update file. */
    static DatasetGraph conformingChangedBy(Path update) {
        DatasetGraph dsg = conforming();
        UpdateAction.readExecute(update.toString(), dsg);
        return dsg;
    }
}
