package org.archivelod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.archivelod.vocab.CRM;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {
    private final DatasetValidator validator = new DatasetValidator();

    @Test
    void conformingFixture_hasNoProblems() {
        ValidationReport report = validator.validate(Fixtures.conforming());
        assertTrue(report.conforms(), report::toText);
    }

    @Test
    void entitiesDescribedInAnotherGraph_satisfyTheDocumentGraph() {
        DatasetGraph documentOnly = Fixtures.conforming();
        documentOnly.removeGraph(NodeFactory.createURI("http://localhost:3030/graph/authority"));
        ValidationReport report = validator.validate(documentOnly);
        assertFalse(report.conforms(), "without the authority graph, persons and places are untyped");
        assertTrue(report.problems().stream().anyMatch(p -> p.message().startsWith("object is untyped")),
                report::toText);
    }

    @Test
    void defaultGraphTriples_areValidatedToo() {
        DatasetGraph dsg = Fixtures.conforming();
        dsg.getDefaultGraph().add(Triple.create(NodeFactory.createURI("http://localhost:3030/id/person/stalin"),
                NodeFactory.createURI(CRM.NS + "P999_bogus"), NodeFactory.createLiteralString("x")));
        assertEquals(Set.of(Problem.Kind.UNKNOWN_TERM),
                validator.validate(dsg).problems().stream().map(Problem::kind).collect(Collectors.toSet()));
    }

    @Test
    void transactionalDataset_isReadInsideATransaction() {
        DatasetGraph txn = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(txn, () -> Fixtures.conforming().find().forEachRemaining(txn::add));
        assertTrue(validator.validate(txn).conforms());
    }

    @Test
    void sameInput_givesTheSameReport() {
        DatasetGraph dsg = Fixtures.conformingChangedBy(Fixtures.SHAPES.resolve("TimeSpanShape-date-not-datetime.ru"));
        assertEquals(validator.validate(dsg).toText(), validator.validate(dsg).toText());
    }
}
