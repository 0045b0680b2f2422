package org.archivelod.mapping;

import org.archivelod.uri.UriScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare short form links only where the record or the authority entry makes it unambiguous: "Kim" alone is Kim Il
 * Sung in 1950-1953 (the entry says so), not in 1962 unless the record names him in full; "Kim Chaek" is never Kim
 * Il Sung; "Mao" alone needs Mao Zedong named otherwise in the record.
 */
class ShortFormsTest {
    static final Node KIM = NodeFactory.createURI(UriScheme.DEFAULT_BASE + "id/person/kim-il-sung");
    static final Node MAO = NodeFactory.createURI(UriScheme.DEFAULT_BASE + "id/person/mao-zedong");

    @TempDir
    Path dir;

    private boolean refersTo(String date, String body, Node entity) throws Exception {
        FixtureRecords.write(dir, "a.txt", date, "Note on a visit", body);
        DatasetGraph out = FixtureRecords.convert(dir).data();
        return out.contains(Node.ANY, Node.ANY, CRM.P67_refers_to.asNode(), entity);
    }

    @Test
    void kimAloneInTheKoreanWarYears_isKimIlSung() throws Exception {
        assertEquals(true, refersTo("October 1, 1950", "The ambassador met Kim today.", KIM));
    }

    @Test
    void kimAloneLater_isNobody_unlessTheRecordNamesHimInFull() throws Exception {
        assertEquals(false, refersTo("October 1, 1962", "The ambassador met Kim today.", KIM));
        assertEquals(true, refersTo("October 1, 1962", "The ambassador met Kim Il Sung today. Kim spoke first.", KIM));
    }

    @Test
    void aLongerNameIsNeverItsShortForm() throws Exception {
        assertEquals(false, refersTo("October 1, 1950", "The ambassador met Kim Chaek today.", KIM));
    }

    @Test
    void maoAloneNeedsMaoZedongNamedOtherwise() throws Exception {
        assertEquals(false, refersTo("October 1, 1950", "The ambassador met Mao today.", MAO));
        assertEquals(true, refersTo("October 1, 1950", "The ambassador met Mao Zedong today. Mao thanked him.", MAO));
    }
}
