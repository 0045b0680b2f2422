package org.archivelod.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.archivelod.store.DatasetLoader;

/** The hand-written dataset the store, dump and serve tests share (a letter, its mentions, people, a concept). */
public final class ServeFixtures {
    public static final String BASE = "http://localhost:3030/";
    public static final Path ARCHIVE = Path.of("src/test/resources/fixtures/serve/archive.trig");
    public static final String LETTER = BASE + "id/document/1950-10-05-letter-filippov-stalin-for-mao-zedong";
    public static final String ZHOU = BASE + "id/person/zhou-enlai";

    private ServeFixtures() {}

    /** Sends the fixture's quads to a sink, as the converter would. */
    public static DatasetLoader.QuadSource<RuntimeException> archive() {
        return sink -> RDFParser.source(ARCHIVE).parse(sink);
    }

    /** The fixture's quads. */
    public static List<Quad> archiveQuads() {
        List<Quad> quads = new ArrayList<>();
        RDFParser.source(ARCHIVE).toDatasetGraph().find().forEachRemaining(quads::add);
        return quads;
    }
}
