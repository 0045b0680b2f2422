package org.archivelod.mapping;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.archivelod.pipeline.IriRedirects;
import org.apache.jena.vocabulary.OA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cool IRIs don't change: a record with the archive's identifier keeps its IRI when its title is corrected; an
 * annotation's IRI does not move with the words' position; and when a document's IRI must change (no identifier, a new
 * title), the redirects graph sends its old IRIs to the new ones.
 */
class StableIrisTest {
    private static final String BASE = UriScheme.DEFAULT_BASE;
    private static final String TEXT = "This note records what was said at the meeting of that day. Comrade Zhou Enlai arrived in Moscow on Tuesday.\n\nThe talks with Comrade Molotov went well.";

    @TempDir
    Path tmp;

    @Test
    void aRecordIdentifier_namesTheDocument_whateverItsTitle() throws Exception {
        Path before = Files.createDirectories(tmp.resolve("before"));
        Path after = Files.createDirectories(tmp.resolve("after"));
        writeWithId(before, "Letter from Zhou Enlai to Molotov");
        writeWithId(after, "Letter from Zhou Enlai to V. M. Molotov (corrected)");
        for (Path dir : new Path[] {before, after}) {
            DatasetGraph data = FixtureRecords.convert(dir).data();
            assertTrue(data.containsGraph(NodeFactory.createURI(BASE + "graph/document/record-123456")), dir.toString());
        }
    }

    @Test
    void annotationIris_dependOnTheWords_notWhereTheyStand() throws Exception {
        Path before = Files.createDirectories(tmp.resolve("before"));
        Path after = Files.createDirectories(tmp.resolve("after"));
        FixtureRecords.write(before, "a.txt", "May 1, 1953", "Note on the talks with Molotov", TEXT);
        FixtureRecords.write(after, "a.txt", "May 1, 1953", "Note on the talks with Molotov",
                "A paragraph the archive added to its transcription, long enough to move every later word.\n\n" + TEXT);
        Set<String> a = annotations(FixtureRecords.convert(before).data());
        Set<String> b = annotations(FixtureRecords.convert(after).data());
        assertTrue(a.size() >= 2, a.toString());
        assertTrue(a.stream().noneMatch(iri -> iri.substring(iri.lastIndexOf('/')).matches("/[a-z]+-\\d+-\\d+-.*")), "no offsets in the IRIs: " + a);
        assertEquals(a, b, "the words moved, the IRIs did not");
    }

    @Test
    void aNewTitle_leavesRedirects_fromTheOldIris() throws Exception {
        Path before = Files.createDirectories(tmp.resolve("before"));
        Path after = Files.createDirectories(tmp.resolve("after"));
        FixtureRecords.write(before, "a.txt", "May 1, 1953", "Note on the talks with Molotov", TEXT);
        FixtureRecords.write(after, "a.txt", "May 1, 1953", "Record of the talks with Molotov", TEXT);
        DatasetGraph old = FixtureRecords.convert(before).data();
        DatasetGraph release = FixtureRecords.convert(after).data();
        int redirects = IriRedirects.carryOver(old, release, BASE);
        assertTrue(redirects >= 1);
        Node graph = IriRedirects.graph(BASE);
        assertTrue(release.contains(graph, NodeFactory.createURI(BASE + "id/document/1953-05-01-note-on-the-talks-with-molotov"),
                DCTerms.isReplacedBy.asNode(), NodeFactory.createURI(BASE + "id/document/1953-05-01-record-of-the-talks-with-molotov")));
        // the next release carries them on, and a release that uses an IRI again drops its redirect
        DatasetGraph next = FixtureRecords.convert(after).data();
        assertEquals(redirects, IriRedirects.carryOver(release, next, BASE));
        DatasetGraph back = FixtureRecords.convert(before).data();
        IriRedirects.carryOver(next, back, BASE);
        assertTrue(!back.contains(graph, NodeFactory.createURI(BASE + "id/document/1953-05-01-note-on-the-talks-with-molotov"),
                Node.ANY, Node.ANY), "the old IRI is in use again");
    }

    private void writeWithId(Path dir, String title) throws Exception {
        FixtureRecords.write(dir, "a.txt", "May 1, 1953", title, TEXT);
        Path file = dir.resolve("a.txt");
        Files.writeString(file, Files.readString(file) + "\nRecord ID\n\n123456\n");
    }

    private static Set<String> annotations(DatasetGraph data) {
        Set<String> iris = new TreeSet<>();
        data.find(Node.ANY, Node.ANY, RDF.type.asNode(), OA.Annotation.asNode()).forEachRemaining(q -> iris.add(q.getSubject().getURI()));
        return iris;
    }
}
