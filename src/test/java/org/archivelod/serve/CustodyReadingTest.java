package org.archivelod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.pipeline.Conversion;
import org.archivelod.pipeline.ConversionSettings;
import org.archivelod.serve.site.DocumentReading;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.TermLabels;
import org.archivelod.uri.UriScheme;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

/**
 * The reading view's custody lines: a citation that names three archives gives three copies, each "kept by" its
 * archive, and never claims that each of them keeps the original (fixture we wrote: fixtures/parse/several-archives).
 */
class CustodyReadingTest {
    @Test
    void severalArchivesKeepCopies_notTheOriginal() throws Exception {
        DatasetGraph g = DatasetGraphFactory.createTxnMem();
        new Conversion(new ConversionSettings(UriScheme.DEFAULT_BASE, Path.of("data/authority"), 1))
                .run(List.of(Path.of("src/test/resources/fixtures/parse/several-archives/input.txt")), StreamRDFLib.dataset(g));
        Node document = g.find(Node.ANY, Node.ANY, RDF.type.asNode(), CRM.E31_Document.asNode()).next().getSubject();
        DocumentReading reading = DocumentReading.build(g, new Labels(g, TermLabels.fromClasspath(), UriScheme.DEFAULT_BASE),
                document, UriScheme.DEFAULT_BASE);
        List<String> lines = reading.custody();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("Copy kept by ")), lines.toString());
    }
}
