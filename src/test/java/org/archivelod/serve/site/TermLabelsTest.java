package org.archivelod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

/** The table a server reads its term labels from is the one the official files give, and is read right on first use. */
class TermLabelsTest {
    private static final Path TABLE = Path.of("ontology/term-labels.tsv");

    @Test
    void theTableIsWhatTheOfficialFilesGive() throws IOException {
        String derived = TermLabels.fromVocabularies().table();
        String table = Files.readString(TABLE, StandardCharsets.UTF_8);
        if (!derived.equals(table)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/term-labels.tsv"), derived, StandardCharsets.UTF_8);
        }
        assertEquals(derived, table, "ontology/term-labels.tsv is stale: the official files give target/term-labels.tsv, copy it there");
        assertTrue(table.lines().count() > 600, "labels of CIDOC-CRM, DCMI, OA, SKOS, PROV and VoID");
    }

    @Test
    void theJarsTableIsTheRepositorysAndGivesTheSameLabels() throws IOException {
        TermLabels read = TermLabels.fromClasspath();
        assertEquals(Files.readString(TABLE, StandardCharsets.UTF_8), read.table());
        TermLabels parsed = TermLabels.fromVocabularies();
        for (var term : List.of(CRM.P67_refers_to.asNode(), CRM.E21_Person.asNode(), DCTerms.created.asNode(), SKOS.prefLabel.asNode())) {
            assertEquals(parsed.label(term), read.label(term), term.toString());
        }
    }

    @Test
    void theFirstLabelAskedReadsTheTableOnceForEveryThread() throws Exception {
        TermLabels labels = TermLabels.fromClasspath();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<String>>> asked = threads.invokeAll(java.util.Collections.nCopies(8, () -> labels.label(CRM.P67_refers_to.asNode())));
            for (Future<Optional<String>> answer : asked) assertEquals(Optional.of("refers to"), answer.get());
        } finally {
            threads.shutdown();
        }
        assertEquals(Optional.empty(), labels.label(NodeFactory.createURI("http://example.org/not-a-term")));
        assertEquals("has body", TermLabels.words("hasBody"));
    }
}
