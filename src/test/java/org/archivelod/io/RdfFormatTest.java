package org.archivelod.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.Test;

/** The one table of RDF formats agrees with Jena's own registry and answers each command's question. */
class RdfFormatTest {
    @Test
    void eachRow_agreesWithJenasRegistry() {
        for (RdfFormat f : RdfFormat.values()) {
            assertEquals(f.lang(), RDFLanguages.filenameToLang("x." + f.extension()), f + " extension");
            assertTrue(f.lang().getHeaderString().equalsIgnoreCase(f.mediaType())
                    || f.lang().getAltContentTypes().contains(f.mediaType()), f + " media type");
            assertEquals(f.quads(), RDFLanguages.isQuads(f.lang()) || f == RdfFormat.JSONLD, f + " quads");
            if (f.streams()) assertEquals(f.lang(), f.streamingFormat().getLang(), f + " streaming writer");
        }
    }

    @Test
    void findsTheFormatOfAFile_toWriteAndToRead() {
        assertEquals(Optional.of(RdfFormat.TRIG), RdfFormat.ofFile(Path.of("out/ALL.TriG")));
        assertEquals(Optional.empty(), RdfFormat.ofFile(Path.of("all.nt.gz")));
        assertEquals(Optional.of(RdfFormat.NTRIPLES), RdfFormat.ofInput(Path.of("all.nt.gz")));
        assertTrue(RdfFormat.gzipped(Path.of("all.nt.gz")));
        assertEquals(Optional.empty(), RdfFormat.ofInput(Path.of("letter.txt")));
        assertEquals(Optional.empty(), RdfFormat.ofInput(Path.of("README")));
    }

    @Test
    void convertWrites_theFormatsThatStreamOrHoldGraphs() {
        assertEquals(List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.TRIG, RdfFormat.NQUADS),
                List.of(RdfFormat.values()).stream().filter(RdfFormat::convertible).toList());
        assertEquals(RDFFormat.TRIG_BLOCKS, RdfFormat.TRIG.fileFormat());
        assertEquals(RDFFormat.JSONLD11, RdfFormat.JSONLD.fileFormat());
        assertTrue(RdfFormat.NQUADS.lineBased());
        assertFalse(RdfFormat.TURTLE.lineBased());
        assertThrows(IllegalStateException.class, RdfFormat.RDFXML::streamingFormat);
        assertEquals(Lang.RDFXML, RdfFormat.byExtension("RDF").orElseThrow().lang());
        assertEquals("archive-lod.ttl", RdfFormat.TURTLE.fileName("archive-lod"));
    }
}
