package org.archivelod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.TestFiles;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

/**
 * Converts every sample record of the shared sources ({@code sources/records*}, outside the repository: their rights
 * are the archive's; skipped when the folder is absent) and checks that none is refused and that each document has the
 * type its page states: the gold below was read by hand from each page's title (or, for records2/213, its
 * "(Speech given by …)" heading, and records2/206, whose title names no kind and whose text opens with the heading
 * "Memorandum from …", and records2/215, whose letter-spaced German heading "V e r m e r k" is a memorandum).
 */
class SampleRecordsConversionTest {
    private static final Path SOURCES = Path.of(System.getProperty("archivelod.sources", "../shared/sources"));

    /** Record number → document-type concept, as each page states it. */
    private static final Map<String, String> GOLD = Map.ofEntries(
            Map.entry("001", "memorandum-of-conversation"), Map.entry("002", "telegram"), Map.entry("003", "ciphered-telegram"),
            Map.entry("005", "ciphered-telegram"), Map.entry("010", "telegram"), Map.entry("012", "ciphered-telegram"),
            Map.entry("013", "ciphered-telegram"), Map.entry("016", "ciphered-telegram"), Map.entry("017", "telegram"),
            Map.entry("023", "report"), Map.entry("024", "memorandum-of-conversation"), Map.entry("025", "telegram"),
            Map.entry("201", "report"), Map.entry("202", "decree"), Map.entry("203", "report"), Map.entry("204", "note"),
            Map.entry("205", "telegram"), Map.entry("206", "memorandum"), Map.entry("207", "telegram"), Map.entry("208", "telegram"),
            Map.entry("209", "telegram"), Map.entry("210", "note"), Map.entry("211", "memorandum-of-conversation"),
            Map.entry("212", "memorandum-of-conversation"), Map.entry("213", "speech"), Map.entry("214", "working-notes"),
            Map.entry("215", "memorandum"));

    @Test
    void everySampleRecordConverts_withTheTypeItsPageStates() throws Exception {
        List<Path> files = sampleRecords();
        assumeTrue(!files.isEmpty(), "no sample records at " + SOURCES + "/records*/ (they stay outside the repository): skipped");
        Conversion conversion = new Conversion(new ConversionSettings(LayoutConversionTest.BASE, TestFiles.AUTHORITY));
        List<String> problems = new ArrayList<>();
        int typed = 0;
        for (Path file : files) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            try {
                conversion.run(List.of(file), StreamRDFLib.dataset(dsg));
            } catch (ConversionException e) {
                problems.add(file.getFileName() + ": refused: " + e.getMessage());
                continue;
            }
            String gold = GOLD.get(file.getFileName().toString().substring(0, 3));
            if (gold == null) continue;
            Graph g = dsg.getUnionGraph();
            Node doc = g.find(Node.ANY, RDF.type.asNode(), CRM.E31_Document.asNode()).next().getSubject();
            List<Node> types = g.find(doc, DCTerms.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            Node expected = LayoutConversionTest.uri("id/concept/document-type/" + gold);
            if (!types.equals(List.of(expected))) problems.add(file.getFileName() + ": type " + types + ", expected " + expected);
            else typed++;
        }
        if (!problems.isEmpty()) fail(problems.size() + " of " + files.size() + " sample records:\n" + String.join("\n", problems));
        long withGold = files.stream().filter(f -> GOLD.containsKey(f.getFileName().toString().substring(0, 3))).count();
        assertEquals(withGold, typed, "every record with a gold type was checked");
    }

    private static List<Path> sampleRecords() throws IOException {
        if (!Files.isDirectory(SOURCES)) return List.of();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d) && d.getFileName().toString().startsWith("records")).sorted().toList())
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
        }
        return files;
    }
}
